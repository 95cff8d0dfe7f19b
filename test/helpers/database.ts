import pino from 'pino';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../prisma/database';
import { prepareDatabase } from '../../server/prepare-database';
import { tempDir } from './temp-dir';

/** A fresh database on the test run's PostgreSQL server (TEST_DATABASE_URL, see global-setup.ts). */
export async function freshDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error('TEST_DATABASE_URL is not set: run the tests through jest (test/global-setup.ts)');
  const name = `lianban_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new Client({ connectionString: server });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** A real PostgreSQL database on the test server, fresh, migrated and seeded. */
export async function openTestDatabase(): Promise<Database> {
  const dir = tempDir();
  const server = await freshDatabaseUrl();
  const database = await openDatabase({ dataDir: dir.path, databaseUrl: server.url, log: pino({ level: 'silent' }) });
  await prepareDatabase(database);
  return {
    ...database,
    close: async () => {
      await database.close();
      await server.drop();
      dir.remove();
    },
  };
}
