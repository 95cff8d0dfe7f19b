import { z } from 'zod';
import { claimTask, completeTask } from '../../api/case-commands';
import type { Correction } from '../../workflows/process/case-model';
import { builder } from '../builder';
import { AgencyType } from './agency';
import { DecisionEnum, TaskStatusEnum } from './enums';

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
    stage: t.exposeString('stage', { description: 'ACCEPTANCE | JOINT_REVIEW' }),
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
  }),
});

const CorrectionInput = builder.inputType('CorrectionInput', {
  fields: (t) => ({
    field: t.string({ validate: z.string().trim().min(1).max(200) }),
    material: t.string({ validate: z.string().trim().min(1).max(50) }),
    reason: t.string({ required: true, validate: z.string().trim().min(1, 'say what is wrong').max(500) }),
  }),
});

const CompleteTaskInput = builder.inputType('CompleteTaskInput', {
  fields: (t) => ({
    decision: t.field({ type: DecisionEnum, required: true }),
    comment: t.string({ validate: z.string().max(2000) }),
    corrections: t.field({ type: [CorrectionInput], validate: z.array(z.unknown()).max(50) }),
  }),
});

const taskId = z.string().trim().min(1).max(200);

builder.queryField('myTasks', (t) =>
  t.prismaField({
    type: ['ReviewTask'],
    description: "The caller's agency's tasks, oldest first",
    authScopes: { agencyStaff: true },
    args: { status: t.arg({ type: TaskStatusEnum }) },
    resolve: (query, _root, { status }, { prisma, auth }) =>
      prisma.reviewTask.findMany({
        ...query,
        where: { agencyCode: auth.identity!.agency, ...(status ? { status } : {}) },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: 500,
      }),
  }),
);

builder.mutationFields((t) => ({
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
