/**
 * The PRC working-day calendar: Monday to Friday in China Standard Time, except the public
 * holidays the State Council sets each year, and make-up working days (调休) on weekends.
 * A case carries the calendar it started with (plain JSON, as it travels through Temporal); a
 * correction an administrator loads later applies to the dates still ahead of it.
 */
export const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarYear {
  year: number;
  /** 1 for the first load of a year, one more for each correction. */
  version: number;
  /** Statutory days only, before the State Council's notice fixes the year's arrangement. */
  provisional: boolean;
  source: string;
  /** Days off (YYYY-MM-DD, China time), weekends included where the notice lists them. */
  holidays: string[];
  /** Weekend days worked instead (调休). */
  workdays: string[];
}

export interface WorkCalendar {
  years: CalendarYear[];
}

/** Cases started before the calendar came count Monday to Friday, as they always did. */
export const WEEKDAYS_ONLY: WorkCalendar = { years: [] };

/** Midnight (China time) at the start of the local day that contains `instant`, as epoch ms. */
export function startOfLocalDay(instant: number): number {
  return Math.floor((instant + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
}

/** The China-time date of an instant, as YYYY-MM-DD. */
export function localDate(instant: number): string {
  return new Date(instant + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight, China time, at the start of a YYYY-MM-DD date. */
export function localMidnight(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}

/** Saturday or Sunday, for a YYYY-MM-DD date. */
export function isWeekend(date: string): boolean {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isDate(value: string): boolean {
  const match = DATE.exec(value);
  return match !== null && localDate(localMidnight(value).getTime()) === value;
}

interface YearDays {
  holidays: Set<string>;
  workdays: Set<string>;
}

// Arithmetic looks days up one by one; the sets are built once per calendar object.
const lookups = new WeakMap<WorkCalendar, Map<number, YearDays>>();

function yearDays(calendar: WorkCalendar): Map<number, YearDays> {
  let byYear = lookups.get(calendar);
  if (!byYear) {
    byYear = new Map(
      calendar.years.map((year) => [year.year, { holidays: new Set(year.holidays), workdays: new Set(year.workdays) }]),
    );
    lookups.set(calendar, byYear);
  }
  return byYear;
}

/**
 * Whether the local day starting at `dayStart` is worked. A year the calendar does not know
 * counts Monday to Friday; `calendarWarnings` says so wherever a clock runs through one.
 */
export function isWorkingDay(calendar: WorkCalendar, dayStart: number): boolean {
  const date = localDate(dayStart);
  const known = yearDays(calendar).get(Number(date.slice(0, 4)));
  if (known?.holidays.has(date)) return false;
  if (known?.workdays.has(date)) return true;
  return !isWeekend(date);
}

/** What is unsure about a clock running from `from` to `to`: years unknown or provisional. */
export function calendarWarnings(calendar: WorkCalendar, from: Date, to: Date): string[] {
  const first = Number(localDate(Math.min(from.getTime(), to.getTime())).slice(0, 4));
  const last = Number(localDate(Math.max(from.getTime(), to.getTime())).slice(0, 4));
  const warnings: string[] = [];
  for (let year = first; year <= last; year += 1) {
    const known = calendar.years.find((candidate) => candidate.year === year);
    if (!known) {
      warnings.push(`${year} is not in the working-day calendar: counted Monday to Friday until it is loaded`);
    } else if (known.provisional) {
      warnings.push(`${year} is provisional (statutory holidays only): make-up days are not yet known`);
    }
  }
  return warnings;
}

/**
 * The first date a correction heard at `at` may change: its own `from`, but never today or a day
 * behind, however late the news arrives (a day already counted stays as it was counted).
 */
export function correctionStart(from: string, at: string): string {
  const tomorrow = localDate(new Date(at).getTime() + DAY_MS);
  return from > tomorrow ? from : tomorrow;
}

/**
 * The case's calendar once a newer version of a year is loaded: dates before `from` keep the
 * version the case counted them with, dates from `from` on follow the correction.
 */
export function applyCorrection(calendar: WorkCalendar, correction: CalendarYear, from: string): WorkCalendar {
  const current = calendar.years.find((year) => year.year === correction.year);
  if (current && current.version >= correction.version) return calendar;
  const before = (dates: string[] | undefined) => (dates ?? []).filter((date) => date < from);
  const after = (dates: string[]) => dates.filter((date) => date >= from);
  const spliced: CalendarYear = {
    ...correction,
    holidays: [...before(current?.holidays), ...after(correction.holidays)],
    workdays: [...before(current?.workdays), ...after(correction.workdays)],
  };
  const years = [...calendar.years.filter((year) => year.year !== correction.year), spliced];
  return { years: years.sort((a, b) => a.year - b.year) };
}
