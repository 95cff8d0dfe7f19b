import type { CalendarYear as CalendarYearRow, PrismaClient } from '@prisma/client';
import type { CalendarYear, WorkCalendar } from '../domain/calendar';
import { PRC_CALENDAR_YEARS } from './prc-years';

export type StoredCalendarYear = CalendarYear & Pick<CalendarYearRow, 'reason' | 'loadedBy' | 'loadedAt'>;

export function calendarYearOf(row: CalendarYearRow): StoredCalendarYear {
  return {
    year: row.year,
    version: row.version,
    provisional: row.provisional,
    source: row.source,
    holidays: row.holidays as string[],
    workdays: row.workdays as string[],
    reason: row.reason,
    loadedBy: row.loadedBy,
    loadedAt: row.loadedAt,
  };
}

/** A year as cases count with it, without who loaded it and why. */
export function yearData({ year, version, provisional, source, holidays, workdays }: CalendarYear): CalendarYear {
  return { year, version, provisional, source, holidays, workdays };
}

/** The newest version of every known year: what a case starting now counts with. */
export async function currentCalendar(prisma: PrismaClient): Promise<WorkCalendar> {
  const rows = await prisma.calendarYear.findMany({
    distinct: ['year'],
    orderBy: [{ year: 'asc' }, { version: 'desc' }],
  });
  return { years: rows.map((row) => yearData(calendarYearOf(row))) };
}

/** Stores the next version of a year; a version number taken by a racing load is tried again. */
export async function storeCalendarYear(
  prisma: PrismaClient,
  year: Omit<CalendarYear, 'version'>,
  loadedBy: string,
  reason: string | null,
): Promise<StoredCalendarYear> {
  for (;;) {
    const latest = await prisma.calendarYear.findFirst({ where: { year: year.year }, orderBy: { version: 'desc' } });
    const version = (latest?.version ?? 0) + 1;
    const created = await prisma.calendarYear.createMany({
      data: [{ ...year, version, loadedBy, reason }],
      skipDuplicates: true,
    });
    if (created.count === 1) {
      return calendarYearOf(
        await prisma.calendarYear.findUniqueOrThrow({ where: { year_version: { year: year.year, version } } }),
      );
    }
  }
}

/** Loads the years the project ships with, where the database has no version of them yet. */
export async function seedCalendar(prisma: PrismaClient, years = PRC_CALENDAR_YEARS): Promise<number[]> {
  const known = new Set((await prisma.calendarYear.findMany({ select: { year: true } })).map((row) => row.year));
  const missing = years.filter((year) => !known.has(year.year));
  if (missing.length > 0) {
    await prisma.calendarYear.createMany({
      data: missing.map((year) => ({ ...year, loadedBy: 'seed', reason: null })),
      skipDuplicates: true,
    });
  }
  return missing.map((year) => year.year);
}
