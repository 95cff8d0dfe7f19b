import { createHash } from 'node:crypto';
import type { Prisma, PrismaClient } from '@prisma/client';
import { canonicalJson } from '../domain/canonical-json';

/** What changed in the catalogue: who did what to which subject, and the details. */
export interface CatalogueChange {
  at: Date;
  actor: string;
  action: CatalogueAction;
  /** `item:XC-0005@2`, `agency:HEALTH`, `stageKind:…`, `certificateKind:…` */
  subject: string;
  detail: Prisma.InputJsonObject;
}

export const CATALOGUE_ACTIONS = [
  'ITEM_DRAFTED',
  'DRAFT_CHANGED',
  'SENT_FOR_REVIEW',
  'SENT_BACK',
  'PUBLISHED',
  'RETIRED',
  'AGENCY_ADDED',
  'AGENCY_RENAMED',
  'STAGE_KIND_ADDED',
  'CERTIFICATE_KIND_ADDED',
] as const;
export type CatalogueAction = (typeof CATALOGUE_ACTIONS)[number];

export const itemSubject = (code: string, version: number) => `item:${code}@${version}`;

interface ChainedEntry {
  position: number;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  detail: unknown;
}

/** Each entry's hash covers its content and the previous entry's hash. */
export function catalogueEntryHash(prevHash: string | null, entry: ChainedEntry): string {
  const content = [
    prevHash ?? '',
    entry.position,
    entry.at.toISOString(),
    entry.actor,
    entry.action,
    entry.subject,
    canonicalJson(entry.detail),
  ];
  return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Options of every transaction that writes the catalogue: each waits for the log's lock behind
 * the others, and a loaded machine (a start seeding a few dozen rows beside busy tests) outlives
 * Prisma's default of 5 s.
 */
export const CATALOGUE_TRANSACTION = { maxWait: 30_000, timeout: 60_000 };

// Any constant: the lock only orders writers of the catalogue log among themselves.
const LOG_LOCK = 7_110_102;

/**
 * Appends to the log in the caller's transaction, so the change and its entry commit together;
 * the transaction lock makes concurrent changes chain one after the other.
 */
export async function appendCatalogueLog(tx: Prisma.TransactionClient, change: CatalogueChange): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOG_LOCK})`;
  const last = await tx.catalogueLogEntry.findFirst({
    orderBy: { position: 'desc' },
    select: { position: true, hash: true },
  });
  const position = (last?.position ?? 0) + 1;
  const prevHash = last?.hash ?? null;
  const hash = catalogueEntryHash(prevHash, { position, ...change });
  await tx.catalogueLogEntry.create({ data: { position, prevHash, hash, ...change } });
}

export interface CatalogueLogVerification {
  entries: number;
  intact: boolean;
  /** The first entry whose hash or link does not hold, and why. */
  brokenAt?: number;
  problem?: string;
}

/** Recomputes the whole chain: an edited, deleted or reordered entry breaks it from there. */
export async function verifyCatalogueLog(prisma: PrismaClient): Promise<CatalogueLogVerification> {
  const entries = await prisma.catalogueLogEntry.findMany({ orderBy: { position: 'asc' } });
  let prevHash: string | null = null;
  for (const [index, entry] of entries.entries()) {
    const problem =
      entry.position !== index + 1
        ? `position ${index + 1} is missing`
        : entry.prevHash !== prevHash
          ? 'it does not link to the entry before it'
          : entry.hash !== catalogueEntryHash(prevHash, entry)
            ? 'its content does not match its hash'
            : undefined;
    if (problem) return { entries: entries.length, intact: false, brokenAt: index + 1, problem };
    prevHash = entry.hash;
  }
  return { entries: entries.length, intact: true };
}
