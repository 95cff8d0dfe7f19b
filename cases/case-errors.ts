import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import type { CaseErrorType } from '../domain/case-rules';
import { clientError, type ErrorCode } from '../api/errors';

/**
 * The code of each refusal the workflow types; the client finds the type in `extensions.reason`
 * (and the README lists each code's reasons from here).
 */
export const CASE_ERROR_CODES: Record<CaseErrorType, ErrorCode> = {
  TASK_NOT_FOUND: 'NOT_FOUND',
  WRONG_AGENCY: 'FORBIDDEN',
  NOT_CLAIMANT: 'FORBIDDEN',
  NOT_OWNER: 'FORBIDDEN',
  TASK_ALREADY_CLAIMED: 'CONFLICT',
  TASK_NOT_CLAIMED: 'CONFLICT',
  TASK_CLOSED: 'CONFLICT',
  NOT_IN_CORRECTION: 'CONFLICT',
  CASE_CLOSED: 'CONFLICT',
  INVALID_DECISION: 'BAD_USER_INPUT',
  INVALID_INPUT: 'BAD_USER_INPUT',
  NOT_ALLOWED: 'FORBIDDEN',
  NOT_ACCEPTED: 'CONFLICT',
  NOT_ESCALATED: 'CONFLICT',
  DELIVERY_NOT_OFFERED: 'CONFLICT',
  NOT_STORABLE: 'BAD_USER_INPUT',
};

/** Refusals the API makes itself, before the workflow is asked, by their `extensions.reason`. */
export const COMMAND_REASONS = {
  /** The same idempotency key came with another input (cases/idempotency.ts). */
  IDEMPOTENCY_KEY_REUSED: 'CONFLICT',
  /** deleteDocument on an upload a submission named: a case may be about to hold it. */
  DOCUMENT_NAMED: 'CONFLICT',
} as const satisfies Record<string, ErrorCode>;
export type CommandReason = keyof typeof COMMAND_REASONS;

/**
 * Turns a refusal from the workflow (its validator's typed failure) into the GraphQL error a
 * client acts on; anything else is unexpected and left to be masked.
 */
export function toClientError(error: unknown): unknown {
  // The read model said the case was open, but its workflow finished in the meantime.
  if (error instanceof WorkflowNotFoundError)
    return clientError('CONFLICT', 'The case is already closed', { reason: 'CASE_CLOSED' satisfies CaseErrorType });
  if (!(error instanceof WorkflowUpdateFailedError) || !(error.cause instanceof ApplicationFailure)) return error;
  const type = error.cause.type as CaseErrorType | undefined;
  const code = type ? CASE_ERROR_CODES[type] : undefined;
  if (!code) return error;
  const message = error.cause.message;
  // Input problems read "field: what is wrong"; name the field as the form errors do.
  const field = code === 'BAD_USER_INPUT' ? /^([\w.[\]]+): (.*)$/.exec(message) : null;
  return clientError(code, message, {
    reason: type,
    ...(field ? { fields: [{ field: field[1], message: field[2] }] } : {}),
  });
}
