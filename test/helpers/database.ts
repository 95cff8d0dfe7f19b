import { openDatabase, type Database } from '../../prisma/database';
import { applyMigrations } from '../../prisma/migrate';
import { seedCatalogue } from '../../prisma/seed';
import { tempDir } from './temp-dir';

/** A real embedded PostgreSQL (PGlite) in a fresh folder, migrated and seeded. */
export async function openTestDatabase(): Promise<Database> {
  const dir = tempDir();
  const database = await openDatabase({ dataDir: dir.path });
  await applyMigrations(database);
  await seedCatalogue(database.prisma);
  return {
    ...database,
    close: async () => {
      await database.close();
      dir.remove();
    },
  };
}
