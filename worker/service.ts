import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../api/app';
import { createAuthenticator } from '../api/auth';
import { authSecret } from '../api/secret';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { openDatabase } from '../prisma/database';
import { applyMigrations } from '../prisma/migrate';
import { seedCatalogue } from '../prisma/seed';
import { schema } from '../schema';
import { provideTemporal } from './temporal-connection';

export interface RunningService {
  url: string;
  temporalAddress: string;
  temporalUiUrl?: string;
  stop(): Promise<void>;
}

/** Everything `npm start` runs in one process: database, Temporal and the GraphQL API. */
export async function startService(config: Config, log: Logger): Promise<RunningService> {
  const database = await openDatabase(config);
  const stops: Array<() => Promise<void>> = [() => database.close()];
  const stop = async () => {
    for (const step of stops.reverse()) await step();
  };
  try {
    const migrated = await applyMigrations(database);
    if (migrated.length > 0) log.info({ migrations: migrated }, 'Applied database migrations');
    const seeded = await seedCatalogue(database.prisma);
    if (seeded.itemsCreated.length > 0) log.info({ items: seeded.itemsCreated }, 'Seeded the catalogue');

    const temporal = await provideTemporal(config, log);
    stops.push(() => temporal.close());

    const app = buildApp({
      schema,
      prisma: database.prisma,
      authenticate: createAuthenticator({ ...config.auth, secret: authSecret(config) }),
      log,
      production: config.production,
      health: {
        database: async () => {
          await database.prisma.$queryRaw`SELECT 1`;
        },
        temporal: async () => {
          await temporal.connection.workflowService.getSystemInfo({});
        },
      },
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const listening = app.listen(config.port, config.host, () => resolve(listening));
      listening.once('error', reject);
    });
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;
    const host = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
    return { url: `http://${host}:${port}/graphql`, temporalAddress: temporal.address, temporalUiUrl: temporal.uiUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
