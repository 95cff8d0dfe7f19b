import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type DestinationStream, type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/**
 * What every log line written while serving one request carries (its request id), whoever
 * writes it: the API, graphql-yoga, a library deep in the call.
 */
export const logContext = new AsyncLocalStorage<{ requestId: string }>();

/** JSON lines for machines; readable lines when a person watches a terminal in development. */
export function createLogger(config: Pick<Config, 'logLevel' | 'production'>, destination?: DestinationStream): Logger {
  const pretty = !config.production && process.stdout.isTTY && !destination;
  const options = {
    level: config.logLevel,
    mixin: () => logContext.getStore() ?? {},
    transport: pretty
      ? { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } }
      : undefined,
  };
  return destination ? pino(options, destination) : pino(options);
}
