import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from '../logger';
import { inTransaction, type SqlSession } from './database';
import { migrateInSession, readMigrations } from './migrate';

/*
 * Until release 0.2 the embedded database was PGlite, in DATA_DIR/pglite. The first start of a
 * newer release copies its data into the embedded PostgreSQL and keeps the old folder as
 * DATA_DIR/pglite.imported, so nothing is lost and the copy is not made twice.
 */

export const PGLITE_FOLDER = 'pglite';

export function hasPgliteData(dataDir: string): boolean {
  return existsSync(path.join(dataDir, PGLITE_FOLDER, 'PG_VERSION'));
}

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Copies every table of the PGlite database into `target`, which must be empty (or hold this
 * very copy, made by a start that crashed before it renamed the folder). The target
 * first gets the migrations the PGlite database had, so each row lands in a table of the same
 * shape; the start that follows applies the newer ones. Rows travel as JSON, which keeps every
 * type (json, bytea, timestamps) in its text form. Foreign keys are not checked during the
 * copy (it is one consistent snapshot) and each serial sequence continues where it stood.
 */
export async function importPglite(dataDir: string, target: SqlSession, log: Logger): Promise<Record<string, number>> {
  const folder = path.join(dataDir, PGLITE_FOLDER);
  // A copy that committed before a crash kept the folder from being renamed: finish the rename.
  const [{ table }] = await target.query<{ table: string | null }>(
    `SELECT to_regclass('"ServiceItem"')::text AS table`,
  );
  const done = table !== null && (await target.query('SELECT 1 FROM "ServiceItem" LIMIT 1')).length > 0;
  if (done) {
    log.warn({ folder }, 'The PGlite data was copied by an earlier start; keeping its folder aside now');
    renameSync(folder, `${folder}.imported`);
    return {};
  }
  const source = await PGlite.create(folder);
  const copied: Record<string, number> = {};
  try {
    const applied = new Set(
      (await source.query<{ name: string }>('SELECT name FROM lianban_migrations')).rows.map((row) => row.name),
    );
    await migrateInSession(
      target,
      readMigrations().filter((migration) => applied.has(migration.name)),
    );
    const tables = (
      await source.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'lianban_migrations'
         ORDER BY table_name`,
      )
    ).rows.map((row) => row.name);
    await inTransaction(target, async () => {
      await target.exec("SET LOCAL session_replication_role = 'replica'");
      for (const table of tables) {
        const { rows } = await source.query<{ rows: string | null }>(
          `SELECT json_agg(t)::text AS rows FROM ${quoted(table)} t`,
        );
        const json = rows[0]?.rows;
        copied[table] = json ? (JSON.parse(json) as unknown[]).length : 0;
        if (json) {
          await target.query(
            `INSERT INTO ${quoted(table)} SELECT * FROM json_populate_recordset(NULL::${quoted(table)}, $1::json)`,
            [json],
          );
        }
        log.info({ table, rows: copied[table] }, 'Copied a table from PGlite');
      }
      await target.exec(`
        DO $$ DECLARE s record; BEGIN
          FOR s IN SELECT c.table_name, c.column_name, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) AS seq
                   FROM information_schema.columns c
                   WHERE c.table_schema = 'public' AND pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) IS NOT NULL
          LOOP
            EXECUTE format('SELECT setval(%L, COALESCE((SELECT max(%I) FROM %I), 0) + 1, false)', s.seq, s.column_name, s.table_name);
          END LOOP;
        END $$`);
    });
  } finally {
    await source.close();
  }
  renameSync(folder, `${folder}.imported`);
  return copied;
}
