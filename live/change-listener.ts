import type { Client } from 'pg';
import type { Logger } from '../logger';
import {
  CASE_CHANGES_CHANNEL,
  parseCaseChange,
  parseRectificationChange,
  RECTIFICATION_CHANGES_CHANNEL,
} from './case-changes';
import type { CaseChangeFeed } from './change-feed';

/** How long to wait before each attempt to listen again after the connection dropped; the last repeats. */
export const RECONNECT_DELAYS_MS = [100, 250, 500, 1000, 2000, 5000];

export interface ChangeListenerDependencies {
  /** A new, unconnected client of the read model's database: one for each (re)connection. */
  connect: () => Client;
  feed: CaseChangeFeed;
  log: Logger;
  reconnectDelaysMs?: number[];
}

export interface ChangeListener {
  /** Stops listening, for good, and ends every subscriber's follow. */
  close(): Promise<void>;
}

/**
 * The process's one connection that LISTENs to the changes of cases, whichever process made them,
 * and publishes each to the feed. Prisma's pool cannot LISTEN, so this is a `pg` client of its
 * own. When the connection drops it connects again, waiting longer each time; once back it tells
 * the subscribers that changes may have gone unheard meanwhile.
 */
export async function listenForCaseChanges({
  connect,
  feed,
  log,
  reconnectDelaysMs = RECONNECT_DELAYS_MS,
}: ChangeListenerDependencies): Promise<ChangeListener> {
  let current: Client | undefined;
  let closing = false;
  let retry: NodeJS.Timeout | undefined;
  let failures = 0;

  const open = async (): Promise<void> => {
    const client = connect();
    // A client whose connection fails emits 'error', and may end too; either is a drop, once.
    client.on('error', (error) => dropped(client, error));
    client.on('end', () => dropped(client));
    client.on('notification', ({ channel, payload }) => {
      if (channel === CASE_CHANGES_CHANNEL) {
        const change = parseCaseChange(payload);
        if (change) feed.publish({ kind: 'change', change });
        else log.warn({ payload }, 'A notification of a changed case could not be read; it is ignored');
      } else if (channel === RECTIFICATION_CHANGES_CHANNEL) {
        const change = parseRectificationChange(payload);
        if (change) feed.publish({ kind: 'rectification', change });
        else log.warn({ payload }, 'A notification of a changed rectification could not be read; it is ignored');
      }
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${CASE_CHANGES_CHANNEL}; LISTEN ${RECTIFICATION_CHANGES_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (closing) return void (await client.end());
    current = client;
  };

  const reconnectLater = () => {
    const delay = reconnectDelaysMs[Math.min(failures, reconnectDelaysMs.length - 1)];
    failures += 1;
    retry = setTimeout(() => {
      open().then(
        () => {
          if (closing) return;
          log.info({ attempts: failures }, 'Live updates: listening again; subscribers re-read what they show');
          failures = 0;
          feed.publish({ kind: 'gap' });
        },
        (error: unknown) => {
          if (closing) return;
          log.warn(
            { err: error, retryInMs: reconnectDelaysMs[Math.min(failures, reconnectDelaysMs.length - 1)] },
            'Live updates: cannot listen yet',
          );
          reconnectLater();
        },
      );
    }, delay);
  };

  function dropped(client: Client, error?: Error): void {
    if (closing || client !== current) return;
    current = undefined;
    log.warn({ err: error }, 'Live updates: the database connection that listens for changes dropped; reconnecting');
    reconnectLater();
  }

  // The first connection is part of starting: a database that cannot be reached stops the start.
  await open();
  return {
    close: async () => {
      closing = true;
      clearTimeout(retry);
      feed.close();
      const client = current;
      current = undefined;
      await client?.end();
    },
  };
}
