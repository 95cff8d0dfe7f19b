import { InterceptingCall } from '@grpc/grpc-js';
import { defaultGrpcRetryOptions, makeGrpcRetryInterceptor, type ConnectionOptions } from '@temporalio/client';

type GrpcInterceptor = NonNullable<ConnectionOptions['interceptors']>[number];

/**
 * The SDK's retry of failed calls (backoff from 100 ms, up to 10 attempts: about 20 s while
 * Temporal is down) cut off `budgetMs` after a call's first failure, so that an API request
 * answers SERVICE_UNAVAILABLE in seconds instead of hanging on. 0 turns retries off.
 */
export function boundedRetryInterceptor(budgetMs: number): GrpcInterceptor {
  const backoff = defaultGrpcRetryOptions();
  return (options, nextCall) => {
    let giveUpAt: number | undefined;
    return makeGrpcRetryInterceptor({
      retryableDecider: (attempt, status) => {
        giveUpAt ??= Date.now() + budgetMs;
        return Date.now() < giveUpAt && backoff.retryableDecider(attempt, status);
      },
      delayFunction: (attempt, status) =>
        Math.min(backoff.delayFunction(attempt, status), Math.max(0, giveUpAt! - Date.now())),
    })(options, nextCall);
  };
}

/**
 * Gives every call that has no deadline of its own one `timeoutMs` from now, so a Temporal
 * server that hangs (rather than refusing the connection) fails a request instead of holding
 * it. The bounded retries above stay within the same deadline.
 */
export function callDeadlineInterceptor(timeoutMs: number): GrpcInterceptor {
  return (options, nextCall) =>
    new InterceptingCall(nextCall({ ...options, deadline: options.deadline ?? Date.now() + timeoutMs }));
}
