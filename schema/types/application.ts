import type { Prisma } from '@prisma/client';
import { z } from 'zod';
import { ownCursor, readableApplications, visibleTasks, visibleTimeline } from '../../api/access';
import {
  extendDeadline,
  submitApplication,
  supplementApplication,
  withdrawApplication,
} from '../../cases/case-commands';
import { recordAuditRead } from '../../audit/auditor-reads';
import type { Context } from '../../api/context';
import { clientError } from '../../api/errors';
import { subscriberEvents } from '../../live/change-feed';
import type { RequestedDocuments } from '../../documents/case-documents';
import { isAuditor } from '../../api/identity';
import type { Correction } from '../../domain/case-model';
import { MAX_COMMENT, MAX_EXTENSION_DAYS, MAX_REASON } from '../../domain/text-limits';
import { builder } from '../builder';
import { DocumentAttachmentInput } from './document';
import { ApplicationStatusEnum } from './enums';
import { CorrectionType } from './review-task';
import { caseSla, SlaType } from './sla';

const optionalDate = (value: Date | null) => value ?? undefined;

builder.prismaObject('Application', {
  description: 'One case: an application for a catalogue item and everything done with it',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.expose('status', { type: ApplicationStatusEnum }),
    item: t.relation('item', { description: 'The catalogue version the case was submitted under' }),
    applicantId: t.exposeString('applicantId'),
    formData: t.expose('formData', { type: 'JSON' }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true }),
    tasks: t.relation('tasks', {
      description: "Agency staff see their own agency's tasks only",
      query: (_args, { auth }) => ({
        where: auth.identity ? visibleTasks(auth.identity) : { id: { in: [] } },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      }),
    }),
    certificate: t.relation('certificate', { nullable: true }),
    sla: t.field({
      type: SlaType,
      select: {
        deadline: true,
        slaPausedSince: true,
        slaPausedWorkingDays: true,
        slaExtendedWorkingDays: true,
        decidedAt: true,
        closedAt: true,
        calendar: true,
        item: { select: { slaWarningDays: true } },
      },
      resolve: (application, _args, { now }) =>
        caseSla(
          application.calendar,
          {
            deadline: optionalDate(application.deadline),
            pausedSince: optionalDate(application.slaPausedSince),
            endedAt: optionalDate(application.decidedAt ?? application.closedAt),
            pausedWorkingDays: application.slaPausedWorkingDays,
            extendedWorkingDays: application.slaExtendedWorkingDays,
            warningDays: application.item.slaWarningDays,
          },
          now(),
        ),
    }),
    overdueSince: t.expose('overdueSince', {
      type: 'DateTime',
      nullable: true,
      description: 'When the statutory deadline passed with the case still open (cleared by an extension)',
    }),
    correctionNotice: t.field({
      type: [CorrectionType],
      nullable: true,
      description:
        "While CORRECTION_REQUIRED: every open request, merged into one notice (agency staff: their agency's)",
      select: (_args, { auth }) => ({
        status: true,
        tasks: {
          select: { agencyCode: true, round: true, decision: true, corrections: true },
          where: auth.identity ? visibleTasks(auth.identity) : { id: { in: [] } },
          orderBy: { completedAt: 'asc' },
        },
      }),
      resolve: (application) => {
        if (application.status !== 'CORRECTION_REQUIRED') return null;
        const latestRound = new Map<string, number>();
        for (const task of application.tasks) {
          latestRound.set(task.agencyCode, Math.max(latestRound.get(task.agencyCode) ?? 0, task.round));
        }
        return application.tasks
          .filter((task) => task.decision === 'REQUEST_CORRECTION' && latestRound.get(task.agencyCode) === task.round)
          .flatMap((task) =>
            ((task.corrections as Correction[] | null) ?? []).map((c) => ({ ...c, agency: task.agencyCode })),
          );
      },
    }),
    timeline: t.relatedConnection('timeline', {
      description: "The case's steps in order; agency staff see the case's own steps and their agency's",
      // The entry's random id, not its position: positions would show where hidden entries are.
      cursor: 'id',
      totalCount: true,
      query: (_args, { auth }) => ({
        where: auth.identity ? visibleTimeline(auth.identity) : { id: { in: [] } },
        orderBy: { position: 'asc' },
      }),
    }),
  }),
});

