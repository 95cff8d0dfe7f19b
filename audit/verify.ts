import type { Prisma, PrismaClient } from '@prisma/client';
import { entryHash } from '../activities/audit-chain';
import { isCaseStep, timelineKey } from '../activities/read-model';
import type { TimelineEntry } from '../domain/case-model';

export type AuditProblemKind =
  'EDITED' | 'MISSING' | 'BROKEN_LINK' | 'DIFFERS_FROM_HISTORY' | 'NOT_IN_HISTORY' | 'MISSING_FROM_RECORD';

export interface AuditProblem {
  /** Position in the case's chain (1 = first entry); for an entry missing from the record, its step number. */
  position: number;
  kind: AuditProblemKind;
  detail: string;
}

export interface AuditVerification {
  intact: boolean;
  entries: number;
  problems: AuditProblem[];
}

/**
 * Checks a case's audit entries: the hash chain (an edited row no longer matches its hash, a
 * deleted or reordered one breaks the links), then each step against the Temporal history, so
 * that even a rewritten chain, or a deleted last row, shows.
 */
export async function verifyAudit(
  prisma: Pick<PrismaClient, 'timelineEntry'> | Prisma.TransactionClient,
  applicationId: string,
  fromHistory: TimelineEntry[],
): Promise<AuditVerification> {
  const rows = await prisma.timelineEntry.findMany({ where: { applicationId }, orderBy: { position: 'asc' } });
  const problems: AuditProblem[] = [];
  let previous: (typeof rows)[number] | undefined;
  for (const [index, row] of rows.entries()) {
    if (row.position !== index + 1 && !problems.some((problem) => problem.kind === 'MISSING')) {
      problems.push({
        position: index + 1,
        kind: 'MISSING',
        detail: `the chain jumps from ${index} to ${row.position}`,
      });
    }
    if (row.prevHash !== (previous?.hash ?? null)) {
      problems.push({
        position: row.position,
        kind: 'BROKEN_LINK',
        detail: 'does not follow the entry before it: one was removed or moved',
      });
    }
    if (entryHash(row.prevHash, row) !== row.hash) {
      problems.push({
        position: row.position,
        kind: 'EDITED',
        detail: `${row.action}: its content no longer matches its hash`,
      });
    }
    previous = row;
  }

  const byKey = new Map(rows.map((row) => [row.eventKey, row]));
  for (const step of fromHistory) {
    const row = byKey.get(timelineKey(step.seq));
    if (!row) {
      problems.push({
        position: step.seq,
        kind: 'MISSING_FROM_RECORD',
        detail: `step ${step.seq} (${step.action}) is in the history but not in the record`,
      });
      continue;
    }
    const recorded = [row.action, row.actor, row.agencyCode, row.detail];
    const expected = [step.action, step.actor ?? null, step.agency ?? null, step.detail ?? null];
    if (JSON.stringify(recorded) !== JSON.stringify(expected)) {
      problems.push({
        position: row.position,
        kind: 'DIFFERS_FROM_HISTORY',
        detail: `recorded ${JSON.stringify(recorded)}, history says ${JSON.stringify(expected)}`,
      });
    }
    byKey.delete(row.eventKey);
  }
  for (const row of byKey.values()) {
    if (isCaseStep(row.eventKey)) {
      problems.push({
        position: row.position,
        kind: 'NOT_IN_HISTORY',
        detail: `${row.action} is not a step of the case's history`,
      });
    }
  }
  problems.sort((a, b) => a.position - b.position);
  return { intact: problems.length === 0, entries: rows.length, problems };
}
