import { Context } from '@temporalio/activity';
import type { PrismaClient } from '@prisma/client';
import type { DocumentStore } from './document-store';
import { deleteUnattachedUploads, sweepUnnamedFiles, type DeletedUploads } from './unattached-uploads';

/** What one clean-up run removed: unused uploads, and files nothing names any more. */
export interface UploadCleanup extends DeletedUploads {
  strays: { files: number; abandoned: number };
}

export interface UploadCleanupDependencies {
  prisma: PrismaClient;
  store: DocumentStore;
  clock: () => Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function createUploadCleanupActivities({ prisma, store, clock }: UploadCleanupDependencies) {
  return {
    /** Unattached uploads neither uploaded nor named by a submission within `keptDays`. */
    async deleteUnusedUploads(keptDays: number): Promise<UploadCleanup> {
      const before = new Date(clock().getTime() - keptDays * DAY_MS);
      const unused = { OR: [{ usedAt: null, createdAt: { lt: before } }, { usedAt: { lt: before } }] };
      const heartbeat = (progress?: unknown) => Context.current().heartbeat(progress);
      const deleted = await deleteUnattachedUploads(prisma, store, unused, heartbeat);
      return { ...deleted, strays: await sweepUnnamedFiles(prisma, store, before, heartbeat) };
    },
  };
}

export type UploadCleanupActivities = ReturnType<typeof createUploadCleanupActivities>;
