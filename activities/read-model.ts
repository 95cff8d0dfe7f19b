import type { TimelineEntry } from '../domain/case-model';
import type { CaseRecord } from '../domain/case-record';
import { inTransaction, type Database, type SqlSession } from '../prisma/database';
import { appendToChain, lockCase, type NewEntry } from './audit-chain';

/** A moment of the case as ISO text, which a `timestamp` column takes as UTC; null when unset. */
const date = (value?: string) => value ?? null;

/** Zero-padded so that entries with the same time sort in the order they happened. */
export function timelineKey(seq: number): string {
  return `case-${String(seq).padStart(6, '0')}`;
}

/** Whether an audit entry is a step of the case's history (others are reads of it). */
export const isCaseStep = (eventKey: string) => eventKey.startsWith('case-');

/** A step of the case's history as its audit-chain entry. */
export function timelineRow(entry: TimelineEntry): NewEntry {
  return {
    eventKey: timelineKey(entry.seq),
    at: new Date(entry.at),
    actor: entry.actor ?? null,
    agencyCode: entry.agency ?? null,
    action: entry.action,
    detail: entry.detail ?? null,
  };
}

export interface WriteOptions {
  /**
   * Reconciliation only: `record` holds the whole case as its history has it; it replaces the
   * application row whatever its version, and tasks and document versions it lacks are removed.
   */
  overwrite?: boolean;
}

/**
 * Writes the case as the workflow sees it, in one transaction under the case's row lock. Safe
 * to retry and to race: the application row and tasks are only written by a newer version,
 * and timeline entries, keyed by their position in the case's history, are appended once.
 * Plain SQL on one connection, a statement per table, since this runs for every change of
 * every case.
 */
export function writeCaseRecord(database: Pick<Database, 'withSession'>, record: CaseRecord): Promise<void> {
  return database.withSession((session) => inTransaction(session, () => writeCaseRecordIn(session, record)));
}

/** Rows as JSON for `json_populate_recordset`: dates as ISO text, absent values left out (NULL). */
const asJson = (rows: object[]) => JSON.stringify(rows);

