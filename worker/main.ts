import { Runtime } from '@temporalio/worker';
import { loadConfig } from '../config';
import { createLogger } from '../logger';
import { temporalLogger } from './temporal-logger';
import { startService } from './service';

async function main() {
  const config = loadConfig();
  const log = createLogger(config);
  // Our own signal handlers stop everything in order; the SDK's would stop the worker alone.
  Runtime.install({ logger: temporalLogger(log), shutdownSignals: [] });
  const started = Date.now();
  const service = await startService(config, log);
  log.info(
    { graphql: service.url, temporal: service.temporalAddress, temporalUi: service.temporalUiUrl },
    `Lianban is ready in ${((Date.now() - started) / 1000).toFixed(1)} s: GraphQL (and GraphiQL) at ${service.url}` +
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
    log.fatal({ err: error }, 'The service cannot go on');
    await service.stop().catch((stopError: unknown) => log.error({ err: stopError }, 'Error while stopping'));
    process.exit(1);
  });
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