const SubmitApplicationInput = builder.inputType('SubmitApplicationInput', {
  fields: (t) => ({
    itemCode: t.string({ required: true, validate: z.string().trim().min(1).max(20) }),
    formData: t.field({ type: 'JSON', required: true }),
    documentIds: t.idList({
      description: 'Documents of yours, each for the material it was uploaded for',
      validate: z.array(z.unknown()).max(50),
    }),
    documents: t.field({
      type: [DocumentAttachmentInput],
      description: 'Documents of yours with the material each is for (e.g. a licence from your library)',
      validate: z.array(z.unknown()).max(50),
    }),
    idempotencyKey: t.string({ validate: z.string().trim().min(1).max(200) }),
  }),
});

const SupplementInput = builder.inputType('SupplementInput', {
  fields: (t) => ({
    formData: t.field({ type: 'JSON', description: 'The fields the corrections ask for; the rest of the form stays' }),
    documentIds: t.idList({ validate: z.array(z.unknown()).max(50) }),
    documents: t.field({
      type: [DocumentAttachmentInput],
      description: 'New documents for the materials the corrections ask for',
      validate: z.array(z.unknown()).max(50),
    }),
  }),
});

const applicationId = z.string().trim().min(1).max(200);

type ApplicationQuery = Pick<Prisma.ApplicationFindFirstArgs, 'include' | 'select'>;

/** A case as its reader may see it: another person's case reads as one that does not exist. */
async function readApplication(ctx: Context, id: string, query: ApplicationQuery) {
  const readable = await ctx.prisma.application.findFirst({
    ...query,
    where: { id, ...readableApplications(ctx.auth.identity!) },
  });
  // The answer tells nothing of a case the caller may not read; an auditor's read is on record.
  if (readable && isAuditor(ctx.auth.identity)) await recordAuditRead(ctx, id, 'application');
  return readable;
}

async function isReadable(ctx: Context, id: string): Promise<boolean> {
  return (await ctx.prisma.application.count({ where: { id, ...readableApplications(ctx.auth.identity!) } })) > 0;
}

