import type { ServiceLine } from '@prisma/client';
import { distribution, type Distribution } from './case-figures';

/** What the queue recorded of a ticket: when it was taken, called and finished, and how it ended. */
export interface TicketRecordForFigures {
  line: ServiceLine;
  status: string;
  takenAt: Date;
  calledAt?: Date;
  finishedAt?: Date;
}

export interface QueueFigures {
  line: ServiceLine;
  taken: number;
  served: number;
  absent: number;
  /** Minutes from taking the ticket to being called, of the tickets called. */
  waitingMinutes: Distribution;
  /** Minutes at the window, of the tickets served. */
  serviceMinutes: Distribution;
}

const minutes = (from: Date, to: Date) => (to.getTime() - from.getTime()) / 60_000;

/** Per service line: the seed's promise is under 5 minutes of waiting at the one-window desks. */
export function queueFigures(tickets: TicketRecordForFigures[]): QueueFigures[] {
  const lines = [...new Set(tickets.map((ticket) => ticket.line))].sort();
  return lines.map((line) => {
    const group = tickets.filter((ticket) => ticket.line === line);
    const served = group.filter((ticket) => ticket.status === 'SERVED' && ticket.calledAt && ticket.finishedAt);
    return {
      line,
      taken: group.length,
      served: served.length,
      absent: group.filter((ticket) => ticket.status === 'ABSENT').length,
      waitingMinutes: distribution(
        group.filter((ticket) => ticket.calledAt).map((ticket) => minutes(ticket.takenAt, ticket.calledAt!)),
      ),
      serviceMinutes: distribution(served.map((ticket) => minutes(ticket.calledAt!, ticket.finishedAt!))),
    };
  });
}
