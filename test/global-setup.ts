import pino from 'pino';
import { resolveTemporalCli } from '../temporal/cli';
import { builtDesk } from '../web/desk';
import { freePort } from './helpers/ports';
import { startPostgres } from './helpers/postgres-server';

/**
 * Finds (or, the first time on a machine, builds) the Temporal CLI once for the whole run; the
 * test files read its path from TEMPORAL_CLI_PATH. The run also gets a PostgreSQL server of its
 * own (TEST_DATABASE_URL), unless one is given; each test file makes its databases there.
 */
export default async function globalSetup() {
  const log = pino({ level: 'info', base: undefined, timestamp: false });
  process.env.TEMPORAL_CLI_PATH = await resolveTemporalCli({ cliPath: process.env.TEMPORAL_CLI_PATH, log });
  // Once here, so the services of test files running side by side never build it at once.
  await builtDesk(log);
  if (!process.env.TEST_DATABASE_URL) {
    const server = startPostgres(await freePort());
    process.env.TEST_DATABASE_URL = server.url;
    (globalThis as { stopPostgres?: () => void }).stopPostgres = server.stop;
    log.info(`Testing against a PostgreSQL server at ${server.url}`);
  }
}
