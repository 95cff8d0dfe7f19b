import { createHash } from 'node:crypto';
import type { SqlSession } from '../prisma/database';

export interface ChainedFields {
  applicationId: string;
  position: number;
  eventKey: string;
  at: Date;
  actor: string | null;
  agencyCode: string | null;
  action: string;
  detail: string | null;
}

/**
 * Each entry's hash covers its content and the previous entry's hash. The database computes it
 * when it appends (`lianban_entry_hash`); this is the verifier's own computation of the same.
 */
export function entryHash(prevHash: string | null, entry: ChainedFields): string {
  const content = [
    prevHash ?? '',
    entry.applicationId,
    entry.position,
    entry.eventKey,
    entry.at.toISOString(),
    entry.actor,
    entry.agencyCode,
    entry.action,
    entry.detail,
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

export type NewEntry = Omit<ChainedFields, 'applicationId' | 'position'>;

/**
 * Appends entries to a case's chain, skipping those already there (by event key), in one
 * statement: the server-side function `lianban_append_chain`, which hashes each entry as
 * `entryHash` does. The caller holds the case's row lock, so two writers never chain onto the
 * same tail.
 */
export async function appendToChain(session: SqlSession, applicationId: string, entries: NewEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await session.query('SELECT lianban_append_chain($1, $2::jsonb)', [applicationId, JSON.stringify(entries)]);
}

/**
 * Links a case's chain anew from `position` on, after reconciliation found it wrong there: the
 * case's own steps from there are replaced by `steps` (those not already before `position`),
 * other entries (the access log) keep their place in time, and every entry is hashed again.
 */
export async function rechainFrom(
  session: SqlSession,
  applicationId: string,
  position: number,
  steps: NewEntry[],
  isStep: (eventKey: string) => boolean,
): Promise<void> {
  // `at` as text: the column holds UTC without a zone, which a driver would read as local time.
  const rows = await session.query<Omit<NewEntry, 'at'> & { position: number; at: string }>(
    `SELECT "eventKey", position, to_json(at) #>> '{}' AS at, actor, "agencyCode", action, detail
     FROM "TimelineEntry" WHERE "applicationId" = $1 ORDER BY position`,
    [applicationId],
  );
  const earlier = new Set(rows.filter((row) => row.position < position).map((row) => row.eventKey));
  const others = rows
    .filter((row) => row.position >= position && !isStep(row.eventKey))
    .map(({ eventKey, at, actor, agencyCode, action, detail }) => ({
      eventKey,
      at: new Date(`${at}Z`),
      actor,
      agencyCode,
      action,
      detail,
    }));
  // A stable sort: at the same instant, the case's step comes before a read of it.
  const entries = [...steps.filter((step) => !earlier.has(step.eventKey)), ...others].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  await session.query('DELETE FROM "TimelineEntry" WHERE "applicationId" = $1 AND position >= $2', [
    applicationId,
    position,
  ]);
  await appendToChain(session, applicationId, entries);
}

/** Takes the case's row lock for the rest of the transaction; false if the case has no row yet. */
export async function lockCase(session: SqlSession, applicationId: string): Promise<boolean> {
  const rows = await session.query('SELECT 1 FROM "Application" WHERE id = $1 FOR UPDATE', [applicationId]);
  return rows.length > 0;
}
