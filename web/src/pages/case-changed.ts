import { useQueryClient } from '@tanstack/react-query';

/** Everything on screen about the case is fetched again once the applicant changed it. */
export function useCaseChanged(id: string) {
  const queries = useQueryClient();
  // ['case', id] holds the case page and its supplement form alike.
  return () =>
    Promise.all([
      queries.invalidateQueries({ queryKey: ['case', id] }),
      queries.invalidateQueries({ queryKey: ['my-cases'] }),
    ]);
}
