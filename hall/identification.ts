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

/** The ticket whose QR code the window scanned, and what the hall knows of its holder. */
export async function identifyByQr(deps: HallDependencies, scanned: string): Promise<Identification> {
  const ticket = await deps.prisma.ticket.findUnique({ where: { qrToken: tokenOfScan(scanned) } });
  if (!ticket) throw clientError('NOT_FOUND', 'No ticket has this QR code');
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
