import { parseArgs } from 'node:util';
import { Runtime } from '@temporalio/worker';
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger } from '../logger';
import { temporalLogger } from '../temporal/logger';
import { startService, type ServiceParts } from './service';
import { exitWithSupervisor, tellSupervisor } from './worker-process';

/**
 * `npm start` runs everything: this process serves the API and owns the embedded database and
 * dev server, and starts the worker as its child. `npm run worker` (`--only worker`) and `npm
 * run api` (`--only api`) run one part, as many processes as the load needs. Those share a
 * Temporal server and a PostgreSQL server: the embedded ones belong to one `npm start`.
 */
function partsToRun(config: Config): ServiceParts {
  const { values } = parseArgs({ options: { only: { type: 'string' } } });
  if (values.only === undefined)
    return { api: true, worker: 'child', carrierSimulator: config.delivery.localSimulator };
  if (values.only !== 'api' && values.only !== 'worker') throw new ConfigError('--only must be api or worker');
  const missing = [
    ...(config.temporal.address ? [] : ['TEMPORAL_ADDRESS (a Temporal server all processes share)']),
    ...(config.databaseUrl ? [] : ['DATABASE_URL (a PostgreSQL server all processes share)']),
  ];
  if (missing.length > 0) throw new ConfigError(`npm run ${values.only} needs ${missing.join(' and ')}`);
  return { api: values.only === 'api', worker: values.only === 'worker' ? 'here' : 'none' };
}

async function main() {
  // First of all: a parent that dies while this worker process starts must take it along.
  exitWithSupervisor();
  // What this process and the servers it starts write (database, documents, secrets, Temporal's
  // store) is for this user alone.
  process.umask(0o077);
  const config = loadConfig();
  const parts = partsToRun(config);
  const log = createLogger(config);
  for (const deprecation of config.deprecations) log.warn(deprecation);
  // Our own signal handlers stop everything in order; the SDK's would stop the worker alone.
  Runtime.install({ logger: temporalLogger(log), shutdownSignals: [] });
  const started = Date.now();
  const service = await startService(config, log, parts);
  tellSupervisor({ type: 'ready' });
  if (!config.supervisorPid)
    log.info(
      { graphql: service.url, temporal: service.temporalAddress, temporalUi: service.temporalUiUrl, parts },
      `Lianban is ready in ${((Date.now() - started) / 1000).toFixed(1)} s` +
        (service.url ? `: GraphQL (and GraphiQL) at ${service.url}` : ': worker polling') +
        (service.temporalUiUrl ? `, Temporal Web UI at ${service.temporalUiUrl}` : ''),
    );
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal}: stopping`);
    service.stop().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'Error while stopping');
        process.exit(1);
      },
    );
  };
  service.failure.catch(async (error: unknown) => {
    if (stopping) return;
    stopping = true;
    log.fatal({ err: error }, 'The service cannot go on');
    await service.stop().catch((stopError: unknown) => log.error({ err: stopError }, 'Error while stopping'));
    process.exit(1);
  });
  // A terminal's Ctrl-C, or its closing (SIGHUP), reaches the worker process too; its
  // supervisor stops it in order.
  for (const signal of ['SIGINT', 'SIGHUP'] as const)
    process.on(signal, () => (config.supervisorPid ? undefined : shutdown(signal)));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
