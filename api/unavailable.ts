import { isGrpcServiceError, ServiceError, WorkflowUpdateRPCTimeoutOrCancelledError } from '@temporalio/client';
import { GraphQLError } from 'graphql';
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';

/** gRPC: UNAVAILABLE, DEADLINE_EXCEEDED. */
const GRPC_RETRYABLE = new Set([14, 4]);
/** Sockets, and PostgreSQL's "cannot connect now" / shutdown / connection failure classes. */
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
]);

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 10; current = (current as { cause?: unknown }).cause) {
    chain.push(current);
    const original = (current as { originalError?: unknown }).originalError;
    if (original) chain.push(original);
  }
  return chain;
}

/** Whether an error means Temporal or the database cannot be reached right now. */
export function isUnavailable(error: unknown): boolean {
  return causes(error).some((cause) => {
    if (cause instanceof WorkflowUpdateRPCTimeoutOrCancelledError) return true;
    if (isGrpcServiceError(cause)) return GRPC_RETRYABLE.has(cause.code);
    if (cause instanceof ServiceError && isGrpcServiceError(cause.cause)) return GRPC_RETRYABLE.has(cause.cause.code);
    const code = (cause as { code?: unknown }).code;
    return typeof code === 'string' && CONNECTION_CODES.has(code);
  });
}

/**
 * Yoga's masking of unexpected errors, except that a dependency being down is said plainly
 * and marked retryable, so a client backs off and tries again instead of reporting a bug.
 */
export const maskError: MaskError = (error, message, isDev) =>
  isUnavailable(error)
    ? new GraphQLError('A service Lianban depends on is unavailable; try again shortly', {
        extensions: { code: 'SERVICE_UNAVAILABLE', retryable: true },
      })
    : yogaMaskError(error, message, isDev);
