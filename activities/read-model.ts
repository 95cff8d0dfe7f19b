import type { Prisma, PrismaClient } from '@prisma/client';
import type { CaseRecord } from '../workflows/process/case-record';

const date = (value?: string) => (value ? new Date(value) : null);

/** Zero-padded so that entries with the same time sort in the order they happened. */
export function timelineKey(seq: number): string {
  return `case-${String(seq).padStart(6, '0')}`;
}

/**
 * Writes the case as the workflow sees it. Safe to retry and to race: the application row is
 * only updated by a newer version, task rows carry the full task, and timeline entries are
 * keyed by their position in the case's history.
 */
export async function writeCaseRecord(prisma: PrismaClient, record: CaseRecord): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const fields = {
      status: record.status,
      formData: record.formData as Prisma.InputJsonObject,
      decidedAt: date(record.decidedAt),
      closedAt: date(record.closedAt),
      deadline: date(record.deadline),
      slaPausedSince: date(record.slaPausedSince),
      version: record.version,
    };
    const updated = await tx.application.updateMany({
      where: { id: record.applicationId, version: { lt: record.version } },
      data: fields,
    });
    if (updated.count === 0) {
      const created = await tx.application.createMany({
        data: [
          {
            id: record.applicationId,
            itemId: record.itemId,
            applicantId: record.applicantId,
            idempotencyKey: record.idempotencyKey ?? null,
            submittedAt: new Date(record.submittedAt),
            ...fields,
          },
        ],
        skipDuplicates: true,
      });
      // Neither updated nor created: a newer version is stored already.
      if (created.count === 0) return;
    }
    for (const task of record.tasks) {
      const data = {
        status: task.status,
        assignee: task.assignee ?? null,
        decision: task.decision ?? null,
        comment: task.comment ?? null,
        corrections: (task.corrections ?? undefined) as Prisma.InputJsonArray | undefined,
        completedAt: date(task.completedAt),
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
          dueAt: new Date(task.dueAt),
          ...data,
        },
      });
    }
  });
  // Outside the version check: an entry is history, and every write may carry new ones.
  await prisma.timelineEntry.createMany({
    data: record.timeline.map((entry) => ({
      applicationId: record.applicationId,
      eventKey: timelineKey(entry.seq),
      at: new Date(entry.at),
      actor: entry.actor ?? null,
      action: entry.action,
      detail: entry.detail ?? null,
    })),
    skipDuplicates: true,
  });
}