builder.queryFields((t) => ({
  application: t.prismaField({
    type: 'Application',
    nullable: true,
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true, validate: applicationId }) },
    resolve: (query, _root, args, ctx) => readApplication(ctx, String(args.id), query),
  }),
  myApplications: t.prismaConnection({
    type: 'Application',
    cursor: 'id',
    description: "The caller's own applications, newest first",
    authScopes: { role: 'APPLICANT' },
    totalCount: (_connection, _args, { prisma, auth }) =>
      prisma.application.count({ where: { applicantId: auth.identity!.sub } }),
    resolve: (query, _root, _args, { prisma, auth }) =>
      prisma.application.findMany({
        ...ownCursor(query, { applicantId: auth.identity!.sub }),
        where: { applicantId: auth.identity!.sub },
        orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.subscriptionFields((t) => ({
  applicationChanged: t.prismaField({
    type: 'Application',
    description:
      'The case each time it changes (status, tasks, timeline), read as `application` reads it, and again after ' +
      'a break in the live feed. A case the caller may not read, like a missing one, is NOT_FOUND',
    authScopes: { authenticated: true },
    args: { id: t.arg.id({ required: true, validate: applicationId }) },
    subscribe: async (_root, args, ctx) => {
      const id = String(args.id);
      // Followed before the check, so that a change made meanwhile is not missed.
      const changes = subscriberEvents(ctx, async (event) =>
        (event.kind === 'gap' || (event.kind === 'change' && event.change.applicationId === id)) &&
        (await isReadable(ctx, id))
          ? [id]
          : [],
      );
      if (!(await isReadable(ctx, id))) {
        await changes.return?.();
        throw clientError('NOT_FOUND', `No application ${id}`);
      }
      return changes;
    },
    resolve: async (query, id, _args, ctx) => {
      const application = await readApplication(ctx, id, query);
      if (!application) throw clientError('NOT_FOUND', `No application ${id}`);
      return application;
    },
  }),
  myApplicationsChanged: t.prismaField({
    type: 'Application',
    nullable: true,
    description:
      "Each of the caller's own cases as it is after a change; null after a break in the live feed, when any " +
      'of them may have changed: read the list again',
    authScopes: { role: 'APPLICANT' },
    subscribe: (_root, _args, ctx) =>
      subscriberEvents(ctx, async (event) => {
        if (event.kind === 'gap') return [null];
        if (event.kind !== 'change') return [];
        return event.change.applicantId === ctx.auth.identity!.sub ? [event.change.applicationId] : [];
      }),
    resolve: (query, id, _args, { prisma, auth }) =>
      id === null ? null : prisma.application.findFirst({ ...query, where: { id, applicantId: auth.identity!.sub } }),
  }),
}));

/** GraphQL IDs arrive as strings or numbers; the document lookups take strings. */
function requestedDocuments(input: {
  documentIds?: Array<string | number> | null;
  documents?: Array<{ documentId: string | number; materialCode: string }> | null;
}): RequestedDocuments {
  return {
    documentIds: input.documentIds?.map(String),
    documents: input.documents?.map((attachment) => ({ ...attachment, documentId: String(attachment.documentId) })),
  };
}

builder.mutationFields((t) => ({
  submitApplication: t.prismaField({
    type: 'Application',
    authScopes: { role: 'APPLICANT' },
    args: { input: t.arg({ type: SubmitApplicationInput, required: true }) },
    resolve: async (query, _root, { input }, ctx) => {
      const id = await submitApplication(ctx, ctx.auth.identity!, {
        ...input,
        ...requestedDocuments(input),
      });
      return ctx.prisma.application.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  supplementApplication: t.prismaField({
    type: 'Application',
    authScopes: { role: 'APPLICANT' },
    args: {
      id: t.arg.id({ required: true, validate: applicationId }),
      input: t.arg({ type: SupplementInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      await supplementApplication(ctx, ctx.auth.identity!, String(args.id), {
        formData: args.input.formData,
        ...requestedDocuments(args.input),
      });
      return ctx.prisma.application.findUniqueOrThrow({ ...query, where: { id: String(args.id) } });
    },
  }),
  withdrawApplication: t.prismaField({
    type: 'Application',
    authScopes: { role: 'APPLICANT' },
    args: {
      id: t.arg.id({ required: true, validate: applicationId }),
      reason: t.arg.string({ validate: z.string().max(MAX_COMMENT) }),
    },
    resolve: async (query, _root, args, ctx) => {
      await withdrawApplication(ctx, ctx.auth.identity!, String(args.id), args.reason);
      return ctx.prisma.application.findUniqueOrThrow({ ...query, where: { id: String(args.id) } });
    },
  }),
  extendDeadline: t.prismaField({
    type: 'Application',
    description: '延期: more working days on the statutory limit, with the reason on record (WINDOW or ADMIN)',
    authScopes: (_root, _args, { auth }) => auth.identity?.role === 'WINDOW' || auth.identity?.role === 'ADMIN',
    args: {
      id: t.arg.id({ required: true, validate: applicationId }),
      workingDays: t.arg.int({ required: true, validate: z.number().int().min(1).max(MAX_EXTENSION_DAYS) }),
      reason: t.arg.string({ required: true, validate: z.string().trim().min(1, 'say why').max(MAX_REASON) }),
    },
    resolve: async (query, _root, args, ctx) => {
      await extendDeadline(ctx, ctx.auth.identity!, String(args.id), {
        workingDays: args.workingDays,
        reason: args.reason,
      });
      return ctx.prisma.application.findUniqueOrThrow({ ...query, where: { id: String(args.id) } });
    },
  }),
}));
