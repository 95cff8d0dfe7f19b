import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@temporalio/client';
import pino from 'pino';
import { FileDocumentStore } from '../../documents/document-store';
import { buildApp, type AppDependencies } from '../../api/app';
import { createAuthenticator } from '../../api/auth';
import { createChangeFeed } from '../../live/change-feed';
import type { Database } from '../../prisma/database';
import { schema } from '../../schema';
import { DEFAULT_CATALOGUE_CODE_PREFIX } from '../../config';
import { DEFAULT_DELIVERY_DEADLINE_DAYS } from '../../domain/delivery';
import { openTestDatabase } from './database';
import { tempDir } from './temp-dir';

export const TEST_SECRET = 'a-test-secret-that-is-long-enough-0123456789';

/**
 * The API alone (`buildApp`) on a port of its own, over a real database, for tests that never
 * reach Temporal (its client connects lazily, so nothing is dialled).
 */
export async function serveApp(
  database: Database,
  options: Partial<AppDependencies> = {},
): Promise<{ url: string; close(): Promise<void> }> {
  const storeDir = tempDir();
  const app = buildApp({
    schema,
    prisma: database.prisma,
    temporal: new Client(),
    documents: { store: new FileDocumentStore(storeDir.path), maxBytes: 1024, quotaBytes: 4096 },
    // Nothing publishes to it: these apps serve no live updates.
    live: createChangeFeed(),
    authenticate: createAuthenticator({ secret: TEST_SECRET, maxTokenHours: 24 }),
    log: pino({ level: 'silent' }),
    health: {},
    production: false,
    applicationIdSecret: TEST_SECRET,
    catalogueCodePrefix: DEFAULT_CATALOGUE_CODE_PREFIX,
    deliveryDeadlineDays: DEFAULT_DELIVERY_DEADLINE_DAYS,
    ...options,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      storeDir.remove();
    },
  };
}

/**
 * The API over one test database, for a file of tests that each serve it with settings of their
 * own: the database opens before the tests, and it and every app served close after them.
 */
export function appsUnderTest(): {
  database: Database;
  serve: (options?: Partial<AppDependencies>) => Promise<string>;
} {
  const apps: Array<Awaited<ReturnType<typeof serveApp>>> = [];
  const under = {
    database: undefined as unknown as Database,
    serve: async (options: Partial<AppDependencies> = {}) => {
      const app = await serveApp(under.database, options);
      apps.push(app);
      return app.url;
    },
  };
  beforeAll(async () => {
    under.database = await openTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    await under.database?.close();
  });
  return under;
}
