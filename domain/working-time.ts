/**
 * Working-day arithmetic for SLA clocks, on a case's calendar. Durations are in working days,
 * fractions included, so a clock can stop and resume in the middle of a day.
 */
import { DAY_MS, isWorkingDay, startOfLocalDay, type WorkCalendar } from './calendar';

/** Working days (fractional) in [from, to); negative when `to` is before `from`. */
export function workingDaysBetween(calendar: WorkCalendar, from: Date, to: Date): number {
  if (to < from) return -workingDaysBetween(calendar, to, from);
  let total = 0;
  for (let day = startOfLocalDay(from.getTime()); day < to.getTime(); day += DAY_MS) {
    if (!isWorkingDay(calendar, day)) continue;
    const overlap = Math.min(day + DAY_MS, to.getTime()) - Math.max(day, from.getTime());
    total += overlap / DAY_MS;
  }
  return total;
}

/** The instant reached after `days` working days of clock time from `from`. */
export function addWorkingDays(calendar: WorkCalendar, from: Date, days: number): Date {
  let remaining = days * DAY_MS;
  let cursor = from.getTime();
  for (;;) {
    const dayStart = startOfLocalDay(cursor);
    const dayEnd = dayStart + DAY_MS;
    if (isWorkingDay(calendar, dayStart)) {
      const available = dayEnd - cursor;
      if (remaining <= available) return new Date(cursor + remaining);
      remaining -= available;
    }
    cursor = dayEnd;
  }
}

/**
 * Time limits run from the day after the starting event (《行政许可法》 counts from the next
 * day), so a limit of N working days ends at midnight after the Nth working day.
 */
export function deadlineAfter(calendar: WorkCalendar, start: Date, workingDays: number): Date {
  return addWorkingDays(calendar, clockStart(start), workingDays);
}

/** Midnight after the starting event: when a time limit begins to run. */
export function clockStart(start: Date): Date {
  return new Date(startOfLocalDay(start.getTime()) + DAY_MS);
}

/** The start of the first working day at or after `instant`: when people at work see an alert. */
export function nextWorkingMoment(calendar: WorkCalendar, instant: Date): Date {
  let day = startOfLocalDay(instant.getTime());
  if (isWorkingDay(calendar, day)) return instant;
  do day += DAY_MS;
  while (!isWorkingDay(calendar, day));
  return new Date(day);
}
