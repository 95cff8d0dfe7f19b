import type { Context } from '../api/context';
import type { CaseChange, RectificationChange } from './case-changes';

/**
 * What a subscriber hears: a case changed, a rectification changed, or the feed broke off (its
 * database connection dropped and came back), when anything may have changed unheard.
 */
export type FeedEvent =
  { kind: 'change'; change: CaseChange } | { kind: 'rectification'; change: RectificationChange } | { kind: 'gap' };

/**
 * A subscriber that falls this far behind hears one gap instead of its backlog: each change is
 * only a signal to read again, and a gap says "read everything again", so nothing is lost unheard
 * and no slow reader makes the process hold more.
 */
export const FOLLOWER_BACKLOG = 100;

// setTimeout takes at most 2^31 - 1 ms and fires at once past it; a follow that long simply ends.
const LONGEST_TIMEOUT = 2 ** 31 - 1;

/** One subscriber's events; `return` leaves. */
export interface FollowedEvents extends AsyncIterableIterator<FeedEvent> {
  return(): Promise<IteratorResult<FeedEvent>>;
}

/**
 * One subscriber's events. It hears every event from the moment it is made (not from its first
 * read), and leaving (`return`) ends it at once, even while a read waits.
 */
class Follower implements FollowedEvents {
  private readonly backlog: FeedEvent[] = [];
  private waiting?: (result: IteratorResult<FeedEvent>) => void;
  private ended = false;
  private readonly timer?: NodeJS.Timeout;

  constructor(
    private readonly leave: (follower: Follower) => void,
    until?: Date,
  ) {
    if (until) this.timer = setTimeout(() => this.end(), Math.min(until.getTime() - Date.now(), LONGEST_TIMEOUT));
  }

  push(event: FeedEvent): void {
    if (this.ended) return;
    const waiting = this.waiting;
    this.waiting = undefined;
    if (waiting) return waiting({ value: event, done: false });
    if (this.backlog.length >= FOLLOWER_BACKLOG) this.backlog.splice(0, this.backlog.length, { kind: 'gap' });
    else this.backlog.push(event);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    this.backlog.length = 0;
    this.leave(this);
    this.waiting?.({ value: undefined, done: true });
    this.waiting = undefined;
  }

  next(): Promise<IteratorResult<FeedEvent>> {
    const event = this.backlog.shift();
    if (event) return Promise.resolve({ value: event, done: false });
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => (this.waiting = resolve));
  }

  return(): Promise<IteratorResult<FeedEvent>> {
    this.end();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }
}

/** The changes of cases this process hears (live/change-listener.ts), handed to each subscriber. */
export interface CaseChangeFeed {
  /** Every event from now on, until the caller leaves, the feed closes, or `until` passes. */
  follow(options?: { until?: Date }): FollowedEvents;
  publish(event: FeedEvent): void;
  /** Ends every follower; a follow after this ends at once. */
  close(): void;
  /** How many follow now. */
  readonly size: number;
}

export function createChangeFeed(): CaseChangeFeed {
  const followers = new Set<Follower>();
  let closed = false;
  return {
    follow: ({ until } = {}) => {
      const follower = new Follower((leaving) => followers.delete(leaving), until);
      if (closed) follower.end();
      else followers.add(follower);
      return follower;
    },
    publish: (event) => followers.forEach((follower) => follower.push(event)),
    close: () => {
      closed = true;
      followers.forEach((follower) => follower.end());
    },
    get size() {
      return followers.size;
    },
  };
}

/**
 * What one subscriber gets of the feed: `select` reads, for each event, what this subscriber may
 * see of it (nothing, one thing or several), until the subscriber leaves or its token expires.
 * Leaving ends the follow at once, not at the next event, so a subscriber that has gone holds
 * nothing.
 */
export function subscriberEvents<Item>(
  { live, auth }: Pick<Context, 'live' | 'auth'>,
  select: (event: FeedEvent) => Promise<Item[]>,
): AsyncIterableIterator<Item> {
  const events = live.follow({ until: auth.identity ? auth.expiresAt : new Date() });
  const selected = (async function* () {
    for await (const event of events) yield* await select(event);
  })();
  return {
    next: () => selected.next(),
    return: async () => {
      await events.return();
      return selected.return(undefined);
    },
    throw: (error) => selected.throw(error),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
