import type { TimelineEntry } from '../domain/case-model';
import type { Delivery } from '../domain/delivery';
import type { CaseRecord } from '../domain/case-record';
import type { Database, SqlSession } from '../prisma/database';
import type { NewEntry } from './audit-chain';

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
 * Writes the case as the workflow sees it, under the case's row lock, in one statement: the
 * server-side function `lianban_write_case` (migration `read_model_functions`). Safe to retry
 * and to race: the application row and tasks are only written by a newer version, and
 * timeline entries, keyed by their position in the case's history, are appended once.
 */
export function writeCaseRecord(database: Pick<Database, 'withSession'>, record: CaseRecord): Promise<void> {
  return database.withSession((session) => writeCaseRecordIn(session, record));
}

/** The same write inside the caller's transaction, if it has one. */
export async function writeCaseRecordIn(
  session: SqlSession,
  record: CaseRecord,
  { overwrite = false }: WriteOptions = {},
): Promise<void> {
  // Rows as JSON, all of a row's columns: moments as ISO text, which a `timestamp` column takes
  // as the UTC it is; an absent value is NULL.
  const application = {
    id: record.applicationId,
    itemId: record.itemId,
    applicantId: record.applicantId,
    idempotencyKey: record.idempotencyKey,
    submittedAt: record.submittedAt,
    status: record.status,
    formData: record.formData,
    decidedAt: record.decidedAt,
    closedAt: record.closedAt,
    deadline: record.deadline,
    slaPausedSince: record.slaPausedSince,
    slaPausedWorkingDays: record.slaPausedWorkingDays,
    slaExtendedWorkingDays: record.slaExtendedWorkingDays,
    overdueSince: record.overdueSince,
    calendar: record.calendar,
    updatedAt: new Date().toISOString(),
    version: record.version,
  };
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
  await session.query('SELECT lianban_write_case($1::jsonb, $2::jsonb, $3::jsonb, $4::jsonb, $5)', [
    JSON.stringify(application),
    JSON.stringify(record.documents),
    JSON.stringify(tasks),
    JSON.stringify(record.timeline.map(timelineRow)),
    overwrite,
  ]);
  if (record.delivery) await writeDelivery(session, record.version, record.applicationId, record.delivery, overwrite);
}

/** The delivery row, only by a newer version of the case (or a reconciliation). */
async function writeDelivery(
  session: SqlSession,
  version: number,
  applicationId: string,
  delivery: Delivery,
  overwrite: boolean,
): Promise<void> {
  await session.query(
    `INSERT INTO "Delivery" ("applicationId", method, address, waybill, status, "updatedAt", version, reason)
     VALUES ($1, $2::"DeliveryMethod", $3::jsonb, $4, $5::"DeliveryStatus", $6, $7, $9)
     ON CONFLICT ("applicationId") DO UPDATE SET method = EXCLUDED.method, address = EXCLUDED.address,
       waybill = EXCLUDED.waybill, status = EXCLUDED.status, "updatedAt" = EXCLUDED."updatedAt", version = EXCLUDED.version,
       reason = EXCLUDED.reason
     WHERE $8 OR "Delivery".version < EXCLUDED.version`,
    [
      applicationId,
      delivery.method,
      delivery.address ? JSON.stringify(delivery.address) : null,
      delivery.waybill ?? null,
      delivery.status,
      delivery.updatedAt,
      version,
      overwrite,
      delivery.reason ?? null,
    ],
  );
}
