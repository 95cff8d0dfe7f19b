import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { defineConfig } from 'prisma/config';
import { pgliteAdapter } from './prisma/pglite-adapter';

// Prisma's CLI uses its WebAssembly schema engine through this adapter (no native download).
// An in-memory database is enough: the CLI here only diffs schemas. The service applies the
// committed migrations itself (prisma/migrate.ts), on the embedded PostgreSQL or a server.
export default defineConfig({
  schema: path.join('prisma', 'schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations') },
  experimental: { adapter: true },
  engine: 'js',
  adapter: async () => pgliteAdapter(new PGlite()),
});
