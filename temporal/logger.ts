import type { LogLevel, LogMetadata, Logger as TemporalLogger } from '@temporalio/worker';
import type { Logger } from '../logger';

const LEVELS: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = {
  TRACE: 'trace',
  DEBUG: 'debug',
  INFO: 'info',
  WARN: 'warn',
  ERROR: 'error',
};

/** The SDK's log lines go to our pino logger, at our level, as structured JSON. */
export function temporalLogger(log: Logger): TemporalLogger {
  const child = log.child({ component: 'temporal' });
  const write = (level: LogLevel) => (message: string, meta?: LogMetadata) => child[LEVELS[level]](meta ?? {}, message);
  return {
    log: (level, message, meta) => write(level)(message, meta),
    trace: write('TRACE'),
    debug: write('DEBUG'),
    info: write('INFO'),
    warn: write('WARN'),
    error: write('ERROR'),
  };
}
