import type { Prisma, TaskStatus } from '@prisma/client';
import { z } from 'zod';
import { ownCursor } from '../../api/access';
import type { Identity } from '../../api/identity';
import { claimTask, completeTask, reassignTask } from '../../cases/case-commands';
import { subscriberEvents } from '../../live/change-feed';
import { UNFINISHED_TASK_STATUSES, type Correction } from '../../domain/case-model';
import { INBOX_ORDER_BY_DEADLINE } from '../../domain/inbox-order';
import { MAX_COMMENT, MAX_PERSON_ID, MAX_REASON } from '../../domain/text-limits';
import { builder } from '../builder';
import { AgencyType } from './agency';
import { DecisionEnum, TaskStatusEnum } from './enums';
import { caseSla, SlaType } from './sla';

export const CorrectionType = builder.objectRef<Correction & { agency?: string }>('Correction').implement({
  description: 'What an agency asks the applicant to correct: a form field or a material',
  fields: (t) => ({
    agency: t.exposeString('agency', { nullable: true }),
    field: t.exposeString('field', { nullable: true }),
    material: t.exposeString('material', { nullable: true }),
    reason: t.exposeString('reason'),
  }),
});

builder.prismaObject('ReviewTask', {
  fields: (t) => ({
    id: t.exposeID('id'),
    application: t.relation('application'),
    agency: t.relation('agency', { type: AgencyType }),
    stage: t.exposeString('stage', { description: "The stage kind's code, e.g. ACCEPTANCE, JOINT_REVIEW" }),
    stageKind: t.prismaField({
      type: 'StageKind',
      nullable: true,
      description: 'The stage kind, with its names (stage kinds are catalogue data)',
      // Prisma batches the findUnique calls of one tick: a list of tasks reads the kinds at once.
      resolve: (query, task, _args, { prisma }) =>
        prisma.stageKind.findUnique({ ...query, where: { code: task.stage } }),
    }),
    round: t.exposeInt('round', { description: '1, then one more for each review after a correction' }),
    status: t.expose('status', { type: TaskStatusEnum }),
    assignee: t.exposeString('assignee', { nullable: true }),
    decision: t.expose('decision', { type: DecisionEnum, nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    corrections: t.field({
      type: [CorrectionType],
      select: { corrections: true },
      resolve: (task) => (task.corrections as Correction[] | null) ?? [],
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    completedAt: t.expose('completedAt', { type: 'DateTime', nullable: true }),
    dueAt: t.expose('dueAt', { type: 'DateTime', nullable: true }),
    sla: t.field({
      type: SlaType,
      description: "The task's promised days, counted from its creation, standing still while the applicant corrects",
      select: {
        dueAt: true,
        pausedSince: true,
        pausedWorkingDays: true,
        completedAt: true,
        application: { select: { calendar: true, item: { select: { slaWarningDays: true } } } },
      },
      resolve: (task, _args, { now }) =>
        caseSla(
          task.application.calendar,
          {
            deadline: task.dueAt ?? undefined,
            pausedSince: task.pausedSince ?? undefined,
            endedAt: task.completedAt ?? undefined,
            pausedWorkingDays: task.pausedWorkingDays,
            extendedWorkingDays: 0,
            warningDays: task.application.item.slaWarningDays,
          },
          now(),
        ),
    }),
    warnedAt: t.expose('warnedAt', { type: 'DateTime', nullable: true }),
    escalated: t.boolean({ select: { escalatedAt: true }, resolve: (task) => task.escalatedAt !== null }),
    escalatedAt: t.expose('escalatedAt', { type: 'DateTime', nullable: true }),
    escalatedTo: t.exposeString('escalatedTo', {
      nullable: true,
      description: "Who the overdue task went to: the agency's supervisors",
    }),
  }),
});

const CorrectionInput = builder.inputType('CorrectionInput', {
  fields: (t) => ({
    field: t.string({ validate: z.string().trim().min(1).max(200) }),
    material: t.string({ validate: z.string().trim().min(1).max(50) }),
    reason: t.string({ required: true, validate: z.string().trim().min(1, 'say what is wrong').max(MAX_REASON) }),
  }),
});

const CompleteTaskInput = builder.inputType('CompleteTaskInput', {
  fields: (t) => ({
    decision: t.field({ type: DecisionEnum, required: true }),
    comment: t.string({ validate: z.string().max(MAX_COMMENT) }),
    corrections: t.field({ type: [CorrectionInput], validate: z.array(z.unknown()).max(50) }),
  }),
});

const taskId = z.string().trim().min(1).max(200);

/** The caller's agency's tasks, optionally of one status. */
function agencyTasks(identity: Identity, status?: TaskStatus | null): Prisma.ReviewTaskWhereInput {
  return { agencyCode: identity.agency, ...(status ? { status } : {}) };
}

/** Escalated tasks still open: the agency supervisors' list. */
function overdueOf(identity: Identity): Prisma.ReviewTaskWhereInput {
  return { agencyCode: identity.agency, escalatedAt: { not: null }, status: { in: UNFINISHED_TASK_STATUSES } };
}

const TaskOrderEnum = builder.enumType('TaskOrder', {
  values: {
    RECEIVED: { description: 'Oldest first' },
    DEADLINE: {
      description: 'Due first (none last); among tasks due at the same moment, green-channel cases first',
    },
  } as const,
});

const TASK_ORDERS = {
  RECEIVED: [{ createdAt: 'asc' }, { id: 'asc' }],
  DEADLINE: [...INBOX_ORDER_BY_DEADLINE],
} satisfies Record<typeof TaskOrderEnum.$inferType, Prisma.ReviewTaskOrderByWithRelationInput[]>;

builder.queryField('myTasks', (t) =>
  t.prismaConnection({
    type: 'ReviewTask',
    cursor: 'id',
    description: "The caller's agency's tasks, oldest first or by deadline",
    authScopes: { agencyStaff: true },
    args: {
      status: t.arg({ type: TaskStatusEnum }),
      order: t.arg({ type: TaskOrderEnum, defaultValue: 'RECEIVED', required: true }),
    },
    totalCount: (_connection, { status }, { prisma, auth }) =>
      prisma.reviewTask.count({ where: agencyTasks(auth.identity!, status) }),
    resolve: (query, _root, { status, order }, { prisma, auth }) =>
      prisma.reviewTask.findMany({
        ...ownCursor(query, { agencyCode: auth.identity!.agency }),
        where: agencyTasks(auth.identity!, status),
        orderBy: TASK_ORDERS[order],
      }),
  }),
);

builder.queryField('overdueTasks', (t) =>
  t.prismaConnection({
    type: 'ReviewTask',
    cursor: 'id',
    description:
      "Escalated tasks still open, for the supervisors of the caller's agency; by deadline, green-channel cases first among the same",
    authScopes: { role: 'SUPERVISOR' },
    totalCount: (_connection, _args, { prisma, auth }) => prisma.reviewTask.count({ where: overdueOf(auth.identity!) }),
    resolve: (query, _root, _args, { prisma, auth }) =>
      prisma.reviewTask.findMany({
        ...ownCursor(query, { agencyCode: auth.identity!.agency }),
        where: overdueOf(auth.identity!),
        orderBy: TASK_ORDERS.DEADLINE,
      }),
  }),
);

builder.mutationFields((t) => ({
  reassignTask: t.prismaField({
    type: 'ReviewTask',
    description: "Hands an escalated task to another person of the agency (the agency's SUPERVISOR)",
    authScopes: { role: 'SUPERVISOR' },
    args: {
      taskId: t.arg.id({ required: true, validate: taskId }),
      assignee: t.arg.string({ required: true, validate: z.string().trim().min(1).max(MAX_PERSON_ID) }),
      reason: t.arg.string({ validate: z.string().max(MAX_REASON) }),
    },
    resolve: async (query, _root, args, ctx) => {
      await reassignTask(ctx, ctx.auth.identity!, String(args.taskId), args);
      return ctx.prisma.reviewTask.findUniqueOrThrow({ ...query, where: { id: String(args.taskId) } });
    },
  }),
  claimTask: t.prismaField({
    type: 'ReviewTask',
    authScopes: { agencyStaff: true },
    args: { taskId: t.arg.id({ required: true, validate: taskId }) },
    resolve: async (query, _root, args, ctx) => {
      await claimTask(ctx, ctx.auth.identity!, String(args.taskId));
      return ctx.prisma.reviewTask.findUniqueOrThrow({ ...query, where: { id: String(args.taskId) } });
    },
  }),
  completeTask: t.prismaField({
    type: 'ReviewTask',
    authScopes: { agencyStaff: true },
    args: {
      taskId: t.arg.id({ required: true, validate: taskId }),
      input: t.arg({ type: CompleteTaskInput, required: true }),
    },
    resolve: async (query, _root, args, ctx) => {
      await completeTask(ctx, ctx.auth.identity!, String(args.taskId), args.input);
      return ctx.prisma.reviewTask.findUniqueOrThrow({ ...query, where: { id: String(args.taskId) } });
    },
  }),
}));

interface TaskChange {
  taskId: string;
  applicationId: string;
}

const TaskChangeType = builder.objectRef<TaskChange>('TaskChange').implement({
  description: "A task of the caller's agency that changed",
  fields: (t) => ({
    taskId: t.exposeID('taskId'),
    applicationId: t.exposeID('applicationId'),
  }),
});

builder.subscriptionField('tasksChanged', (t) =>
  t.field({
    type: TaskChangeType,
    nullable: true,
    description:
      "Each task of the caller's agency as it is created, claimed, completed, cancelled, reassigned or escalated, " +
      'or its deadline moves; null after a break in the live feed, when any may have changed: read the inbox again',
    authScopes: { agencyStaff: true },
    subscribe: (_root, _args, ctx) => {
      const agency = ctx.auth.identity!.agency!;
      return subscriberEvents(ctx, async (event) => {
        if (event.kind === 'gap') return [null];
        if (event.kind !== 'change') return [];
        const { applicationId, tasks } = event.change;
        // The notification names the agencies; the database says which tasks are this agency's now.
        const named = tasks?.filter((task) => task.agencyCode === agency).map((task) => task.id);
        if (named?.length === 0) return [];
        const changed = await ctx.prisma.reviewTask.findMany({
          where: { applicationId, agencyCode: agency, ...(named ? { id: { in: named } } : {}) },
          select: { id: true, applicationId: true },
          orderBy: { id: 'asc' },
        });
        return changed.map((task) => ({ taskId: task.id, applicationId: task.applicationId }));
      });
    },
    resolve: (change) => change,
  }),
);
