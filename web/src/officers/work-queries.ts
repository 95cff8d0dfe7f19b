import type { QueryClient } from '@tanstack/react-query';

/** The query keys of the officers' screens: a case at work, and the lists of tasks. */
export const WORK_KEYS = { case: (id: string) => ['work', id], tasks: ['tasks'] };

/** After a decision, a claim or a reassignment: the case and the lists are read again. */
export function invalidateWork(queries: QueryClient): Promise<void> {
  return Promise.all([
    queries.invalidateQueries({ queryKey: ['work'] }),
    queries.invalidateQueries({ queryKey: WORK_KEYS.tasks }),
  ]).then(() => undefined);
}
