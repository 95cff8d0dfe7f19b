import type { ServiceLine } from '@prisma/client';
import { DAY_MS, isWorkingDay, localDate, localMidnight, type WorkCalendar } from '../domain/calendar';

export const SLOT_MINUTES = 30;
const SLOT_MS = SLOT_MINUTES * 60_000;

/** The hall's opening hours, China time, as minutes after midnight: 9:00–12:00 and 13:30–17:00. */
const OPENING_HOURS: ReadonlyArray<[number, number]> = [
  [9 * 60, 12 * 60],
  [13 * 60 + 30, 17 * 60],
];

/**
 * Appointments a slot takes, per line: the rest of each half hour is left to walk-ins, so that
 * booking never shuts out someone who came without one.
 */
export const SLOT_CAPACITY: Record<ServiceLine, number> = { ACCEPTANCE: 4, COLLECTION: 6, ENQUIRY: 6 };

/** Appointments one account may hold ahead at once (besides at most one per line and day). */
export const MAX_OPEN_APPOINTMENTS = 3;

/** The longest span `availableSlots` answers for at once. */
export const MAX_SLOT_DAYS = 31;

/** The starts of a day's slots (YYYY-MM-DD, China time); none on a day the hall does not work. */
export function slotStarts(calendar: WorkCalendar, date: string): Date[] {
  const midnight = localMidnight(date).getTime();
  if (!isWorkingDay(calendar, midnight)) return [];
  return OPENING_HOURS.flatMap(([open, close]) => {
    const starts: Date[] = [];
    for (let minute = open; minute + SLOT_MINUTES <= close; minute += SLOT_MINUTES) {
      starts.push(new Date(midnight + minute * 60_000));
    }
    return starts;
  });
}

/** The dates from `from` to `to`, both included (YYYY-MM-DD, China time). */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = localMidnight(from).getTime(); day <= localMidnight(to).getTime(); day += DAY_MS) {
    dates.push(localDate(day));
  }
  return dates;
}

/** Whether `start` begins one of the hall's slots on a working day. */
export function isSlotStart(calendar: WorkCalendar, start: Date): boolean {
  return slotStarts(calendar, localDate(start.getTime())).some((slot) => slot.getTime() === start.getTime());
}

export function slotEnd(start: Date): Date {
  return new Date(start.getTime() + SLOT_MS);
}

/** A booked appointment nobody arrived for by its slot's end did not show up (爽约). */
export function isNoShow(appointment: { status: string; slotStart: Date }, now: Date): boolean {
  return appointment.status === 'BOOKED' && slotEnd(appointment.slotStart) <= now;
}