/** The same write inside the caller's transaction. */
export async function writeCaseRecordIn(
  session: SqlSession,
  record: CaseRecord,
  { overwrite = false }: WriteOptions = {},
): Promise<void> {
  const id = record.applicationId;
  const fields = [
    record.status,
    JSON.stringify(record.formData),
    date(record.decidedAt),
    date(record.closedAt),
    date(record.deadline),
    date(record.slaPausedSince),
    record.slaPausedWorkingDays,
    record.slaExtendedWorkingDays,
    date(record.overdueSince),
    record.calendar ? JSON.stringify(record.calendar) : null,
    new Date().toISOString(),
  ];
  // A new case's row, at version 0 so that the update below writes it; an inserted row is locked.
  await session.query(
    `INSERT INTO "Application" (id, "itemId", "applicantId", "idempotencyKey", "submittedAt", status, "formData",
       "decidedAt", "closedAt", deadline, "slaPausedSince", "slaPausedWorkingDays", "slaExtendedWorkingDays",
       "overdueSince", calendar, "updatedAt", version)
     VALUES ($1, $2, $3, $4, $5, $6::"ApplicationStatus", $7::jsonb, $8, $9, $10, $11, $12, $13, $14, $15::jsonb, $16, 0)
     ON CONFLICT (id) DO NOTHING`,
    [id, record.itemId, record.applicantId, record.idempotencyKey ?? null, record.submittedAt, ...fields],
  );
  const updated = await session.query(
    `UPDATE "Application" SET status = $2::"ApplicationStatus", "formData" = $3::jsonb, "decidedAt" = $4,
       "closedAt" = $5, deadline = $6, "slaPausedSince" = $7, "slaPausedWorkingDays" = $8,
       "slaExtendedWorkingDays" = $9, "overdueSince" = $10, calendar = COALESCE($11::jsonb, calendar),
       "updatedAt" = $12, version = $13
     WHERE id = $1 AND ($14 OR version < $13) RETURNING id`,
    [id, ...fields, record.version, overwrite],
  );
  // An older write changes no row, but its timeline entries still join the chain: lock first.
  if (updated.length === 0) await lockCase(session, id);
  if (overwrite) {
    await session.query(`DELETE FROM "ReviewTask" WHERE "applicationId" = $1 AND NOT (id = ANY($2::text[]))`, [
      id,
      record.tasks.map((task) => task.id),
    ]);
    await session.query(
      `DELETE FROM "ApplicationDocument" d WHERE "applicationId" = $1 AND NOT EXISTS (
         SELECT 1 FROM json_to_recordset($2::json) AS kept("materialCode" text, version int)
         WHERE kept."materialCode" = d."materialCode" AND kept.version = d.version)`,
      [id, asJson(record.documents.map(({ materialCode, version }) => ({ materialCode, version })))],
    );
  }
  if (updated.length > 0 && record.documents.length > 0) {
    await session.query(
      `INSERT INTO "ApplicationDocument" ("applicationId", "materialCode", version, "documentId", "attachedAt", "replacedAt")
       SELECT $1, "materialCode", version, "documentId", "attachedAt", "replacedAt"
       FROM json_populate_recordset(NULL::"ApplicationDocument", $2::json)
       ON CONFLICT ("applicationId", "materialCode", version) DO UPDATE SET "replacedAt" = EXCLUDED."replacedAt"`,
      [id, asJson(record.documents)],
    );
  }
  if (updated.length > 0 && record.tasks.length > 0) {
    const tasks = record.tasks.map((task) => ({
      id: task.id,
      agencyCode: task.agency,
      stage: task.stage,
      round: task.round,
      status: task.status,
      assignee: task.assignee,
      decision: task.decision,
      comment: task.comment,
      corrections: task.corrections,
      createdAt: task.createdAt,
      completedAt: task.completedAt,
      // Pauses and calendar corrections move a task's deadline.
      dueAt: task.dueAt,
      pausedSince: task.pausedSince,
      pausedWorkingDays: task.pausedWorkingDays ?? 0,
      warnedAt: task.warnedAt,
      escalatedAt: task.escalatedAt,
      escalatedTo: task.escalatedTo,
    }));
    await session.query(
      `INSERT INTO "ReviewTask" (id, "applicationId", "agencyCode", stage, round, status, assignee, decision, comment,
         corrections, "createdAt", "completedAt", "dueAt", "pausedSince", "pausedWorkingDays", "warnedAt",
         "escalatedAt", "escalatedTo")
       SELECT id, $1, "agencyCode", stage, round, status, assignee, decision, comment, corrections, "createdAt",
         "completedAt", "dueAt", "pausedSince", "pausedWorkingDays", "warnedAt", "escalatedAt", "escalatedTo"
       FROM json_populate_recordset(NULL::"ReviewTask", $2::json)
       ON CONFLICT (id) DO UPDATE SET status = EXCLUDED.status, assignee = EXCLUDED.assignee,
         decision = EXCLUDED.decision, comment = EXCLUDED.comment,
         corrections = COALESCE(EXCLUDED.corrections, "ReviewTask".corrections),
         "completedAt" = EXCLUDED."completedAt", "dueAt" = EXCLUDED."dueAt", "pausedSince" = EXCLUDED."pausedSince",
         "pausedWorkingDays" = EXCLUDED."pausedWorkingDays", "warnedAt" = EXCLUDED."warnedAt",
         "escalatedAt" = EXCLUDED."escalatedAt", "escalatedTo" = EXCLUDED."escalatedTo"`,
      [id, asJson(tasks)],
    );
  }
  // Outside the version check: an entry is history, and every write may carry new ones.
  await appendToChain(session, id, record.timeline.map(timelineRow));
}
