/** What the calling order reads of a waiting ticket. */
export interface QueuedTicket {
  takenAt: Date;
  /** The start of the appointment's slot, for a ticket taken on arrival for one. */
  dueAt: Date | null;
  greenMarkedAt: Date | null;
}

/**
 * Who is called first: green-channel tickets (in the order they were marked), then appointments
 * whose slot has started (in the order of their slots), then everyone else in the order they took
 * their tickets. An appointment before its time waits as a walk-in: arriving early earns no place.
 */
export function callingOrder<Ticket extends QueuedTicket>(tickets: Ticket[], now: Date): Ticket[] {
  const rank = (ticket: QueuedTicket): [number, number] => {
    if (ticket.greenMarkedAt) return [0, ticket.greenMarkedAt.getTime()];
    if (ticket.dueAt && ticket.dueAt <= now) return [1, ticket.dueAt.getTime()];
    return [2, ticket.takenAt.getTime()];
  };
  return tickets
    .map((ticket) => ({ ticket, rank: rank(ticket) }))
    .sort(
      (a, b) =>
        a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.ticket.takenAt.getTime() - b.ticket.takenAt.getTime(),
    )
    .map(({ ticket }) => ticket);
}
