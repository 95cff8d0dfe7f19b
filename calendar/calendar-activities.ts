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
 * Signals the correction to each workflow of a list read page by page in id order. The last id
 * told is the heartbeat, so a retry goes on where the failed attempt stopped; a workflow told
 * twice ignores the second telling (its calendar already has that version), and one closed since
 * the read has nothing left to count.
 */
async function signalEach(
  temporal: Client,
  correction: CalendarCorrection,
  page: (after: string) => Promise<Array<{ id: string }>>,
  workflowIdOf: (id: string) => string,
): Promise<number> {
  const activity = Context.current();
  let after = (activity.info.heartbeatDetails as string | undefined) ?? '';
  let told = 0;
  for (;;) {
    const ids = (await page(after)).map(({ id }) => id);
    if (ids.length === 0) return told;
    await Promise.all(
      ids.map((id) =>
        temporal.workflow
          .getHandle(workflowIdOf(id))
          .signal(calendarCorrectedSignal, correction)
          .catch((error: unknown) => {
            if (!(error instanceof WorkflowNotFoundError)) throw error;
          }),
      ),
    );
    told += ids.length;
    after = ids[ids.length - 1];
    activity.heartbeat(after);
  }
}

export function createCalendarActivities({ prisma, temporal }: CalendarActivityDependencies) {
  return {
    /** Every open case, or those submitted since a time (the second pass). */
    signalOpenCases: (correction: CalendarCorrection, submittedSince?: string) =>
      signalEach(
        temporal,
        correction,
        (after) =>
          prisma.application.findMany({
            where: {
              ...openCases,
              id: { gt: after },
              ...(submittedSince ? { submittedAt: { gte: new Date(submittedSince) } } : {}),
            },
            orderBy: { id: 'asc' },
            take: PAGE,
            select: { id: true },
          }),
        applicationWorkflowId,
      ),
    /** Every rectification still waiting for its feedback: its deadlines count working days too. */
    signalOpenRectifications: (correction: CalendarCorrection) =>
      signalEach(
        temporal,
        correction,
        (after) =>
          prisma.rectification.findMany({
            where: { feedbackAt: null, id: { gt: after } },
            orderBy: { id: 'asc' },
            take: PAGE,
            select: { id: true },
          }),
        // The rectification's id is its workflow's (workflows/rectification-contract.ts).
        (id) => id,
      ),
  };
}

export type CalendarActivities = ReturnType<typeof createCalendarActivities>;
