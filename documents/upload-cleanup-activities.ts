import { Context } from '@temporalio/activity';
import type { PrismaClient } from '@prisma/client';
import type { DocumentStore } from './document-store';
import { deleteUnattachedUploads, type DeletedUploads } from './unattached-uploads';

export interface UploadCleanupDependencies {
  prisma: PrismaClient;
  store: DocumentStore;
  clock: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createUploadCleanupActivities({ prisma, store, clock }: UploadCleanupDependencies) {
  return {
    /** Unattached uploads neither uploaded nor named by a submission within `keptDays`. */
    async deleteUnusedUploads(keptDays: number): Promise<DeletedUploads> {
      const before = new Date(clock().getTime() - keptDays * DAY_MS);
      const unused = { OR: [{ usedAt: null, createdAt: { lt: before } }, { usedAt: { lt: before } }] };
      return deleteUnattachedUploads(prisma, store, unused, (progress) => Context.current().heartbeat(progress));
    },
  };
}

export type UploadCleanupActivities = ReturnType<typeof createUploadCleanupActivities>;
