import { createHash, randomUUID } from 'node:crypto';
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

/** Each entry's hash covers its content and the previous entry's hash. */
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
 * Appends entries to a case's chain, skipping those already there (by event key). The caller
 * holds the case's row lock, so two writers never chain onto the same tail. Two statements:
 * the entries already present with the tail, then the new ones.
 */
export async function appendToChain(session: SqlSession, applicationId: string, entries: NewEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const known = await session.query<{ eventKey: string; position: number; hash: string }>(
    `SELECT "eventKey", position, hash FROM "TimelineEntry"
     WHERE "applicationId" = $1 AND ("eventKey" = ANY($2::text[])
       OR position = (SELECT max(position) FROM "TimelineEntry" WHERE "applicationId" = $1))`,
    [applicationId, entries.map((entry) => entry.eventKey)],
  );
  const present = new Set(known.map((row) => row.eventKey));
  const fresh = entries.filter((entry) => !present.has(entry.eventKey));
  if (fresh.length === 0) return;
  const tail = known.reduce<(typeof known)[number] | undefined>(
    (last, row) => (!last || row.position > last.position ? row : last),
    undefined,
  );
  let position = tail?.position ?? 0;
  let prevHash = tail?.hash ?? null;
  const rows = fresh.map((entry) => {
    position += 1;
    const fields = { ...entry, applicationId, position };
    const hash = entryHash(prevHash, fields);
    const row = { id: randomUUID(), ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await session.query(
    `INSERT INTO "TimelineEntry" (id, "applicationId", "eventKey", position, at, actor, "agencyCode", action, detail, "prevHash", hash)
     SELECT id, "applicationId", "eventKey", position, at, actor, "agencyCode", action, detail, "prevHash", hash
     FROM json_populate_recordset(NULL::"TimelineEntry", $1::json)`,
    [JSON.stringify(rows)],
  );
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
