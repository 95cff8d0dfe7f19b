import { useInfiniteQuery } from '@tanstack/react-query';
import { request } from '../../api';
import { graphql } from '../../gql';

const HistoryQuery = graphql(`
  query AuditCaseHistory($id: ID!, $after: String) {
    caseHistory(id: $id, first: 50, after: $after) {
      totalCount
      nodes {
        eventId
        at
        type
        actor
        action
        inputs
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/**
 * A case's readable history fifty events at a time, read by the history table and the state
 * stepper alike, so that stepping past the last event read loads the next page of both.
 */
export function useCaseHistory(id: string) {
  const pages = useInfiniteQuery({
    queryKey: ['audit', 'history', id],
    queryFn: ({ pageParam }) => request(HistoryQuery, { id, after: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => (last.caseHistory.pageInfo.hasNextPage ? last.caseHistory.pageInfo.endCursor : null),
  });
  const entries = pages.data?.pages.flatMap((page) => page.caseHistory.nodes) ?? [];
  return { ...pages, entries, totalCount: pages.data?.pages[0]?.caseHistory.totalCount };
}

export type HistoryEntry = ReturnType<typeof useCaseHistory>['entries'][number];
