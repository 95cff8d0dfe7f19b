#!/usr/bin/env node
// Runs the Prisma CLI offline. Prisma 6 downloads native engines on first use; we use its
// JavaScript/WebAssembly engines instead, so the two engine variables point at stand-ins that
// stop the download. With internet access you may drop them.
//
//   node prisma/cli.mjs generate          generate the client (also run by npm install)
//   node prisma/cli.mjs migration NAME    write prisma/migrations/<timestamp>_NAME/migration.sql
//                                         with the SQL that takes the last migration's schema
//                                         snapshot to schema.prisma (no database needed)
//   node prisma/cli.mjs <anything else>   passed to the Prisma CLI as it is
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const prismaDir = dirname(fileURLToPath(import.meta.url));
const migrationsDir = join(prismaDir, 'migrations');
const schema = join(prismaDir, 'schema.prisma');
const emptyEngine = join(mkdtempSync(join(tmpdir(), 'lianban-prisma-')), 'no-query-engine');
writeFileSync(emptyEngine, '');

const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? '/bin/false',
  PRISMA_QUERY_ENGINE_LIBRARY: process.env.PRISMA_QUERY_ENGINE_LIBRARY ?? emptyEngine,
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
};

function prisma(args, options = {}) {
  const result = spawnSync('npx', ['--no-install', 'prisma', ...args], { env, encoding: 'utf8', ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    process.stderr.write(result.stderr ?? '');
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

function newMigration(name) {
  if (!/^[a-z0-9_]+$/.test(name ?? '')) {
    console.error('usage: node prisma/cli.mjs migration <name in lower_snake_case>');
    process.exit(2);
  }
  mkdirSync(migrationsDir, { recursive: true });
  const existing = readdirSync(migrationsDir)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort();
  // Diffing from the previous snapshot needs no shadow database, which we could not reach offline.
  const previous = existing.at(-1);
  const from = previous
    ? ['--from-schema-datamodel', join(migrationsDir, previous, 'schema.prisma')]
    : ['--from-empty'];
  const sql = prisma(['migrate', 'diff', ...from, '--to-schema-datamodel', schema, '--script'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
    console.log('schema.prisma matches the migrations: nothing to write');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const folder = join(migrationsDir, `${stamp}_${name}`);
  mkdirSync(folder);
  writeFileSync(join(folder, 'migration.sql'), sql);
  copyFileSync(schema, join(folder, 'schema.prisma'));
  console.log(`wrote ${folder}/migration.sql`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'migration') newMigration(rest[0]);
else if (command === 'generate') prisma(['generate', '--schema', schema, ...rest], { stdio: 'inherit' });
else prisma([command, ...rest].filter(Boolean), { stdio: 'inherit' });
