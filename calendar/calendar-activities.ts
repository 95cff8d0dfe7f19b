import type { Prisma, PrismaClient } from '@prisma/client';
import { Context } from '@temporalio/activity';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import {
  applicationWorkflowId,
  calendarCorrectedSignal,
  type CalendarCorrection,
} from '../workflows/approval-contract';

export interface CalendarActivityDependencies {
  prisma: PrismaClient;
  temporal: Client;
}

/** Cases whose workflow still runs: what a calendar correction must reach. */
export const openCases: Prisma.ApplicationWhereInput = { status: { notIn: ['ISSUED', 'REJECTED', 'WITHDRAWN'] } };
const PAGE = 200;

/**
 * Tells every open case (or those submitted since a time) of a calendar correction. Cases are taken in id order and the last one
 * told is the heartbeat, so a retry goes on where the failed attempt stopped; a case told twice
 * ignores the second telling (its calendar already has that version).
 */
async function signalOpenCases(
  { prisma, temporal }: CalendarActivityDependencies,
  correction: CalendarCorrection,
  submittedSince?: string,
): Promise<number> {
  const activity = Context.current();
  let after = (activity.info.heartbeatDetails as string | undefined) ?? '';
  let told = 0;
  for (;;) {
    const page = await prisma.application.findMany({
      where: {
        ...openCases,
        id: { gt: after },
        ...(submittedSince ? { submittedAt: { gte: new Date(submittedSince) } } : {}),
      },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: { id: true },
    });
    if (page.length === 0) return told;
    await Promise.all(
      page.map(({ id }) =>
        temporal.workflow
          .getHandle(applicationWorkflowId(id))
          .signal(calendarCorrectedSignal, correction)
          .catch((error: unknown) => {
            // Closed since the read: nothing left to count.
            if (!(error instanceof WorkflowNotFoundError)) throw error;
          }),
      ),
    );
    told += page.length;
    after = page[page.length - 1].id;
    activity.heartbeat(after);
  }
}

export function createCalendarActivities(dependencies: CalendarActivityDependencies) {
  return {
    signalOpenCases: (correction: CalendarCorrection, submittedSince?: string) =>
      signalOpenCases(dependencies, correction, submittedSince),
  };
}

export type CalendarActivities = ReturnType<typeof createCalendarActivities>;
