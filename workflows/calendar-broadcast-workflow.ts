import { proxyActivities } from '@temporalio/workflow';
import type { CalendarActivities } from '../activities/calendar-activities';
import type { CalendarCorrection } from './approval-workflow';

const { signalOpenCases } = proxyActivities<CalendarActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** The workflow id of a correction's broadcast: one per year and version, so it runs once. */
export function calendarBroadcastId(correction: CalendarCorrection): string {
  return `calendar-${correction.year.year}-v${correction.year.version}`;
}

/**
 * Brings a newly loaded calendar year to every open case, durably: a crash of the API or a
 * worker in the middle leaves the rest to the retried activity, not to chance.
 */
export async function calendarBroadcastWorkflow(correction: CalendarCorrection): Promise<number> {
  return signalOpenCases(correction);
}
