import type { Prisma, PrismaClient } from '@prisma/client';
import type { TimelineEntry } from '../domain/case-model';
import type { CaseRecord } from '../domain/case-record';
import { appendToChain, lockCase, type NewEntry } from './audit-chain';

const date = (value?: string) => (value ? new Date(value) : null);

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
 */
export async function writeCaseRecord(prisma: PrismaClient, record: CaseRecord): Promise<void> {
  await prisma.$transaction((tx) => writeCaseRecordIn(tx, record));
}

/** The same write inside the caller's transaction. */
export async function writeCaseRecordIn(
  tx: Prisma.TransactionClient,
  record: CaseRecord,
  { overwrite = false }: WriteOptions = {},
): Promise<void> {
  const fields = {
    status: record.status,
    formData: record.formData as Prisma.InputJsonObject,
    decidedAt: date(record.decidedAt),
    closedAt: date(record.closedAt),
    deadline: date(record.deadline),
    slaPausedSince: date(record.slaPausedSince),
    slaPausedWorkingDays: record.slaPausedWorkingDays,
    slaExtendedWorkingDays: record.slaExtendedWorkingDays,
    overdueSince: date(record.overdueSince),
    ...(record.calendar ? { calendar: record.calendar as unknown as Prisma.InputJsonObject } : {}),
    version: record.version,
  };
  if (!(await lockCase(tx, record.applicationId))) {
    await tx.application.createMany({
      data: [
        {
          id: record.applicationId,
          itemId: record.itemId,
          applicantId: record.applicantId,
          idempotencyKey: record.idempotencyKey ?? null,
          submittedAt: new Date(record.submittedAt),
          ...fields,
          version: 0,
        },
      ],
      skipDuplicates: true,
    });
    await lockCase(tx, record.applicationId);
  }
  const updated = await tx.application.updateMany({
    where: { id: record.applicationId, ...(overwrite ? {} : { version: { lt: record.version } }) },
    data: fields,
  });
  if (overwrite) {
    await tx.reviewTask.deleteMany({
      where: { applicationId: record.applicationId, id: { notIn: record.tasks.map((task) => task.id) } },
    });
    await tx.applicationDocument.deleteMany({
      where: {
        applicationId: record.applicationId,
        NOT: {
          OR: record.documents.map((document) => ({
            materialCode: document.materialCode,
            version: document.version,
          })),
        },
      },
    });
  }
  if (updated.count > 0) {
    for (const document of record.documents) {
      const key = {
        applicationId: record.applicationId,
        materialCode: document.materialCode,
        version: document.version,
      };
      await tx.applicationDocument.upsert({
        where: { applicationId_materialCode_version: key },
        update: { replacedAt: date(document.replacedAt) },
        create: {
          ...key,
          documentId: document.documentId,
          attachedAt: new Date(document.attachedAt),
          replacedAt: date(document.replacedAt),
        },
      });
    }
    for (const task of record.tasks) {
      const data = {
        status: task.status,
        assignee: task.assignee ?? null,
        decision: task.decision ?? null,
        comment: task.comment ?? null,
        corrections: (task.corrections ?? undefined) as Prisma.InputJsonArray | undefined,
        completedAt: date(task.completedAt),
        // Pauses and calendar corrections move a task's deadline.
        dueAt: new Date(task.dueAt),
        pausedSince: date(task.pausedSince),
        pausedWorkingDays: task.pausedWorkingDays ?? 0,
        warnedAt: date(task.warnedAt),
        escalatedAt: date(task.escalatedAt),
        escalatedTo: task.escalatedTo ?? null,
      };
      await tx.reviewTask.upsert({
        where: { id: task.id },
        update: data,
        create: {
          id: task.id,
          applicationId: record.applicationId,
          agencyCode: task.agency,
          stage: task.stage,
          round: task.round,
          createdAt: new Date(task.createdAt),
          ...data,
        },
      });
    }
  }
  // Outside the version check: an entry is history, and every write may carry new ones.
  await appendToChain(tx, record.applicationId, record.timeline.map(timelineRow));
}
