import type { GraphQLResponse } from './graphql';

/** A GraphQL subscription over server-sent events, as the desk opens one (POST, bearer token). */
export interface Subscription<Data = Record<string, any>> {
  /** Every result heard so far, in order. */
  readonly results: Array<GraphQLResponse<Data>>;
  /** The first result (heard already or still to come) that `matches`; throws after `timeoutMs`. */
  next(matches: (result: GraphQLResponse<Data>) => boolean, timeoutMs?: number): Promise<GraphQLResponse<Data>>;
  /** Resolves when the stream ends (a broken one too). */
  readonly ended: Promise<void>;
  close(): void;
}

/**
 * Opens the subscription and resolves once the server has answered with its stream, which is
 * when the API follows the changes for it.
 */
export async function subscribe<Data = Record<string, any>>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Subscription<Data>> {
  const abort = new AbortController();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  if (!response.ok || !response.headers.get('content-type')?.startsWith('text/event-stream')) {
    throw new Error(`No event stream: ${response.status} ${await response.text()}`);
  }
  const results: Array<GraphQLResponse<Data>> = [];
  const waiters = new Set<() => void>();
  const heard = () => waiters.forEach((wake) => wake());
  const read = async () => {
    const decoder = new TextDecoder();
    let buffered = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffered += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const lines = buffered.slice(0, end).split('\n');
        buffered = buffered.slice(end + 2);
        const event = lines
          .find((line) => line.startsWith('event:'))
          ?.slice(6)
          .trim();
        const data = lines
          .filter((line) => line.startsWith('data:'))
          .map((line) => line.slice(5).trim())
          .join('\n');
        if (event === 'next' && data) {
          results.push(JSON.parse(data) as GraphQLResponse<Data>);
          heard();
        }
      }
    }
  };
  let done = false;
  let failure = '';
  const ended = read()
    .catch((error: unknown) => {
      if (!abort.signal.aborted) failure = ` (${String(error)})`;
    })
    .finally(() => {
      done = true;
      heard();
    });
  return {
    results,
    ended,
    close: () => abort.abort(),
    next: (matches, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = results.find(matches);
          if (found || done) {
            waiters.delete(check);
            clearTimeout(timer);
            if (found) resolve(found);
            else reject(new Error(`The stream ended${failure} without the result; heard ${JSON.stringify(results)}`));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`No such result within ${timeoutMs} ms; heard ${JSON.stringify(results)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
}
