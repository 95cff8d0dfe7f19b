import pino, { type Logger } from 'pino';
import type { Config } from './config';

export type { Logger };

/** JSON lines for machines; readable lines when a person watches a terminal in development. */
export function createLogger(config: Pick<Config, 'logLevel' | 'production'>): Logger {
  const pretty = !config.production && process.stdout.isTTY;
  return pino({
    level: config.logLevel,
    transport: pretty
      ? { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname' } }
      : undefined,
  });
}
