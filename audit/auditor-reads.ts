import { WorkflowNotFoundError } from '@temporalio/client';
import type { temporal } from '@temporalio/proto';
import { decodeHistory } from '../temporal/payload-codec';
import { applicationWorkflowId } from '../workflows/approval-contract';
import type { Context } from '../api/context';
import { clientError } from '../api/errors';

/** Auditors' reads are themselves on record: who read which case, how, and when. */
export async function recordAuditRead(ctx: Context, applicationId: string, operation: string): Promise<void> {
  const reader = ctx.auth.identity!;
  await ctx.prisma.auditAccess.create({
    data: { readerId: reader.sub, readerRole: reader.role, applicationId, operation },
  });
}

/**
 * The case's Temporal history, the source of truth the audit tools read: its payloads
 * decrypted, or `asStored` (encrypted), as an export leaves the service.
 */
export async function caseHistory(
  ctx: Context,
  applicationId: string,
  operation: string,
  form: 'decoded' | 'asStored' = 'decoded',
): Promise<temporal.api.history.v1.IHistory> {
  const known = await ctx.prisma.application.count({ where: { id: applicationId } });
  if (known === 0) throw clientError('NOT_FOUND', `No application ${applicationId}`);
  await recordAuditRead(ctx, applicationId, operation);
  try {
    const history = await ctx.temporal.workflow.getHandle(applicationWorkflowId(applicationId)).fetchHistory();
    return form === 'asStored'
      ? history
      : await decodeHistory(history, ctx.temporal.options.loadedDataConverter.payloadCodecs);
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) {
      throw clientError('NOT_FOUND', `The history of ${applicationId} is no longer kept by Temporal (retention)`);
    }
    throw error;
  }
}
