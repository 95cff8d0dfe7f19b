import { createHash } from 'node:crypto';
import type { PrismaClient } from '@prisma/client';
import { clientError } from '../api/errors';
import { COMMAND_REASONS, type CommandReason } from './case-errors';
import { canonicalJson } from '../domain/canonical-json';

/** SHA-256 of a value's canonical JSON: the same value, its keys in any order, the same digest. */
export function digestOf(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

function keyReused(): Error {
  const reason: CommandReason = 'IDEMPOTENCY_KEY_REUSED';
  return clientError(
    COMMAND_REASONS[reason],
    'This idempotency key was used for another submission: send that one again, or use a new key',
    { reason },
  );
}

/**
 * Refuses a key recorded for another input. A key is recorded with the first input that passed
 * validation, before its case starts, and never changes, so a retry of that input, even after
 * a crash before the case started, goes on to the same case.
 */
export async function refuseReusedKey(prisma: PrismaClient, applicationId: string, requestHash: string) {
  const recorded = await prisma.submissionRequest.findUnique({ where: { applicationId } });
  if (recorded && recorded.requestHash !== requestHash) throw keyReused();
}

/**
 * Records the key for this input unless it is recorded; of two inputs racing for one key, the
 * first recorded wins and the other is refused here, before it can join the case.
 */
export async function recordKey(prisma: PrismaClient, applicationId: string, requestHash: string) {
  const { count } = await prisma.submissionRequest.createMany({
    data: [{ applicationId, requestHash }],
    skipDuplicates: true,
  });
  if (count === 0) await refuseReusedKey(prisma, applicationId, requestHash);
}
