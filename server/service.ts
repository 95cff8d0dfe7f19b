import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PrismaClient } from '@prisma/client';
import type { Client } from '@temporalio/client';
import { NativeConnection, type Worker } from '@temporalio/worker';
import { Client as PgClient } from 'pg';
import { codecRoutes } from '../audit/codec-routes';
import { httpCarrier } from '../delivery/carrier';
import { deliveryWebhookRoute } from '../delivery/webhook-route';
import { reachableOrigin, startLocalCarrier } from '../delivery/local-carrier';
import { documentRoutes } from '../documents/document-routes';
import { FileDocumentStore } from '../documents/document-store';
import { guideRoutes } from '../service-guide/guide-routes';
import { ticketRoutes } from '../hall/ticket-routes';
import { buildApp, type HealthCheck } from '../api/app';
import { broadcastSeededYears } from '../calendar/calendar-broadcast';
import { createAuthenticator } from '../api/auth';
import { providerKeys } from '../api/provider-keys';
import { signInRoutes } from '../sign-in/sign-in-routes';
import { createMetrics } from '../api/metrics';
import { createChangeFeed } from '../live/change-feed';
import { listenForCaseChanges } from '../live/change-listener';
import { armFailpoints } from '../failpoints';
import { applicationIdSecret, authSecret } from '../api/secret';
import { localOrigin, type Config } from '../config';
import { makeDataDirPrivate } from '../data-dir';
import type { Logger } from '../logger';
import { openDatabase } from '../prisma/database';
import { prepareDatabase } from './prepare-database';
import { schema } from '../schema';
import { createApprovalWorker } from '../worker/approval-worker';
import { builtDesk, deskRoutes } from '../web/desk';
import { scheduleUploadCleanup } from '../documents/upload-cleanup-schedule';
import { scheduleRatingInvitations } from '../ratings/invitation-schedule';
import { startWorkerProcess, tellSupervisor } from './worker-process';
import { provideTemporal } from '../temporal/connection';
import { temporalConnectionOptions } from '../temporal/options';

export interface ServiceParts {
  /** The GraphQL API and document downloads. */
  api: boolean;
  /**
   * The Temporal worker that runs the approval workflows and their activities: in this process
   * (`here`), in a child process this one starts and stops (`child`, what `npm start` does, so
   * that the worker and the API each have an event loop and a core), or not at all.
   */
  worker: 'here' | 'child' | 'none';
  /** The carrier simulator at CARRIER_URL, reporting to this API (`npm start` without a carrier). */
  carrierSimulator?: boolean;
}

export interface RunningService {
  /** The GraphQL endpoint, when this process serves the API. */
  url?: string;
  /** The read model, for embedding and tests; every change to a case still goes to Temporal. */
  prisma: PrismaClient;
  /** The service's Temporal client, likewise. */
  temporal: Client;
  temporalAddress: string;
  temporalUiUrl?: string;
  /** Rejects if the worker stops by itself: the process should then exit and be restarted. */
  failure: Promise<never>;
  stop(): Promise<void>;
}

/** The `application_name` of each API process's LISTEN connection, followed by its pid. */
export const LIVE_APPLICATION_NAME = 'lianban live updates';

/** Required only when an OTLP endpoint is configured: without one, tracing loads and costs nothing. */
function loadTracing(): typeof import('./tracing.js') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('./tracing') as typeof import('./tracing.js');
}

/** The dev server's Web UI, by either name of the loopback host a browser may use for it. */
function webUiOrigins(uiUrl: string | undefined): string[] {
  if (!uiUrl) return [];
  const { port, protocol } = new URL(uiUrl);
  return [`${protocol}//localhost:${port}`, `${protocol}//127.0.0.1:${port}`];
}

async function runWorker(worker: Worker, stops: Array<() => Promise<void>>): Promise<never> {
  let stopping = false;
  const running = worker.run();
  stops.push(async () => {
    stopping = true;
    if (worker.getState() === 'RUNNING') worker.shutdown();
    await running;
  });
  await running;
  if (!stopping) throw new Error('The approval worker stopped by itself');
  return new Promise<never>(() => undefined);
}

