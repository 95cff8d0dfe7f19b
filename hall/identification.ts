import type { Ticket } from '@prisma/client';
import { clientError } from '../api/errors';
import { tokenOfScan } from './ticket-link';
import type { HallDependencies } from './tickets';

/** How many of a person's earlier tickets the window is shown. */
const EARLIER_TICKETS = 20;

export interface Identification {
  ticket: Ticket;
  /** The person's earlier tickets by the same ID number, newest first. */
  earlierTickets: Ticket[];
  /**
   * The applicant accounts the person has come under: those whose appointments they arrived for
   * with this ID card. A walk-in ticket names no account, so it links to no case.
   */
  applicantIds: string[];
}

/**
 * A ticket, found by the QR code the window scanned or by its id (the ticket the window called),
 * and what the hall knows of its holder.
 */
export async function identifyTicket(
  deps: HallDependencies,
  by: { scanned: string } | { id: string },
): Promise<Identification> {
  const ticket = await deps.prisma.ticket.findUnique({
    where: 'scanned' in by ? { qrToken: tokenOfScan(by.scanned) } : { id: by.id },
  });
  if (!ticket) throw clientError('NOT_FOUND', 'scanned' in by ? 'No ticket has this QR code' : `No ticket ${by.id}`);
  if (!ticket.idNumber)
    return { ticket, earlierTickets: [], applicantIds: ticket.applicantId ? [ticket.applicantId] : [] };
  const [earlierTickets, accounts] = await Promise.all([
    deps.prisma.ticket.findMany({
      where: { idNumber: ticket.idNumber, id: { not: ticket.id } },
      orderBy: { takenAt: 'desc' },
      take: EARLIER_TICKETS,
    }),
    deps.prisma.ticket.findMany({
      where: { idNumber: ticket.idNumber, applicantId: { not: null } },
      distinct: ['applicantId'],
      select: { applicantId: true },
    }),
  ]);
  return { ticket, earlierTickets, applicantIds: accounts.map((account) => account.applicantId!) };
}
