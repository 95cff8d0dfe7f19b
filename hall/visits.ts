import type { Ticket } from '@prisma/client';
import { readableApplications } from '../api/access';
import { clientError } from '../api/errors';
import type { Identity } from '../api/identity';
import { finishTicket, type HallDependencies } from './tickets';

/** How many cases one visit to a window may be named for. */
export const MAX_CASES_PER_VISIT = 10;

/**
 * The window marks its called ticket served, naming the cases the visit was for. Every case must
 * be one the window can read; one it cannot (or that does not exist) is NOT_FOUND, and nothing
 * changes.
 */
export async function serveTicket(
  deps: HallDependencies,
  staff: Identity,
  input: { ticketId: string; applicationIds: string[] },
): Promise<Ticket> {
  const wanted = [...new Set(input.applicationIds)];
  const readable = await deps.prisma.application.findMany({
    where: { AND: [readableApplications(staff), { id: { in: wanted } }] },
    select: { id: true },
  });
  const found = new Set(readable.map((kase) => kase.id));
  const missing = wanted.filter((id) => !found.has(id));
  if (missing.length > 0) throw clientError('NOT_FOUND', `No application ${missing.join(', ')} the window can read`);
  return finishTicket(deps, input.ticketId, 'SERVED', wanted);
}
