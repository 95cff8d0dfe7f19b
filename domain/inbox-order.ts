/**
 * The agency inbox's order by deadline: the task due first; among tasks due at the same moment,
 * those of green-channel cases (绿色通道) first, in the order they were marked; then the oldest.
 * The server pages in it (`INBOX_ORDER_BY_DEADLINE`, a Prisma orderBy) and the desk merges its
 * lists with `byDeadline`: both are written here, side by side, so that they stay one rule. This
 * module has no imports: the desk imports it.
 */
export const INBOX_ORDER_BY_DEADLINE = [
  { dueAt: { sort: 'asc', nulls: 'last' } },
  { application: { greenMarkedAt: { sort: 'asc', nulls: 'last' } } },
  { createdAt: 'asc' },
  { id: 'asc' },
] as const;

/** What the order reads of a task; moments as dates or as the API's ISO text. */
export interface InboxPlace {
  id: string;
  dueAt: Date | string | null;
  greenMarkedAt: Date | string | null;
  createdAt: Date | string;
}

const time = (moment: Date | string | null) => (moment === null ? Infinity : new Date(moment).getTime());

export function byDeadline(a: InboxPlace, b: InboxPlace): number {
  return (
    time(a.dueAt) - time(b.dueAt) ||
    time(a.greenMarkedAt) - time(b.greenMarkedAt) ||
    time(a.createdAt) - time(b.createdAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}
