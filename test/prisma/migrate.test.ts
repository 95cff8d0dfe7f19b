import { appendFileSync, cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from '../../prisma/database';
import { applyMigrations, MIGRATIONS_DIR, MigrationError, readMigrations } from '../../prisma/migrate';
import { readCatalogueDirectory } from '../../service-items/catalogue-files';
import { seedCatalogue } from '../../service-items/catalogue-seed';
import { openTestDatabase } from '../helpers/database';
import { tempDir } from '../helpers/temp-dir';

let database: Database;

beforeAll(async () => {
  database = await openTestDatabase();
}, 60_000);

afterAll(async () => {
  await database?.close();
});

/** Tables, columns and types as PostgreSQL reports them: what a second run must not change. */
function describeSchema() {
  return database.withSession((session) =>
    session.query<{ table_name: string; column_name: string; data_type: string }>(
      `SELECT table_name, column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' ORDER BY table_name, column_name`,
    ),
  );
}

async function counts() {
  const { prisma } = database;
  return {
    agencies: await prisma.agency.count(),
    items: await prisma.serviceItem.count(),
    materials: await prisma.material.count(),
    links: await prisma.serviceItemAgency.count(),
  };
}

it('applies every committed migration once, and a second run changes nothing', async () => {
  const applied = await database.withSession((session) =>
    session.query<{ name: string }>('SELECT name FROM lianban_migrations ORDER BY name'),
  );
  expect(applied.map((row) => row.name)).toEqual(readMigrations().map((migration) => migration.name));
  const before = await describeSchema();
  expect(before.length).toBeGreaterThan(20);

  expect(await applyMigrations(database)).toEqual([]);
  expect(await describeSchema()).toEqual(before);
});

it('seeds the catalogue once: a second seed creates nothing', async () => {
  const before = await counts();
  const baseline = readCatalogueDirectory();
  expect(before).toMatchObject({ agencies: baseline.agencies.length, items: baseline.items.length });
  expect(await seedCatalogue(database.prisma)).toEqual({ agencies: baseline.agencies.length, itemsCreated: [] });
  expect(await counts()).toEqual(before);
});

it("takes an item's next version as current and keeps the one its cases refer to", async () => {
  const { prisma } = database;
  const baseline = readCatalogueDirectory();
  const current = baseline.items.find((item) => item.code === 'XC-0001')!;
  const next = { ...baseline, items: [{ ...current, version: current.version + 1 }] };
  const before = await prisma.serviceItem.findFirstOrThrow({ where: { code: 'XC-0001', current: true } });

  expect(await seedCatalogue(prisma, next)).toMatchObject({ itemsCreated: [`XC-0001 v${current.version + 1}`] });
  const versions = await prisma.serviceItem.findMany({
    where: { code: 'XC-0001' },
    select: { id: true, version: true, current: true },
    orderBy: { version: 'asc' },
  });
  expect(versions).toEqual([
    { id: before.id, version: current.version, current: false },
    { id: expect.any(String), version: current.version + 1, current: true },
  ]);
  expect(await seedCatalogue(prisma, next)).toMatchObject({ itemsCreated: [] });
});

it('refuses to start on a migration edited after it was applied', async () => {
  const dir = tempDir();
  try {
    cpSync(MIGRATIONS_DIR, dir.path, { recursive: true });
    const [first] = readMigrations(dir.path);
    appendFileSync(path.join(dir.path, first.name, 'migration.sql'), '\n-- edited\n');
    await expect(applyMigrations(database, readMigrations(dir.path))).rejects.toThrow(MigrationError);
    await expect(applyMigrations(database, readMigrations(dir.path))).rejects.toThrow(/edited after it was applied/);
  } finally {
    dir.remove();
  }
});

it('rolls back a failing migration and records nothing of it', async () => {
  const broken = {
    name: '99990101000000_broken',
    sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();',
    checksum: 'x',
  };
  await expect(applyMigrations(database, [...readMigrations(), broken])).rejects.toThrow(
    /99990101000000_broken failed/,
  );
  const tables = await database.withSession((session) =>
    session.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'`),
  );
  expect(tables).toEqual([]);
  const recorded = await database.withSession((session) =>
    session.query(`SELECT 1 FROM lianban_migrations WHERE name = $1`, [broken.name]),
  );
  expect(recorded).toEqual([]);
});

it('refuses a database that has migrations this code does not know', async () => {
  const [first, ...rest] = readMigrations();
  await expect(applyMigrations(database, rest)).rejects.toThrow(new RegExp(`does not know \\(${first.name}\\)`));
});

it('keeps the newest migration’s schema snapshot equal to schema.prisma, which the next migration is diffed from', () => {
  // Two migrations made side by side each carry a snapshot without the other's change; the
  // next `npm run prisma -- migration` would then write that change a second time.
  const newest = readMigrations().at(-1)!;
  const snapshot = readFileSync(path.join(MIGRATIONS_DIR, newest.name, 'schema.prisma'), 'utf8');
  expect(snapshot).toBe(readFileSync(path.join(MIGRATIONS_DIR, '..', 'schema.prisma'), 'utf8'));
});
