import type { Prisma, PrismaClient } from '@prisma/client';
import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { lockCase, rechainFrom } from '../activities/audit-chain';
import { transactionSession } from '../prisma/database';
import { isCaseStep, timelineRow, writeCaseRecordIn } from '../activities/read-model';
import { verifyAudit } from './verify';
import { applicationWorkflowId, caseQuery, type LiveCase } from '../workflows/approval-contract';
import { canonicalJson } from '../domain/canonical-json';
import { caseRecord, type CaseRecord } from '../domain/case-record';

export interface Reconciliation {
  applicationId: string;
  /** What the read model says that the case's history does not, one line each. */
  differences: string[];
  repaired: boolean;
  /** False when Temporal keeps no history of the case (past retention): nothing to compare. */
  historyKept: boolean;
}

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

function compare(differences: string[], what: string, readModel: unknown, history: unknown): void {
  const [recorded, expected] = [JSON.stringify(readModel ?? null), JSON.stringify(history ?? null)];
  if (recorded !== expected) differences.push(`${what}: read model ${recorded}, history ${expected}`);
}

async function differencesOf(prisma: PrismaClient, record: CaseRecord, live: LiveCase): Promise<string[]> {
  const differences: string[] = [];
  const id = record.applicationId;
  const application = await prisma.application.findUnique({
    where: { id },
    include: { tasks: true, documents: true, certificate: true },
  });
  if (!application) return ['application: missing from the read model'];
  const fields = {
    status: [application.status, record.status],
    formData: [canonicalJson(application.formData), canonicalJson(record.formData)],
    decidedAt: [iso(application.decidedAt), iso(record.decidedAt)],
    closedAt: [iso(application.closedAt), iso(record.closedAt)],
    deadline: [iso(application.deadline), iso(record.deadline)],
    slaPausedSince: [iso(application.slaPausedSince), iso(record.slaPausedSince)],
    slaPausedWorkingDays: [application.slaPausedWorkingDays, record.slaPausedWorkingDays],
    slaExtendedWorkingDays: [application.slaExtendedWorkingDays, record.slaExtendedWorkingDays],
    overdueSince: [iso(application.overdueSince), iso(record.overdueSince)],
  };
  for (const [field, [recorded, expected]] of Object.entries(fields)) compare(differences, field, recorded, expected);

  const rows = new Map(application.tasks.map((task) => [task.id, task]));
  for (const task of record.tasks) {
    const row = rows.get(task.id);
    rows.delete(task.id);
    if (!row) {
      differences.push(`task ${task.id}: missing from the read model`);
      continue;
    }
    compare(
      differences,
      `task ${task.id}`,
      [row.status, row.assignee, row.decision, row.comment, iso(row.completedAt), iso(row.dueAt), iso(row.escalatedAt)],
      [
        task.status,
        task.assignee ?? null,
        task.decision ?? null,
        task.comment ?? null,
        iso(task.completedAt),
        iso(task.dueAt),
        iso(task.escalatedAt),
      ],
    );
  }
  for (const extra of rows.keys()) differences.push(`task ${extra}: not in the history`);

  const documents = new Map(application.documents.map((row) => [`${row.materialCode}#${row.version}`, row]));
  for (const document of record.documents) {
    const key = `${document.materialCode}#${document.version}`;
    const row = documents.get(key);
    documents.delete(key);
    if (!row) differences.push(`document ${key}: missing from the read model`);
    else compare(differences, `document ${key}`, row.documentId, document.documentId);
  }
  for (const extra of documents.keys()) differences.push(`document ${extra}: not in the history`);

  compare(differences, 'certificate', application.certificate?.number, live.context.certificate?.number);
  const audit = await verifyAudit(prisma, id, live.context.timeline);
  for (const problem of audit.problems)
    differences.push(`audit ${problem.kind} at ${problem.position}: ${problem.detail}`);
  return differences;
}

/** The first chain position reconciliation must link anew, or undefined if the chain is right. */
async function firstWrongPosition(tx: Prisma.TransactionClient, live: LiveCase): Promise<number | undefined> {
  const audit = await verifyAudit(tx, live.context.applicationId, live.context.timeline);
  if (audit.intact) return undefined;
  const positioned = audit.problems.filter((problem) => problem.kind !== 'MISSING_FROM_RECORD');
  return positioned.length > 0 ? Math.min(...positioned.map((problem) => problem.position)) : audit.entries + 1;
}

/**
 * Compares a case's read model and audit chain with the case as its workflow holds it (asked
 * by query: the workflow is the one interpreter of its history) and, with `repair`, rewrites
 * what differs: the application and its tasks and documents as the history has them, and the
 * chain linked anew from its first wrong entry. The certificate is the issuing activity's.
 */
export async function reconcileCase(
  prisma: PrismaClient,
  temporal: Client,
  applicationId: string,
  repair: boolean,
): Promise<Reconciliation> {
  let live: LiveCase;
  try {
    live = await temporal.workflow.getHandle(applicationWorkflowId(applicationId)).query(caseQuery);
  } catch (error) {
    if (!(error instanceof WorkflowNotFoundError)) throw error;
    return { applicationId, differences: [], repaired: false, historyKept: false };
  }
  // A submission the read model refused never became a case: there is nothing to compare.
  if (!live.recorded) return { applicationId, differences: [], repaired: false, historyKept: true };
  const record = caseRecord(live.state, live.context, live.version, {
    tasks: live.context.tasks,
    documents: live.context.documents,
    timeline: [],
    calendar: live.context.calendar,
  });
  const differences = await differencesOf(prisma, record, live);
  if (!repair || differences.length === 0) return { applicationId, differences, repaired: false, historyKept: true };
  // Under the case's lock, and only if the workflow has written nothing since it was asked: a
  // write of its own in between would otherwise be undone, and it would not send it again.
  const repaired = await prisma.$transaction(async (tx) => {
    const session = transactionSession(tx);
    await lockCase(session, applicationId);
    const current = await tx.application.findUnique({ where: { id: applicationId }, select: { version: true } });
    if (current && current.version > live.version) return false;
    await writeCaseRecordIn(session, record, { overwrite: true });
    const position = await firstWrongPosition(tx, live);
    if (position !== undefined) {
      await rechainFrom(session, applicationId, position, live.context.timeline.map(timelineRow), isCaseStep);
    }
    return true;
  });
  const rerun = repaired ? [] : ['the case changed while it was compared: run again'];
  return { applicationId, differences: [...differences, ...rerun], repaired, historyKept: true };
}
