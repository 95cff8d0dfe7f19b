import type { CalendarCorrection } from './approval-contract';

/** The workflow's type: its export name in `workflows/index.ts`, which the worker registers. */
export const CALENDAR_BROADCAST_WORKFLOW = 'calendarBroadcastWorkflow';
/** Resolves to the number of cases told, over both passes. */
export type CalendarBroadcastWorkflow = (correction: CalendarCorrection) => Promise<number>;

/** The workflow id of a correction's broadcast: one per year and version, so it runs once. */
export function calendarBroadcastId(correction: CalendarCorrection): string {
  return `calendar-${correction.year.year}-v${correction.year.version}`;
}
