import type { PrismaClient } from '@prisma/client';
import { WorkflowExecutionAlreadyStartedError, type Client } from '@temporalio/client';
import { openCases } from './calendar-activities';
import { currentCalendar, yearData } from './calendar-store';
import { APPROVAL_TASK_QUEUE } from '../workflows/approval-contract';
import {
  CALENDAR_BROADCAST_WORKFLOW,
  calendarBroadcastId,
  type CalendarBroadcastWorkflow,
} from '../workflows/calendar-broadcast-contract';
import { DAY_MS, localDate, type CalendarYear } from '../domain/calendar';

/** Starts telling open cases of a year's version, for their dates from the day after `now`; once per version. */
export async function broadcastCalendarYear(temporal: Client, calendarYear: CalendarYear, now: Date): Promise<void> {
  const correction = {
    year: yearData(calendarYear),
    // Dates still ahead: today has begun to count already.
    from: localDate(now.getTime() + DAY_MS),
  };
  try {
    await temporal.workflow.start<CalendarBroadcastWorkflow>(CALENDAR_BROADCAST_WORKFLOW, {
      workflowId: calendarBroadcastId(correction),
      taskQueue: APPROVAL_TASK_QUEUE,
      args: [correction],
    });
  } catch (error) {
    // Another process starting at the same time told them already.
    if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
  }
}

/**
 * Years the seed has just added (a newer `chinese-days` brings one) reach the cases already open,
 * which would otherwise count them Monday to Friday.
 */
export async function broadcastSeededYears(
  prisma: PrismaClient,
  temporal: Client,
  years: number[],
  now: Date,
): Promise<void> {
  if (years.length === 0 || (await prisma.application.count({ where: openCases })) === 0) return;
  for (const year of (await currentCalendar(prisma)).years.filter((known) => years.includes(known.year))) {
    await broadcastCalendarYear(temporal, year, now);
  }
}
