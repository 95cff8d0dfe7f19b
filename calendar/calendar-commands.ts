import { isDate, isWeekend } from '../domain/calendar';
import { storeCalendarYear, type StoredCalendarYear } from './calendar-store';
import { broadcastCalendarYear } from './calendar-broadcast';
import type { Context } from '../api/context';
import { badUserInput, type FieldProblem } from '../api/errors';
import type { Identity } from '../api/identity';

export interface CalendarYearInput {
  year: number;
  holidays: string[];
  workdays: string[];
  source: string;
  provisional?: boolean | null;
  reason?: string | null;
}

/** Enough of a value to recognise it by, without echoing a pasted page back. */
function shown(value: string): string {
  return value.length > 20 ? `${value.slice(0, 20)}…` : value;
}

function dateProblems(input: CalendarYearInput, list: 'holidays' | 'workdays'): FieldProblem[] {
  const seen = new Set<string>();
  return input[list].flatMap((date, index): FieldProblem[] => {
    const field = `${list}[${index}]`;
    if (!isDate(date)) return [{ field, message: `${shown(date)} is not a date (YYYY-MM-DD)` }];
    if (!date.startsWith(`${input.year}-`)) return [{ field, message: `${date} is not in ${input.year}` }];
    if (seen.has(date)) return [{ field, message: `${date} is listed twice` }];
    seen.add(date);
    if (list === 'workdays') {
      if (!isWeekend(date))
        return [{ field, message: `${date} is a weekday already: a make-up working day is a weekend day` }];
      if (input.holidays.includes(date)) return [{ field, message: `${date} is also listed as a holiday` }];
    }
    return [];
  });
}

/**
 * Loads a year, or corrects one, as its next version. Cases starting from now on count with
 * it; open cases are told by a durable broadcast and apply it to their dates from today on.
 */
export async function loadCalendarYear(
  ctx: Context,
  identity: Identity,
  input: CalendarYearInput,
): Promise<StoredCalendarYear> {
  const problems = [...dateProblems(input, 'holidays'), ...dateProblems(input, 'workdays')];
  const correcting = (await ctx.prisma.calendarYear.count({ where: { year: input.year } })) > 0;
  if (correcting && !input.reason?.trim()) {
    problems.push({ field: 'reason', message: `${input.year} is loaded already: say why it is corrected` });
  }
  if (problems.length > 0) throw badUserInput(problems);
  const stored = await storeCalendarYear(
    ctx.prisma,
    {
      year: input.year,
      provisional: input.provisional ?? false,
      source: input.source.trim(),
      holidays: [...input.holidays].sort(),
      workdays: [...input.workdays].sort(),
    },
    identity.sub,
    input.reason?.trim() || null,
  );
  await broadcastCalendarYear(ctx.temporal, stored, ctx.now());
  return stored;
}
