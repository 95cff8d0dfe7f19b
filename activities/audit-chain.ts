import { createHash } from 'node:crypto';
import type { Prisma } from '@prisma/client';

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
 * holds the case's row lock, so two writers never chain onto the same tail.
 */
export async function appendToChain(
  tx: Prisma.TransactionClient,
  applicationId: string,
  entries: NewEntry[],
): Promise<void> {
  if (entries.length === 0) return;
  const present = new Set(
    (
      await tx.timelineEntry.findMany({
        where: { applicationId, eventKey: { in: entries.map((entry) => entry.eventKey) } },
        select: { eventKey: true },
      })
    ).map((row) => row.eventKey),
  );
  const fresh = entries.filter((entry) => !present.has(entry.eventKey));
  if (fresh.length === 0) return;
  const tail = await tx.timelineEntry.findFirst({
    where: { applicationId },
    orderBy: { position: 'desc' },
    select: { position: true, hash: true },
  });
  let position = tail?.position ?? 0;
  let prevHash = tail?.hash ?? null;
  const rows = fresh.map((entry) => {
    position += 1;
    const fields = { ...entry, applicationId, position };
    const hash = entryHash(prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.timelineEntry.createMany({ data: rows });
}

/**
 * Links a case's chain anew from `position` on, after reconciliation found it wrong there: the
 * case's own steps from there are replaced by `steps` (those not already before `position`),
 * other entries (the access log) keep their place in time, and every entry is hashed again.
 */
export async function rechainFrom(
  tx: Prisma.TransactionClient,
  applicationId: string,
  position: number,
  steps: NewEntry[],
  isStep: (eventKey: string) => boolean,
): Promise<void> {
  const before = await tx.timelineEntry.findMany({
    where: { applicationId, position: { lt: position } },
    select: { eventKey: true },
  });
  const earlier = new Set(before.map((row) => row.eventKey));
  const tail = await tx.timelineEntry.findMany({
    where: { applicationId, position: { gte: position } },
    orderBy: { position: 'asc' },
  });
  const others = tail
    .filter((row) => !isStep(row.eventKey))
    .map(({ eventKey, at, actor, agencyCode, action, detail }) => ({
      eventKey,
      at,
      actor,
      agencyCode,
      action,
      detail,
    }));
  // A stable sort: at the same instant, the case's step comes before a read of it.
  const entries = [...steps.filter((step) => !earlier.has(step.eventKey)), ...others].sort(
    (a, b) => a.at.getTime() - b.at.getTime(),
  );
  await tx.timelineEntry.deleteMany({ where: { applicationId, position: { gte: position } } });
  await appendToChain(tx, applicationId, entries);
}

/** Takes the case's row lock for the rest of the transaction. */
export async function lockCase(tx: Prisma.TransactionClient, applicationId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`SELECT 1 FROM "Application" WHERE id = ${applicationId} FOR UPDATE`;
  return rows.length > 0;
}
