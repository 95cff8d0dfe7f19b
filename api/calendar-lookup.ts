import type { WorkCalendar } from '../workflows/process/calendar';
import { currentCalendar } from '../prisma/calendar/calendar-store';
import type { Context } from './context';

// One read per request, however many SLA figures the request asks for.
const perRequest = new WeakMap<Context, Promise<WorkCalendar>>();

/** The current calendar, read once for the request it serves. */
export function requestCalendar(ctx: Context): Promise<WorkCalendar> {
  let calendar = perRequest.get(ctx);
  if (!calendar) {
    calendar = currentCalendar(ctx.prisma);
    perRequest.set(ctx, calendar);
  }
  return calendar;
}
