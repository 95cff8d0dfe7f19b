import type { PrismaClient } from '@prisma/client';
import { WEEKDAYS_ONLY, type WorkCalendar } from '../domain/calendar';
import { queueFigures, type QueueFigures } from './queue-figures';
import {
  agencyFigures,
  itemFigures,
  type AgencyFigures,
  type CaseRecordForFigures,
  type ItemFigures,
} from './case-figures';

export interface HallStatistics {
  from: Date;
  to: Date;
  items: ItemFigures[];
  agencies: AgencyFigures[];
  /** The tickets taken in [from, to), per service line. */
  queue: QueueFigures[];
}

/** The cases submitted in [from, to), as the figures read them: every date is one the workflow recorded. */
export async function casesForFigures(prisma: PrismaClient, from: Date, to: Date): Promise<CaseRecordForFigures[]> {
  const cases = await prisma.application.findMany({
    where: { submittedAt: { gte: from, lt: to } },
    select: {
      status: true,
      submittedAt: true,
      deadline: true,
      slaPausedWorkingDays: true,
      slaExtendedWorkingDays: true,
      calendar: true,
      item: { select: { code: true, name: true, promisedDays: true, statutoryDays: true } },
      certificate: { select: { issuedAt: true } },
      _count: { select: { visits: true } },
      timeline: { where: { action: 'ACCEPTED' }, select: { at: true }, take: 1 },
      tasks: {
        select: {
          agencyCode: true,
          round: true,
          createdAt: true,
          completedAt: true,
          dueAt: true,
          pausedWorkingDays: true,
        },
      },
    },
  });
  return cases.map((kase) => ({
    itemCode: kase.item.code,
    itemName: kase.item.name,
    promisedDays: kase.item.promisedDays,
    statutoryDays: kase.item.statutoryDays,
    status: kase.status,
    submittedAt: kase.submittedAt,
    acceptedAt: kase.timeline[0]?.at,
    issuedAt: kase.certificate?.issuedAt,
    deadline: kase.deadline ?? undefined,
    pausedWorkingDays: kase.slaPausedWorkingDays,
    extendedWorkingDays: kase.slaExtendedWorkingDays,
    visits: kase._count.visits,
    calendar: (kase.calendar as WorkCalendar | null) ?? WEEKDAYS_ONLY,
    tasks: kase.tasks.map((task) => ({
      agencyCode: task.agencyCode,
      round: task.round,
      createdAt: task.createdAt,
      completedAt: task.completedAt ?? undefined,
      dueAt: task.dueAt ?? undefined,
      pausedWorkingDays: task.pausedWorkingDays,
    })),
  }));
}

export async function hallStatistics(prisma: PrismaClient, from: Date, to: Date): Promise<HallStatistics> {
  const [cases, tickets] = await Promise.all([
    casesForFigures(prisma, from, to),
    prisma.ticket.findMany({
      where: { takenAt: { gte: from, lt: to } },
      select: { line: true, status: true, takenAt: true, calledAt: true, finishedAt: true },
    }),
  ]);
  return {
    from,
    to,
    items: itemFigures(cases),
    agencies: agencyFigures(cases),
    queue: queueFigures(
      tickets.map((ticket) => ({
        ...ticket,
        calledAt: ticket.calledAt ?? undefined,
        finishedAt: ticket.finishedAt ?? undefined,
      })),
    ),
  };
}
