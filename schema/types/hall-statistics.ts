import { z } from 'zod';
import type { AgencyFigures, Distribution, ItemFigures } from '../../hall-figures/case-figures';
import { hallStatistics, type HallStatistics } from '../../hall-figures/hall-statistics';
import type { QueueFigures } from '../../hall-figures/queue-figures';
import { builder } from '../builder';
import { ServiceLineEnum } from './hall-queue';

const DistributionType = builder.objectRef<Distribution>('Distribution').implement({
  description: 'How many values, and their median and 90th percentile (nearest rank)',
  fields: (t) => ({
    count: t.exposeInt('count'),
    p50: t.exposeFloat('p50', { nullable: true }),
    p90: t.exposeFloat('p90', { nullable: true }),
  }),
});

const ItemFiguresType = builder.objectRef<ItemFigures>('ItemFigures').implement({
  fields: (t) => ({
    itemCode: t.exposeString('itemCode'),
    itemName: t.exposeString('itemName'),
    submitted: t.exposeInt('submitted'),
    issued: t.exposeInt('issued'),
    daysToLicence: t.field({
      type: DistributionType,
      description: 'Working days from submission to licence, of the cases issued',
      resolve: (figures) => figures.daysToLicence,
    }),
    onTimePromised: t.exposeFloat('onTimePromised', {
      nullable: true,
      description: 'Share of issued cases decided within the promised working days (corrections and extensions aside)',
    }),
    onTimeStatutory: t.exposeFloat('onTimeStatutory', {
      nullable: true,
      description: 'Share of issued cases with their licence by the statutory deadline',
    }),
    correctionRoundsPerCase: t.exposeFloat('correctionRoundsPerCase', { nullable: true }),
    visitsPerCase: t.field({
      type: DistributionType,
      description:
        'Served window visits linked to each issued case (markServed); a case with none, done online, counts 0',
      resolve: (figures) => figures.visitsPerCase,
    }),
    meanVisitsPerCase: t.exposeFloat('meanVisitsPerCase', {
      nullable: true,
      description: 'The mean of visitsPerCase; null with no case issued',
    }),
  }),
});

const AgencyFiguresType = builder.objectRef<AgencyFigures>('AgencyFigures').implement({
  fields: (t) => ({
    agencyCode: t.exposeString('agencyCode'),
    agency: t.prismaField({
      type: 'Agency',
      nullable: true,
      description: 'Its names from the catalogue',
      resolve: (query, figures, _args, { prisma }) =>
        prisma.agency.findUnique({ ...query, where: { code: figures.agencyCode } }),
    }),
    tasksCompleted: t.exposeInt('tasksCompleted'),
    daysToDecision: t.field({
      type: DistributionType,
      description: "Working days from a task's creation to its decision, its pauses aside",
      resolve: (figures) => figures.daysToDecision,
    }),
    onTime: t.exposeFloat('onTime', {
      nullable: true,
      description: 'Share of decided tasks decided by their due time',
    }),
  }),
});

const QueueFiguresType = builder.objectRef<QueueFigures>('QueueFigures').implement({
  description: 'A service line’s tickets: how long people waited to be called, and how long the window took',
  fields: (t) => ({
    line: t.expose('line', { type: ServiceLineEnum }),
    taken: t.exposeInt('taken'),
    served: t.exposeInt('served'),
    absent: t.exposeInt('absent'),
    waitingMinutes: t.field({
      type: DistributionType,
      description: 'Minutes from taking the ticket to being called (the tickets called)',
      resolve: (figures) => figures.waitingMinutes,
    }),
    serviceMinutes: t.field({
      type: DistributionType,
      description: 'Minutes at the window (the tickets served)',
      resolve: (figures) => figures.serviceMinutes,
    }),
  }),
});

const HallStatisticsType = builder.objectRef<HallStatistics>('HallStatistics').implement({
  description: 'The hall’s figures over the cases submitted in [from, to), from what the cases recorded',
  fields: (t) => ({
    from: t.expose('from', { type: 'DateTime' }),
    to: t.expose('to', { type: 'DateTime' }),
    items: t.field({ type: [ItemFiguresType], resolve: (statistics) => statistics.items }),
    agencies: t.field({ type: [AgencyFiguresType], resolve: (statistics) => statistics.agencies }),
    queue: t.field({ type: [QueueFiguresType], resolve: (statistics) => statistics.queue }),
  }),
});

/** A year at most: the figures are computed from every case of the span at each request. */
const MAX_SPAN_MS = 366 * 86_400_000;

builder.queryField('hallStatistics', (t) =>
  t.field({
    type: HallStatisticsType,
    description:
      "The hall's figures over cases submitted in [from, to), a year at most (administrators and supervisors)",
    authScopes: (_root, _args, { auth }) => auth.identity?.role === 'ADMIN' || auth.identity?.role === 'SUPERVISOR',
    args: {
      from: t.arg({ type: 'DateTime', required: true }),
      to: t.arg({ type: 'DateTime', required: true }),
    },
    validate: z
      .object({ from: z.date(), to: z.date() })
      .refine(({ from, to }) => from < to, { message: 'must be after from', path: ['to'] })
      .refine(({ from, to }) => to.getTime() - from.getTime() <= MAX_SPAN_MS, {
        message: 'a year at most',
        path: ['to'],
      }),
    resolve: (_root, { from, to }, { prisma }) => hallStatistics(prisma, from, to),
  }),
);
