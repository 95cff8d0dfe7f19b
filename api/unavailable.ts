import { isGrpcServiceError, ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { PothosValidationError } from '@pothos/core';
import { GraphQLError } from 'graphql';
import { errorCauses } from '../prisma/database-errors';
import { clientError } from './errors';
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';

/** gRPC: UNAVAILABLE, DEADLINE_EXCEEDED. */
const GRPC_RETRYABLE = new Set([14, 4]);
/**
 * Sockets; PostgreSQL's "cannot connect now", shutdown and connection-failure classes; Prisma's
 * "can't reach", "timed out", "server closed the connection" and pool-timeout errors.
 */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  '57P01',
  '57P03',
  '08000',
  '08001',
  '08006',
  'P1001',
  'P1002',
  'P1017',
  'P2024',
]);

/** pg and Temporal's client report these as plain Errors, with no code to go by. */
const CONNECTION_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated due to connection timeout',
  'Failed to connect before the deadline',
];

/** Whether an error means Temporal or the database cannot be reached right now. */
export function isUnavailable(error: unknown): boolean {
  return errorCauses(error).some((cause) => {
    const { code, message } = cause as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
    if (typeof message === 'string' && CONNECTION_MESSAGES.some((known) => message.startsWith(known))) return true;
    if (cause instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (cause instanceof ServiceError && isGrpcServiceError(cause.cause)) return GRPC_RETRYABLE.has(cause.cause.code);
    return isGrpcServiceError(cause) && GRPC_RETRYABLE.has(cause.code);
  });
}

/**
 * The paging plugins' refusals of a caller's arguments; their other validation errors are the
 * server's own faults (a resolver returning the wrong shape) and stay masked.
 */
const PAGING_REFUSALS =
  /^(Invalid cursor|Cursor must be|Unsupported cursor type|Expected compound cursor|Arguments? "(first|last|before|after)")/;

/**
 * Yoga's masking of unexpected errors, except that a dependency being down is said plainly
 * and marked retryable, so a client backs off and tries again instead of reporting a bug; and
 * that Pothos's refusals of paging arguments it cannot page by (a cursor it did not give,
 * `after` with `before`), which reach the client as they are, carry the client's code.
 */
export const maskError: MaskError = (error, message, isDev) => {
  if (isUnavailable(error)) {
    return clientError('SERVICE_UNAVAILABLE', 'A service Lianban depends on is unavailable; try again shortly', {
      retryable: true,
    });
  }
  if (
    error instanceof GraphQLError &&
    error.originalError instanceof PothosValidationError &&
    PAGING_REFUSALS.test(error.originalError.message)
  ) {
    // The same error, not a copy: yoga logs every error it has to replace as unexpected.
    error.extensions.code = 'BAD_USER_INPUT';
    return error;
  }
  return yogaMaskError(error, message, isDev);
};
