import { patched, proxyActivities, sleep } from '@temporalio/workflow';
import type { CalendarActivities } from '../calendar/calendar-activities';
import type { CalendarCorrection } from './approval-contract';

const { signalOpenCases, signalOpenRectifications } = proxyActivities<CalendarActivities>({
  startToCloseTimeout: '30 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute' },
});

/** A submission that read the calendar before the correction was stored lands within this. */
const IN_FLIGHT_MS = 5 * 60_000;

/**
 * Brings a newly loaded calendar year to every open case, durably: a crash of the API or a
 * worker in the middle leaves the rest to the retried activity, not to chance. A second pass,
 * a minute on, reaches cases that were being submitted with the older version while the first
 * pass ran; a case told twice ignores the second telling.
 */
export async function calendarBroadcastWorkflow(correction: CalendarCorrection): Promise<number> {
  const since = new Date(Date.now() - IN_FLIGHT_MS).toISOString();
  const told = await signalOpenCases(correction);
  await sleep('1 minute');
  const late = await signalOpenCases(correction, since);
  // Broadcasts begun before this patch told cases only. After the minute, so that a rectification
  // opened meanwhile with the older calendar is reached too.
  const rectifications = patched('calendar-rectifications') ? await signalOpenRectifications(correction) : 0;
  return told + late + rectifications;
}
