import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient, type Prisma } from '@prisma/client';
import { Pool } from 'pg';
import type { Logger } from '../logger';
import { startEmbeddedPostgres } from './embedded-postgres';
import { hasPgliteData, importPglite } from './pglite-import';

/** One connection on which SQL scripts run in order, e.g. a migration and its bookkeeping. */
export interface SqlSession {
  /** Runs one or more statements without parameters (the simple query protocol). */
  exec(sql: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
}

/** Runs `work` in a transaction on the session, committed if it resolves, rolled back if it throws. */
export async function inTransaction<T>(session: SqlSession, work: () => Promise<T>): Promise<T> {
  await session.exec('BEGIN');
  try {
    const result = await work();
    await session.exec('COMMIT');
    return result;
  } catch (error) {
    await session.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Holds a lock named by `key` until the transaction ends: what others lock under the same key
 * waits, so a check and the write it allows are taken one after the other.
 */
export async function lockUntilCommit(tx: Prisma.TransactionClient, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}

/** A Prisma interactive transaction seen as a session, for SQL written once for both. */
export function transactionSession(tx: Prisma.TransactionClient): SqlSession {
  return {
    exec: async (sql) => void (await tx.$executeRawUnsafe(sql)),
    query: <Row>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<Row[]>(sql, ...params),
  };
}

export interface Database {
  kind: 'embedded' | 'server';
  /** Its connection string, for another process of the same service (the worker's). */
  url: string;
  prisma: PrismaClient;
  withSession<T>(work: (session: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseSettings {
  dataDir: string;
  databaseUrl?: string;
  log: Logger;
}

/** A PostgreSQL server at DATABASE_URL, or else the embedded one this process runs in DATA_DIR. */
export async function openDatabase(settings: DatabaseSettings): Promise<Database> {
  return settings.databaseUrl ? openServer(settings.databaseUrl) : openEmbedded(settings.dataDir, settings.log);
}

async function openEmbedded(dataDir: string, log: Logger): Promise<Database> {
  const server = await startEmbeddedPostgres({ dataDir, log });
  try {
    const database = await openServer(server.url);
    if (hasPgliteData(dataDir)) {
      log.info({ dataDir }, 'Copying the data of the earlier embedded database (PGlite) into PostgreSQL');
      const copied = await database.withSession((session) => importPglite(dataDir, session, log));
      log.info({ tables: Object.keys(copied).length }, 'Copied the PGlite data; its folder is kept as pglite.imported');
    }
    return {
      ...database,
      kind: 'embedded',
      close: async () => {
        await database.close();
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function openServer(connectionString: string): Promise<Database> {
  const pool = new Pool({ connectionString });
  // An idle connection the server drops (restart, failover) is discarded by the pool and the
  // next query reconnects; without a listener the 'error' event would end the process.
  pool.on('error', () => undefined);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'server',
    url: connectionString,
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
