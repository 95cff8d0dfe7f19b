import { useEffect, useRef } from 'react';
import type { TypedDocumentString } from './gql/graphql';
import { currentToken } from './session';

/** Waits before each attempt to open the stream again; the last repeats. */
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10_000, 30_000];

/** Answers that another attempt would only repeat: the stream stays closed. */
const FINAL_CODES = new Set([
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
]);

interface StreamedResult<Result> {
  data?: Result | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

/** The events of a server-sent event stream, as `event` and `data`, until it ends. */
async function* serverSentEvents(body: ReadableStream<Uint8Array>): AsyncGenerator<{ event?: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const lines = buffered.slice(0, end).split('\n');
        buffered = buffered.slice(end + 2);
        const field = (name: string) =>
          lines.filter((line) => line.startsWith(`${name}:`)).map((line) => line.slice(name.length + 1).trimStart());
        yield { event: field('event')[0], data: field('data').join('\n') };
      }
    }
  } finally {
    // Left early (a final answer) or broken: either way the response is done with.
    await reader.cancel().catch(() => undefined);
  }
}

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

/**
 * Follows a GraphQL subscription over server-sent events with the signed-in person's token (an
 * EventSource could not send it), opening it again when it breaks, until `signal` aborts. Returns
 * when the API refuses it for good or nobody is signed in.
 */
async function follow<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  onChange: (data?: Result) => void,
  signal: AbortSignal,
): Promise<void> {
  let failures = 0;
  while (!signal.aborted) {
    const token = currentToken();
    if (!token) return;
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: document.toString(), variables }),
        signal,
      });
      if (!response.ok || !response.body) throw new Error(`The live stream answered ${response.status}`);
      // Whatever happened before the stream began went unheard: since the page's first read, or
      // during a break. One more read covers it.
      onChange();
      for await (const { event, data } of serverSentEvents(response.body)) {
        if (event !== 'next' || !data) continue;
        const result = JSON.parse(data) as StreamedResult<Result>;
        if (result.errors?.some((error) => FINAL_CODES.has(error.extensions?.code ?? ''))) return;
        failures = 0;
        onChange(result.data ?? undefined);
      }
    } catch {
      if (signal.aborted) return;
    }
    // The stream ended (the token expired, the API stopped) or broke: open it again, a bit later.
    await pause(RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length - 1)], signal);
    failures += 1;
  }
}

/**
 * Calls `onChange` each time the subscription yields, with its data, and with nothing each time
 * the stream opens (first or again after a break), when anything may have changed unheard. It is closed when the
 * component unmounts (the desk remounts its screens when the person changes, so signing out
 * closes it too).
 *
 * ```tsx
 * const queries = useQueryClient();
 * useLive(TasksChanged, {}, () => void queries.invalidateQueries({ queryKey: ['inbox'] }));
 * ```
 */
export function useLive<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  onChange: (data?: Result) => void,
): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const token = currentToken();
  const key = JSON.stringify(variables);
  useEffect(() => {
    const abort = new AbortController();
    void follow(document, JSON.parse(key) as Variables, (data) => latest.current(data), abort.signal);
    return () => abort.abort();
  }, [document, key, token]);
}
