import pino from 'pino';
import { resolveTemporalCli } from '../worker/temporal-cli';

/**
 * Finds (or, the first time on a machine, builds) the Temporal CLI once for the whole run;
 * the test files read its path from TEMPORAL_CLI_PATH.
 */
export default async function globalSetup() {
  const log = pino({ level: 'info', base: undefined, timestamp: false });
  process.env.TEMPORAL_CLI_PATH = await resolveTemporalCli({ cliPath: process.env.TEMPORAL_CLI_PATH, log });
}
