import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, renameSync, statSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PrismaClient } from '@prisma/client';
import { Client } from 'pg';
import pino from 'pino';
import { openDatabase, type SqlSession } from '../../prisma/database';
import { EmbeddedPostgresError, startEmbeddedPostgres } from '../../prisma/embedded-postgres';
import { pgliteAdapter } from '../../prisma/pglite-adapter';
import { alive } from '../../processes';
import { prepareDatabase } from '../../server/prepare-database';
import { tempDir } from '../helpers/temp-dir';

const log = pino({ level: 'silent' });

async function query<Row>(url: string, sql: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Row[];
  } finally {
    await client.end();
  }
}

/** Starts a process that owns an embedded PostgreSQL on `dataDir`; resolves with both pids. */
function startOwner(dataDir: string): Promise<{ owner: ChildProcess; serverPid: number }> {
  const fixture = path.join(__dirname, '..', 'fixtures', 'embedded-postgres-owner.ts');
  const owner = spawn(process.execPath, ['--import', 'tsx', fixture, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    owner.stdout.on('data', (chunk: Buffer) => {
      const ready = /ready (\d+)/.exec(chunk.toString());
      if (ready) resolve({ owner, serverPid: Number(ready[1]) });
    });
    owner.once('exit', (code) => reject(new Error(`the owner exited with ${code}`)));
  });
}

it('creates its cluster in DATA_DIR on first start, listens on its socket only, and keeps the data across a restart', async () => {
  const dir = tempDir();
  try {
    const first = await startEmbeddedPostgres({ dataDir: dir.path, log });
    try {
      expect(statSync(path.join(dir.path, 'postgres')).mode & 0o777).toBe(0o700);
      const [{ listen_addresses }] = await query<{ listen_addresses: string }>(first.url, 'SHOW listen_addresses');
      expect(listen_addresses).toBe('');
      await query(first.url, "CREATE TABLE kept AS SELECT 'still here' AS note");
    } finally {
      await first.stop();
    }
    expect(alive(first.pid)).toBe(false);
    const second = await startEmbeddedPostgres({ dataDir: dir.path, log });
    try {
      expect(await query(second.url, 'SELECT note FROM kept')).toEqual([{ note: 'still here' }]);
    } finally {
      await second.stop();
    }
  } finally {
    dir.remove();
  }
}, 120_000);

it('refuses a DATA_DIR whose PostgreSQL another live Lianban process runs, and takes over from one killed outright', async () => {
  const dir = tempDir();
  const { owner, serverPid } = await startOwner(dir.path);
  try {
    await expect(startEmbeddedPostgres({ dataDir: dir.path, log })).rejects.toThrow(
      new EmbeddedPostgresError(
        `Another Lianban process (pid ${owner.pid}) runs the embedded PostgreSQL in ${path.join(dir.path, 'postgres')}; ` +
          'stop it, or give this one its own DATA_DIR.',
      ),
    );
    const ownerGone = new Promise((resolve) => owner.once('exit', resolve));
    owner.kill('SIGKILL');
    await ownerGone;
    // The server outlives its owner, as after `kill -9` of `npm start`.
    expect(alive(serverPid)).toBe(true);
    const next = await startEmbeddedPostgres({ dataDir: dir.path, log });
    try {
      expect(alive(serverPid)).toBe(false);
      expect(next.pid).not.toBe(serverPid);
      expect(await query(next.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await next.stop();
    }
  } finally {
    if (owner.exitCode === null && owner.signalCode === null) owner.kill('SIGKILL');
    dir.remove();
  }
}, 120_000);

it('lets one of two starts at once run the cluster, refusing the other, and refuses a third while the first runs', async () => {
  const dir = tempDir();
  const outcomes = await Promise.allSettled([startOwner(dir.path), startOwner(dir.path)]);
  const ready = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
  const refused = outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [String(outcome.reason)] : []));
  try {
    expect(ready).toHaveLength(1);
    expect(refused).toEqual([expect.stringContaining('exited with 1')]);
    const [{ owner, serverPid }] = ready;
    await expect(startEmbeddedPostgres({ dataDir: dir.path, log })).rejects.toThrow(
      `Another Lianban process (pid ${owner.pid}) runs the embedded PostgreSQL`,
    );
    expect(alive(serverPid)).toBe(true);
  } finally {
    await Promise.all(
      ready.map(({ owner }) => {
        const gone = new Promise((resolve) => owner.once('exit', resolve));
        owner.kill('SIGKILL');
        return gone;
      }),
    );
    const next = await startEmbeddedPostgres({ dataDir: dir.path, log });
    await next.stop();
    dir.remove();
  }
}, 120_000);

describe('a DATA_DIR from the PGlite releases', () => {
  const dir = tempDir();
  const tableRows = (session: Pick<SqlSession, 'query'>) =>
    session.query<{ name: string; rows: string }>(
      `SELECT c.relname AS name, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', c.relname), false, true, '')))[1]::text AS rows
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
    );
  let before: Array<{ name: string; rows: string }>;

  beforeAll(async () => {
    const pglite = await PGlite.create(path.join(dir.path, 'pglite'));
    const prisma = new PrismaClient({ adapter: pgliteAdapter(pglite) });
    const session: SqlSession = {
      exec: async (sql) => void (await pglite.exec(sql)),
      query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    };
    await prepareDatabase({
      kind: 'embedded',
      url: 'pglite://',
      prisma,
      withSession: (work) => work(session),
      close: async () => {},
    });
    await pglite.exec(`SET session_replication_role = replica;
      INSERT INTO "Certificate" (id, "applicationId", number, kind, "issuedAt")
      VALUES ('c-1', 'a-1', 'XC-2026-000001', 'BUSINESS_LICENCE', now())`);
    before = await tableRows(session);
    await prisma.$disconnect();
    await pglite.close();
  }, 120_000);

  afterAll(() => dir.remove());

  it('is copied into the embedded PostgreSQL on first start, table by table, and its folder kept aside', async () => {
    const database = await openDatabase({ dataDir: dir.path, log });
    try {
      const after = await database.withSession((session) => tableRows(session));
      expect(after).toEqual(before);
      expect(before.find((table) => table.name === 'ServiceItem')!.rows).not.toBe('0');
      expect(existsSync(path.join(dir.path, 'pglite'))).toBe(false);
      expect(existsSync(path.join(dir.path, 'pglite.imported'))).toBe(true);
      // The serial sequence goes on after the copied certificate, so minted codes never repeat.
      const [{ serial }] = await database.withSession((session) =>
        session.query<{ serial: number }>(
          `SELECT nextval(pg_get_serial_sequence('"Certificate"', 'serial'))::int AS serial`,
        ),
      );
      const [{ max }] = await database.withSession((session) =>
        session.query<{ max: number }>('SELECT max(serial) AS max FROM "Certificate"'),
      );
      expect(serial).toBeGreaterThan(max);
      expect((await prepareDatabase(database)).migrated).toEqual([]);
    } finally {
      await database.close();
    }
  }, 120_000);

  it('finishes, without copying twice, an import whose start crashed after the copy and before the rename', async () => {
    renameSync(path.join(dir.path, 'pglite.imported'), path.join(dir.path, 'pglite'));
    const database = await openDatabase({ dataDir: dir.path, log });
    try {
      const after = await database.withSession((session) => tableRows(session));
      expect(after).toEqual(before);
      expect(existsSync(path.join(dir.path, 'pglite.imported'))).toBe(true);
    } finally {
      await database.close();
    }
  }, 120_000);
});