/**
 * A second `npm start` on this machine finds the port taken, most likely by the first one's
 * simulator: it books there too, and the service starts all the same.
 */
async function startCarrierSimulatorPart(
  config: Config,
  log: Logger,
  apiPort: number,
  stops: Array<() => Promise<void>>,
): Promise<void> {
  try {
    const simulator = await startLocalCarrier(config, reachableOrigin(config.host, apiPort));
    stops.push(() => simulator.close());
    log.info(`Carrier simulator at ${simulator.url}: each parcel moves on by itself (set CARRIER_URL for a carrier)`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    log.warn(`Something already listens at ${config.delivery.carrierUrl}: waybills are booked there`);
  }
}

/**
 * Starts the parts of Lianban this process runs: `npm start` runs both on one machine (the
 * worker in a child process); `npm run worker` and `npm run api` run one each, as many
 * processes as the load needs.
 */
export async function startService(
  config: Config,
  log: Logger,
  parts: ServiceParts = { api: true, worker: 'here' },
): Promise<RunningService> {
  armFailpoints(config.failpoints, config.supervisorPid ? [config.supervisorPid] : []);
  makeDataDirPrivate(config.dataDir);
  const database = await openDatabase({ ...config, log });
  const stops: Array<() => Promise<void>> = [() => database.close()];
  // Every step runs even if one before it fails, so nothing is left open.
  const stop = async () => {
    const failures: unknown[] = [];
    for (const step of stops.splice(0).reverse()) await step().catch((error: unknown) => failures.push(error));
    if (failures.length > 0) throw new AggregateError(failures, 'Some parts did not stop cleanly');
  };
  try {
    const { migrated, seeded, calendarYears } = await prepareDatabase(database);
    if (calendarYears.length > 0) log.info({ years: calendarYears }, 'Seeded the working-day calendar');
    if (migrated.length > 0) log.info({ migrations: migrated }, 'Applied database migrations');
    if (seeded.itemsCreated.length > 0) log.info({ items: seeded.itemsCreated }, 'Seeded the catalogue');

    const tracing = config.tracing ? loadTracing().startTracing(config.tracing, log) : undefined;
    if (tracing) stops.push(() => tracing.shutdown());
    const temporal = await provideTemporal(config, log, tracing?.clientInterceptors);
    stops.push(() => temporal.close());
    await broadcastSeededYears(database.prisma, temporal.client, calendarYears, new Date());
    const documents = new FileDocumentStore(path.join(config.dataDir, 'documents'));
    const health: Record<string, HealthCheck> = {
      database: async () => {
        await database.prisma.$queryRaw`SELECT 1`;
      },
      temporal: async () => {
        await temporal.connection.workflowService.getSystemInfo({});
      },
    };

    const metrics = createMetrics(database.prisma);
    let failure = new Promise<never>(() => undefined);
    if (parts.worker === 'child') {
      const child = startWorkerProcess({
        temporalAddress: temporal.address,
        databaseUrl: database.url,
        log,
        // The child has logged it; the count belongs to this process's /metrics.
        onRefusedWrite: () => metrics.countRefusedWrite(),
      });
      stops.push(() => child.stop());
      await Promise.race([child.ready, child.failure]);
      failure = child.failure;
      health.worker = async () => {
        if (!child.running()) throw new Error('the worker process is not running');
      };
    }
    if (parts.worker === 'here') {
      const workerConnection = await NativeConnection.connect(
        temporalConnectionOptions(config.temporal, temporal.address),
      );
      stops.push(() => workerConnection.close());
      const worker = await createApprovalWorker({
        connection: workerConnection,
        namespace: config.temporal.namespace,
        prisma: database.prisma,
        database,
        documents,
        issuer: { divisionCode: config.hallDivisionCode },
        carrier: httpCarrier(config.delivery.carrierUrl),
        onRefusedWrite: (applicationId, reason) => {
          metrics.countRefusedWrite();
          log.error({ applicationId, reason }, 'The read model refused a change of a case; its update failed');
          tellSupervisor({ type: 'refused-write', applicationId, reason });
        },
        temporal: temporal.client,
        dataConverter: temporal.client.options.dataConverter,
        tracing: tracing?.workerOptions,
      });
      failure = runWorker(worker, stops);
      await scheduleUploadCleanup(temporal.client, config.documents.unattachedKeptDays);
      await scheduleRatingInvitations(temporal.client);
      health.worker = async () => {
        if (worker.getState() !== 'RUNNING') throw new Error(`worker is ${worker.getState()}`);
      };
    }

    let url: string | undefined;
    if (parts.api) {
      const desk = deskRoutes(await builtDesk(log), { identityProvider: config.auth.oidc?.issuer });
      if (config.auth.demoSignIn) log.warn('DEMO_SIGN_IN is on: /sign-in signs in anyone as anyone, from this machine');
      const secret = authSecret(config);
      const live = createChangeFeed();
      const listener = await listenForCaseChanges({
        // Named with the process, so that an operator (or a test) can tell each API's listener
        // apart in pg_stat_activity.
        connect: () =>
          new PgClient({
            connectionString: database.url,
            application_name: `${LIVE_APPLICATION_NAME} ${process.pid}`,
            keepAlive: true,
            // Probes start after 30 s, so a connection whose peer vanished is noticed within minutes,
            // not after the system default of two hours.
            keepAliveInitialDelayMillis: 30_000,
          }),
        feed: live,
        log,
      });
      stops.push(() => listener.close());
      const app = buildApp({
        schema,
        prisma: database.prisma,
        temporal: temporal.client,
        documents: {
          store: documents,
          maxBytes: config.documents.maxBytes,
          quotaBytes: config.documents.unattachedQuotaBytes,
        },
        authenticate: createAuthenticator({ ...config.auth, secret, keys: providerKeys(config.auth) }),
        log,
        production: config.production,
        debugErrors: config.debugErrors,
        applicationIdSecret: applicationIdSecret(config),
        catalogueCodePrefix: config.catalogueCodePrefix,
        deliveryDeadlineDays: config.delivery.deadlineDays,
        limits: config.limits,
        health,
        metrics,
        traceRequests: tracing?.traceRequests,
        desk,
        live,
        routes: [
          documentRoutes({ prisma: database.prisma, store: documents }),
          deliveryWebhookRoute({ temporal: temporal.client, secret: config.delivery.webhookSecret, log }),
          guideRoutes({ prisma: database.prisma, publicUrl: config.publicUrl }),
          ticketRoutes({ prisma: database.prisma, publicUrl: config.publicUrl }),
          codecRoutes({ codec: temporal.codec, log, allowedOrigins: webUiOrigins(temporal.uiUrl) }),
          signInRoutes({
            auth: config.auth,
            secret,
            agencies: () => database.prisma.agency.findMany({ orderBy: { position: 'asc' } }),
          }),
        ],
      });
      const server = await new Promise<Server>((resolve, reject) => {
        const listening = app.listen(config.port, config.host, () => resolve(listening));
        listening.once('error', reject);
      });
      stops.push(() => {
        // The subscriptions' streams end first: the server's close waits for every open response.
        live.close();
        return new Promise<void>((resolve) => server.close(() => resolve()));
      });
      const { port } = server.address() as AddressInfo;
      url = `${localOrigin(config.host, port)}/graphql`;
      if (parts.carrierSimulator) await startCarrierSimulatorPart(config, log, port, stops);
    }
    return {
      url,
      prisma: database.prisma,
      temporal: temporal.client,
      temporalAddress: temporal.address,
      temporalUiUrl: temporal.uiUrl,
      failure,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
