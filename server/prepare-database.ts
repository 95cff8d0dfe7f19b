import type { Database } from '../prisma/database';
import { migrateInSession, readMigrations, withStartupLock } from '../prisma/migrate';
import { seedCalendar } from '../calendar/calendar-store';
import { seedCatalogue, type SeedResult } from '../service-items/catalogue-seed';

/**
 * What every process does at start: pending migrations, then the catalogue seed, under one
 * lock, so that workers and API processes starting together against one server take turns.
 */
export function prepareDatabase(
  database: Database,
): Promise<{ migrated: string[]; seeded: SeedResult; calendarYears: number[] }> {
  return database.withSession((session) =>
    withStartupLock(session, async () => ({
      migrated: await migrateInSession(session, readMigrations()),
      seeded: await seedCatalogue(database.prisma),
      calendarYears: await seedCalendar(database.prisma),
    })),
  );
}
