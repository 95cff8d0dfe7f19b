import type { QueryClient } from '@tanstack/react-query';

/** Every query of the catalogue screens starts with this key, so that a change refetches them all. */
export const CATALOGUE_ADMIN = 'catalogue-admin';

/** After a change to the catalogue: the administrators' screens and the public catalogue fetch again. */
export async function catalogueChanged(queries: QueryClient) {
  await Promise.all([
    queries.invalidateQueries({ queryKey: [CATALOGUE_ADMIN] }),
    queries.invalidateQueries({ queryKey: ['catalogue'] }),
  ]);
}

/** Where each version is worked on: a draft is edited, a version in review reviewed, others read in the item's versions. */
export function versionPath(code: string, version: number, status: string): string {
  if (status === 'DRAFT') return `/admin/catalogue/${code}/${version}/edit`;
  if (status === 'IN_REVIEW') return `/admin/catalogue/${code}/${version}/review`;
  return `/admin/catalogue/${code}`;
}

/** The printed notice (告知单) of a published version: a public address, no token needed. */
export const noticePath = (code: string, version: number) =>
  `/catalogue/${encodeURIComponent(code)}/${version}/notice.pdf`;
