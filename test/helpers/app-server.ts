import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from '@temporalio/client';
import pino from 'pino';
import { FileDocumentStore } from '../../documents/document-store';
import { buildApp, type AppDependencies } from '../../api/app';
import { createAuthenticator } from '../../api/auth';
import type { Database } from '../../prisma/database';
import { schema } from '../../schema';
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
    authenticate: createAuthenticator({ secret: TEST_SECRET, maxTokenHours: 24 }),
    log: pino({ level: 'silent' }),
    health: {},
    production: false,
    applicationIdSecret: TEST_SECRET,
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
