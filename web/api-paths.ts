/**
 * The first segments of the API's own paths (two for `hall/tickets`: the desk's own hall screens
 * are under `/hall`): the desk's server never answers them with its page, and Vite's dev server
 * hands them on to the API. A module of its own, so that vite.config.ts
 * (which runs in Node) can read it without loading desk.ts's Express and file system.
 */
export const API_PATHS = [
  'graphql',
  'documents',
  'applications',
  'catalogue',
  'codec',
  'health',
  'metrics',
  'auth',
  'hall/tickets',
] as const;

/** A path under one of them, e.g. `/graphql`, `/graphql?query=…` or `/documents/1`, not `/graphqlx`. */
export const API_PATH = new RegExp(`^/(${API_PATHS.join('|')})([/?]|$)`);
