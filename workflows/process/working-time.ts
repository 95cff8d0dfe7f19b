/**
 * Working-day arithmetic for SLA clocks. A working day is Monday to Friday in China Standard
 * Time (UTC+8, no daylight saving). Statutory holidays and make-up working days come with the
 * SLA calendar; until then every weekday counts. Durations are in working days, fractions
 * included, so a clock can stop and resume in the middle of a day.
 */
const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Midnight (China time) at the start of the local day that contains `instant`, as epoch ms. */
function startOfLocalDay(instant: number): number {
  return Math.floor((instant + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
}

function isWorkingDay(dayStart: number): boolean {
  const weekday = new Date(dayStart + CHINA_OFFSET_MS).getUTCDay();
  return weekday !== 0 && weekday !== 6;
}

/** Working days (fractional) in [from, to); negative when `to` is before `from`. */
export function workingDaysBetween(from: Date, to: Date): number {
  if (to < from) return -workingDaysBetween(to, from);
  let total = 0;
  for (let day = startOfLocalDay(from.getTime()); day < to.getTime(); day += DAY_MS) {
    if (!isWorkingDay(day)) continue;
    const overlap = Math.min(day + DAY_MS, to.getTime()) - Math.max(day, from.getTime());
    total += overlap / DAY_MS;
  }
  return total;
}

/** The instant reached after `days` working days of clock time from `from`. */
export function addWorkingDays(from: Date, days: number): Date {
  let remaining = days * DAY_MS;
  let cursor = from.getTime();
  for (;;) {
    const dayStart = startOfLocalDay(cursor);
    const dayEnd = dayStart + DAY_MS;
    if (isWorkingDay(dayStart)) {
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
export function deadlineAfter(start: Date, workingDays: number): Date {
  return addWorkingDays(clockStart(start), workingDays);
}

/** Midnight after the starting event: when a time limit begins to run. */
export function clockStart(start: Date): Date {
  return new Date(startOfLocalDay(start.getTime()) + DAY_MS);
}
