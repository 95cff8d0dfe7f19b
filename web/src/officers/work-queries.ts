import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { graphql } from '../gql';
import { useLive } from '../live';

/** The query keys of the officers' screens: a case at work, and the lists of tasks. */
export const WORK_KEYS = { case: (id: string) => ['work', id], tasks: ['tasks'] };

/** After a decision, a claim or a reassignment: the case and the lists are read again. */
export function invalidateWork(queries: QueryClient): Promise<void> {
  return Promise.all([
    queries.invalidateQueries({ queryKey: ['work'] }),
    queries.invalidateQueries({ queryKey: WORK_KEYS.tasks }),
  ]).then(() => undefined);
}

const TasksChanged = graphql(`
  subscription TasksChanged {
    tasksChanged {
      taskId
      applicationId
    }
  }
`);

/**
 * Keeps the officers' screens current without reloading: a change to any task of the agency,
 * made by anyone through any API process, reads the lists and that case again (after a break in
 * the stream, everything).
 */
export function useLiveWork(): void {
  const queries = useQueryClient();
  useLive(TasksChanged, {}, (change) => {
    const applicationId = change?.tasksChanged?.applicationId;
    void (applicationId
      ? Promise.all([
          queries.invalidateQueries({ queryKey: WORK_KEYS.tasks }),
          queries.invalidateQueries({ queryKey: WORK_KEYS.case(applicationId) }),
        ])
      : invalidateWork(queries));
  });
}
