import type { PrismaClient } from '@prisma/client';
import type { RectificationState } from '../domain/rectification';

const at = (iso?: string) => (iso ? new Date(iso) : null);

/** The rectification workflow's side effects: its read-model row. */
export function createRectificationActivities({ prisma }: { prisma: PrismaClient }) {
  return {
    /**
     * Writes the rectification as the workflow holds it. Written again after a retry it changes
     * nothing; a write older than the row (a retry arriving late) is dropped.
     */
    writeRectification: async (state: RectificationState): Promise<void> => {
      const row = {
        agencyCode: state.agency,
        createdAt: new Date(state.createdAt),
        returnCallDueAt: new Date(state.returnCallDueAt),
        returnCallAt: at(state.returnCall?.at),
        returnCallBy: state.returnCall?.by ?? null,
        returnCallNote: state.returnCall?.note ?? null,
        returnCallEscalatedAt: at(state.returnCallEscalatedAt),
        dueAt: new Date(state.dueAt),
        feedbackAt: at(state.feedback?.at),
        feedbackBy: state.feedback?.by ?? null,
        feedback: state.feedback?.text ?? null,
        warnedAt: at(state.warnedAt),
        escalatedAt: at(state.escalatedAt),
        escalatedTo: state.escalatedTo ?? null,
        version: state.version,
      };
      const updated = await prisma.rectification.updateMany({
        where: { id: state.id, version: { lt: state.version } },
        data: row,
      });
      if (updated.count === 0) {
        await prisma.rectification.createMany({
          data: [{ id: state.id, ratingId: state.ratingId, ...row }],
          skipDuplicates: true,
        });
      }
    },
  };
}

export type RectificationActivities = ReturnType<typeof createRectificationActivities>;
