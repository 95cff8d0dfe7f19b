import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@prisma/client';
import { Pool } from 'pg';
import { pgliteAdapter } from './pglite-adapter';

/** One connection on which SQL scripts run in order, e.g. a migration and its bookkeeping. */
export interface SqlSession {
  /** Runs one or more statements without parameters (the simple query protocol). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

export interface Database {
  kind: 'embedded' | 'server';
  prisma: PrismaClient;
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  dataDir: string;
  databaseUrl?: string;
}

export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl ? openServer(settings.databaseUrl) : openEmbedded(settings.dataDir);
}

async function openEmbedded(dataDir: string): Promise<Database> {
  const folder = path.join(dataDir, 'pglite');
  mkdirSync(folder, { recursive: true });
  const pglite = await PGlite.create(folder);
  const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
  const session: SqlSession = {
    exec: async (sql) => {
      await pglite.exec(sql);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
  };
  return {
    kind: 'embedded',
    prisma,
    withSession: (work) => work(session),
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

async function openServer(connectionString: string): Promise<Database> {
  const pool = new Pool({ connectionString });
  // An idle connection the server drops (restart, failover) is discarded by the pool and the
  // next query reconnects; without a listener the 'error' event would end the process.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'server',
    prisma,
    withSession: async (work) => {
      const client = await pool.connect();
      try {
        return await work({
          exec: async (sql) => {
            await client.query(sql);
          },
          query: async <Row>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as Row[],
        });
      } finally {
        client.release();
      }
    },
    close: async () => {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
