import type { Prisma, PrismaClient } from '@prisma/client';
import { lockUntilCommit } from '../prisma/database';
import type { DocumentStore } from './document-store';

/**
 * Uploads that no case holds. They cost storage without serving anyone, so a person may hold a
 * quota of them, and a schedule deletes those unused for an age (workflows/upload-cleanup-*).
 * A certificate is always its case's, and anything a case holds is kept as long as the case.
 */
export function unattachedUploads(ownerId?: string): Prisma.DocumentWhereInput {
  return { source: 'UPLOAD', attachments: { none: {} }, ...(ownerId === undefined ? {} : { ownerId }) };
}

/** Why an upload is not recorded; the API turns it into an answer naming the file. */
export class UploadRefused extends Error {
  override name = 'UploadRefused';
}

export async function unattachedBytes(prisma: Prisma.TransactionClient, ownerId: string): Promise<number> {
  const { _sum } = await prisma.document.aggregate({ where: unattachedUploads(ownerId), _sum: { size: true } });
  return _sum.size ?? 0;
}

export function quotaProblem(held: number, adding: number, quotaBytes: number): string | undefined {
  if (held + adding <= quotaBytes) return undefined;
  return (
    `your uploads that no case holds take ${held} of your ${quotaBytes} bytes and this file needs ${adding}: ` +
    'attach them to a case or delete the ones you do not need (deleteDocument)'
  );
}

/** Records a stored blob as a person's upload, within their quota; over it, nothing is kept. */
export async function recordUpload<T>(
  prisma: PrismaClient,
  store: DocumentStore,
  quotaBytes: number,
  upload: { ownerId: string; sha256: string; size: number },
  create: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  try {
    return await prisma.$transaction(async (tx) => {
      // Per person, the quota check with the upload it allows; per blob, every decision to keep or
      // drop the blob's file, so that a deletion sees every row that names the blob.
      await lockUntilCommit(tx, `uploads-of:${upload.ownerId}`);
      const problem = quotaProblem(await unattachedBytes(tx, upload.ownerId), upload.size, quotaBytes);
      if (problem) throw new UploadRefused(problem);
      await lockUntilCommit(tx, `blob:${upload.sha256}`);
      // The clean-up may have dropped an identical blob between the store and this lock.
      if (!(await store.has(upload.sha256))) throw new UploadRefused('the file was not kept; send it again');
      return create(tx);
    });
  } catch (error) {
    // Whatever kept the row from being written, its file goes too; should that fail as well
    // (the database is down), the clean-up's sweep of unnamed files takes it later.
    await dropBlobIfUnused(prisma, store, upload.sha256).catch(() => undefined);
    throw error;
  }
}

/** Deletes the blob's file when no document names it any more. */
async function dropBlobIfUnused(prisma: PrismaClient, store: DocumentStore, sha256: string): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    await lockUntilCommit(tx, `blob:${sha256}`);
    if ((await tx.document.count({ where: { sha256 } })) > 0) return false;
    await store.remove(sha256);
    return true;
  });
}

export interface DeletedUploads {
  documents: number;
  bytes: number;
  /** Files removed from the store: a blob stays while another document names it. */
  blobs: number;
}

/**
 * Deletes unattached uploads matching `where`, and the files no document names any more. A
 * document a case attaches meanwhile is kept: the database refuses to delete what a case holds.
 */
export async function deleteUnattachedUploads(
  prisma: PrismaClient,
  store: DocumentStore,
  where: Prisma.DocumentWhereInput,
  onProgress: (deleted: DeletedUploads) => void = () => {},
): Promise<DeletedUploads> {
  const deleted: DeletedUploads = { documents: 0, bytes: 0, blobs: 0 };
  // In id order from where the last batch ended, so one that cannot go is not read again.
  for (let after = ''; ;) {
    const batch = await prisma.document.findMany({
      where: { AND: [unattachedUploads(), where, { id: { gt: after } }] },
      select: { id: true, sha256: true, size: true },
      orderBy: { id: 'asc' },
      take: 200,
    });
    if (batch.length === 0) return deleted;
    after = batch[batch.length - 1].id;
    for (const document of batch) {
      const { count } = await prisma.document
        // The whole condition again, in the statement that deletes: a submission may have named
        // the document, or a case attached it, since it was read.
        .deleteMany({ where: { AND: [{ id: document.id }, unattachedUploads(), where] } })
        .catch((error: { code?: string }) => {
          // P2003: a case attached it after it was read; it is the case's now.
          if (error.code === 'P2003') return { count: 0 };
          throw error;
        });
      if (count === 0) continue;
      deleted.documents += 1;
      deleted.bytes += document.size;
      if (await dropBlobIfUnused(prisma, store, document.sha256)) deleted.blobs += 1;
    }
    onProgress(deleted);
  }
}

/**
 * Drops the stored files that no document names and that were last stored before `before`:
 * what a crash between storing a file and recording it, or between deleting a document and its
 * file, left behind; and uploads a crash left half-received.
 */
export async function sweepUnnamedFiles(
  prisma: PrismaClient,
  store: DocumentStore,
  before: Date,
  onProgress: () => void = () => {},
): Promise<{ files: number; abandoned: number }> {
  let files = 0;
  let batch: string[] = [];
  const sweep = async () => {
    const named = new Set(
      (await prisma.document.findMany({ where: { sha256: { in: batch } }, select: { sha256: true } })).map(
        (document) => document.sha256,
      ),
    );
    for (const sha256 of batch.filter((candidate) => !named.has(candidate))) {
      if (await dropBlobIfUnused(prisma, store, sha256)) files += 1;
    }
    batch = [];
    onProgress();
  };
  for await (const blob of store.blobs()) {
    if (blob.storedAt >= before) continue;
    batch.push(blob.sha256);
    if (batch.length === 500) await sweep();
  }
  await sweep();
  return { files, abandoned: await store.removeAbandoned(before) };
}
