import { resolveArrayConnection } from '@pothos/plugin-relay';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import { z } from 'zod';
import { caseHistory, recordAuditRead } from '../../audit/auditor-reads';
import { readableHistory, type HistoryEntry } from '../../audit/history-events';
import { verifyAudit, type AuditProblem, type AuditVerification } from '../../audit/verify';
import { ownCursor } from '../../api/access';
import { clientError } from '../../api/errors';
import type { ReplayReport } from '../../audit/replay';
import { replayHistory } from '../../audit/replay';
import { caseAtEvent, type CaseAtEvent } from '../../audit/case-replay';
import { builder, PAGE_SIZE } from '../builder';
import { ApplicationStatusEnum } from './enums';

const HistoryEntryType = builder.objectRef<HistoryEntry>('HistoryEntry').implement({
  description: "One event of a case's Temporal history, as an auditor reads it",
  fields: (t) => ({
    eventId: t.exposeInt('eventId'),
    at: t.expose('at', { type: 'DateTime' }),
    type: t.exposeString('type'),
    actor: t.exposeString('actor', { nullable: true }),
    action: t.exposeString('action'),
    inputs: t.expose('inputs', { type: 'JSON', nullable: true }),
  }),
});

const ReplayReportType = builder.objectRef<ReplayReport>('ReplayReport').implement({
  fields: (t) => ({
    reproduces: t.exposeBoolean('reproduces', {
      description: 'The current workflow code reproduces the recorded history',
    }),
    events: t.exposeInt('events'),
    divergedAtEventId: t.exposeInt('divergedAtEventId', { nullable: true }),
    divergedAtEventType: t.exposeString('divergedAtEventType', { nullable: true }),
    message: t.exposeString('message', { nullable: true }),
  }),
});

const CaseSnapshotType = builder.objectRef<CaseAtEvent>('CaseSnapshot').implement({
  description: 'A case as it stood once a given event of its history had happened',
  fields: (t) => ({
    eventId: t.exposeInt('eventId'),
    status: t.field({ type: ApplicationStatusEnum, resolve: (snapshot) => snapshot.status }),
    stage: t.string({
      resolve: (snapshot) => snapshot.context.item.definition.stages[snapshot.context.stageIndex].name,
    }),
    formData: t.field({ type: 'JSON', resolve: (snapshot) => snapshot.context.formData }),
    tasks: t.field({ type: 'JSON', resolve: (snapshot) => snapshot.context.tasks }),
    openCorrections: t.field({ type: 'JSON', resolve: (snapshot) => snapshot.context.openCorrections }),
    timeline: t.field({ type: 'JSON', resolve: (snapshot) => snapshot.context.timeline }),
    certificate: t.field({ type: 'JSON', nullable: true, resolve: (snapshot) => snapshot.context.certificate ?? null }),
  }),
});

const AuditProblemType = builder.objectRef<AuditProblem>('AuditProblem').implement({
  fields: (t) => ({
    position: t.exposeInt('position'),
    kind: t.exposeString('kind', {
      description: 'EDITED | MISSING | BROKEN_LINK | DIFFERS_FROM_HISTORY | NOT_IN_HISTORY | MISSING_FROM_RECORD',
    }),
    detail: t.exposeString('detail'),
  }),
});

const AuditVerificationType = builder.objectRef<AuditVerification>('AuditVerification').implement({
  fields: (t) => ({
    intact: t.exposeBoolean('intact'),
    entries: t.exposeInt('entries'),
    problems: t.field({ type: [AuditProblemType], resolve: (verification) => verification.problems }),
  }),
});

builder.prismaObject('AuditAccess', {
  name: 'AuditAccessEntry',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    readerId: t.exposeString('readerId'),
    readerRole: t.exposeString('readerRole'),
    operation: t.exposeString('operation'),
  }),
});

const caseIdSchema = z.string().trim().min(1).max(200);

builder.queryFields((t) => {
  const caseId = { id: t.arg.id({ required: true, validate: caseIdSchema }) };
  return {
    caseHistory: t.connection(
      {
        type: HistoryEntryType,
        // Offset cursors hold: a history only grows at its end.
        description: 'The readable events, in the order they happened',
        authScopes: { auditor: true },
        args: caseId,
        resolve: async (_root, args, ctx) => {
          const entries = readableHistory(await caseHistory(ctx, String(args.id), 'caseHistory'));
          return { ...resolveArrayConnection({ args, ...PAGE_SIZE }, entries), totalCount: entries.length };
        },
      },
      { fields: (connection) => ({ totalCount: connection.exposeInt('totalCount') }) },
    ),
    exportHistory: t.field({
      type: 'JSON',
      description: "The case's history in Temporal's own JSON history format (for `npm run replay -- --file`)",
      authScopes: { auditor: true },
      args: caseId,
      resolve: async (_root, { id }, ctx) =>
        JSON.parse(historyToJSON(await caseHistory(ctx, String(id), 'exportHistory', 'asStored'))) as unknown,
    }),
    replayCase: t.field({
      type: ReplayReportType,
      description: 'Replays the recorded history against the current workflow code',
      authScopes: { auditor: true },
      args: caseId,
      resolve: async (_root, { id }, ctx) =>
        replayHistory(await caseHistory(ctx, String(id), 'replayCase'), String(id)),
    }),
    caseStateAt: t.field({
      type: CaseSnapshotType,
      description: 'The case as it stood once event `eventId` of its history had happened',
      authScopes: { auditor: true },
      args: { ...caseId, eventId: t.arg.int({ required: true, validate: z.number().int().min(1) }) },
      resolve: async (_root, { id, eventId }, ctx) => {
        const history = await caseHistory(ctx, String(id), `caseStateAt ${eventId}`);
        const snapshot = await caseAtEvent(history, eventId, String(id));
        if (!snapshot) throw clientError('BAD_USER_INPUT', `eventId: the case had not started by event ${eventId}`);
        return snapshot;
      },
    }),
    verifyAudit: t.field({
      type: AuditVerificationType,
      description: "Checks the case's audit entries: their hash chain, and each step against the Temporal history",
      authScopes: { auditor: true },
      args: caseId,
      resolve: async (_root, { id }, ctx) => {
        const history = await caseHistory(ctx, String(id), 'verifyAudit');
        const lastEvent = Number(history.events?.at(-1)?.eventId ?? 0);
        const final = await caseAtEvent(history, lastEvent, String(id));
        return verifyAudit(ctx.prisma, String(id), final?.context.timeline ?? []);
      },
    }),
    // No totalCount: a count alone would be answered without the read that records it.
    auditAccessLog: t.prismaConnection({
      type: 'AuditAccess',
      cursor: 'id',
      description: 'Who read this case as an auditor or administrator, newest first',
      authScopes: { auditor: true },
      args: caseId,
      resolve: async (query, _root, { id }, ctx) => {
        await recordAuditRead(ctx, String(id), 'auditAccessLog');
        return ctx.prisma.auditAccess.findMany({
          ...ownCursor(query, { applicationId: String(id) }),
          where: { applicationId: String(id) },
          orderBy: [{ at: 'desc' }, { id: 'desc' }],
        });
      },
    }),
  };
});
