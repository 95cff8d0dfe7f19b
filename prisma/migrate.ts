import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { inTransaction, type Database, type SqlSession } from './database';

export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/** Any fixed number works; it only has to be the same in every process that migrates. */
const MIGRATION_LOCK_KEY = 8_406_133;

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function readMigrations(folder = MIGRATIONS_DIR): Migration[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(folder, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** Runs `work` while holding the database-wide advisory lock that start-up takes. */
export async function withStartupLock<T>(session: SqlSession, work: () => Promise<T>): Promise<T> {
  await session.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
  try {
    return await work();
  } finally {
    await session.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
  }
}

/**
 * Applies the committed migrations that this database has not seen, each in its own
 * transaction, and returns their names. Prisma's `migrate deploy` cannot run through a driver
 * adapter (prisma/orm#27403), so the runner is ours. The caller holds the start-up lock.
 */
export async function migrateInSession(session: SqlSession, migrations: Migration[]): Promise<string[]> {
  await session.exec(`CREATE TABLE IF NOT EXISTS lianban_migrations (
    name TEXT PRIMARY KEY,
    checksum TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
  )`);
  const applied = new Map(
    (await session.query<{ name: string; checksum: string }>('SELECT name, checksum FROM lianban_migrations')).map(
      (row) => [row.name, row.checksum],
    ),
  );
  const known = new Set(migrations.map((migration) => migration.name));
  const unknown = [...applied.keys()].filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new MigrationError(
      `The database has migrations this code does not know (${unknown.join(', ')}): ` +
        "is it newer code's database, or the wrong DATABASE_URL / DATA_DIR?",
    );
  }
  const pending = migrations.filter((migration) => {
    const checksum = applied.get(migration.name);
    if (checksum !== undefined && checksum !== migration.checksum) {
      throw new MigrationError(
        `Migration ${migration.name} was edited after it was applied; add a new migration instead`,
      );
    }
    return checksum === undefined;
  });
  for (const migration of pending) {
    await inTransaction(session, async () => {
      await session.exec(migration.sql);
      await session.query('INSERT INTO lianban_migrations (name, checksum) VALUES ($1, $2)', [
        migration.name,
        migration.checksum,
      ]);
    }).catch((error: Error) => {
      throw new MigrationError(`Migration ${migration.name} failed: ${error.message}`);
    });
  }
  return pending.map((migration) => migration.name);
}

/** Applies the pending migrations under the start-up lock (processes starting together take turns). */
export function applyMigrations(database: Database, migrations = readMigrations()): Promise<string[]> {
  return database.withSession((session) => withStartupLock(session, () => migrateInSession(session, migrations)));
}
