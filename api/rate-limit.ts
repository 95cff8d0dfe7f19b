import type { Request, RequestHandler, Response } from 'express';
import { Kind, type DefinitionNode, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { requestAuthentication } from './auth';
import { clientError, sendError } from './errors';
import { mutationCount } from './query-limits';

const WINDOW_MS = 60_000;

/** Whose allowance a request draws on: the token's subject, or the address when anonymous. */
function callerKey(req: Request, res: Response): string {
  const auth = requestAuthentication(res);
  return auth.identity ? `sub:${auth.identity.sub}` : `ip:${req.ip}`;
}

/**
 * At most `perMinute` requests per person in a sliding minute, in this process; a request that
 * makes several changes counts once for each. 0 turns it off. Several API processes each count
 * apart.
 */
export class RateLimiter {
  private readonly recent = new Map<string, number[]>();
  private lastSweep = Date.now();

  constructor(private readonly perMinute: number) {}

  /** Takes `cost` from the caller's allowance; the seconds to wait instead, if it has not that much left. */
  private take(key: string, cost: number): number | undefined {
    if (this.perMinute <= 0) return undefined;
    const now = Date.now();
    if (now - this.lastSweep > WINDOW_MS) {
      for (const [caller, times] of this.recent)
        if (times[times.length - 1] < now - WINDOW_MS) this.recent.delete(caller);
      this.lastSweep = now;
    }
    const times = (this.recent.get(key) ?? []).filter((time) => time > now - WINDOW_MS);
    if (times.length + cost > this.perMinute) {
      const oldest = times[Math.max(0, times.length + cost - 1 - this.perMinute)] ?? now;
      return Math.max(1, Math.ceil((oldest + WINDOW_MS - now) / 1000));
    }
    for (let taken = 0; taken < cost; taken += 1) times.push(now);
    this.recent.set(key, times);
    return undefined;
  }

  private message(retryAfter: number): string {
    return `More than ${this.perMinute} requests a minute; try again in ${retryAfter} s`;
  }

  /** Every request costs one. */
  readonly requests: RequestHandler = (req, res, next) => {
    const retryAfter = this.take(callerKey(req, res), 1);
    if (retryAfter === undefined) return next();
    res.set('retry-after', String(retryAfter));
    sendError(res, 'RATE_LIMITED', this.message(retryAfter));
  };

  /** Each mutation of an operation past the first costs one more, before any of them runs. */
  plugin(): Plugin<{ req: Request; res: Response }> {
    return {
      onExecute: ({ args, setResultAndStopExecution }) => {
        const document = args.document as DocumentNode;
        const operation = document.definitions.find(
          (definition: DefinitionNode): definition is OperationDefinitionNode =>
            definition.kind === Kind.OPERATION_DEFINITION &&
            (!args.operationName || definition.name?.value === args.operationName),
        );
        const extra = operation ? mutationCount(document, operation) - 1 : 0;
        if (extra <= 0) return;
        const { req, res } = args.contextValue;
        const retryAfter = this.take(callerKey(req, res), extra);
        if (retryAfter === undefined) return;
        setResultAndStopExecution({
          errors: [clientError('RATE_LIMITED', this.message(retryAfter), { retryAfter })],
        });
      },
    };
  }
}
