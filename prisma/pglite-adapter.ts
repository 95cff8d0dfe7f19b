import type { PGlite } from '@electric-sql/pglite';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/**
 * pglite-prisma-adapter 0.6 is the last release for Prisma 6; it is typed against an older
 * @prisma/driver-adapter-utils whose types drifted, while the runtime protocol is the one
 * Prisma 6.19 speaks (test/prisma covers JSON, arrays, enums and dates through it).
 */
export function pgliteAdapter(pglite: PGlite): SqlMigrationAwareDriverAdapterFactory {
  return new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory;
}
