import type { Response } from 'express';
import { GraphQLError } from 'graphql';

interface ErrorCodeDoc {
  /** The HTTP status of an answer outside a GraphQL result; none: only ever in one. */
  status?: number;
  when: string;
  /** What the client does about it. */
  then: string;
  /** graphql-yoga sends it itself (BAD_REQUEST: we do too), so a type cannot hold it to this list. */
  byYoga?: true;
}

/**
 * Every code a client can find in `errors[].extensions.code`, the README's table of them
 * (`npm run docs:tables`); a code not here cannot be sent. Anything unexpected is masked as
 * INTERNAL_SERVER_ERROR.
 */
export const ERROR_CODES = {
  UNAUTHENTICATED: {
    status: 401,
    when: 'a protected field without a valid token; the message says what was wrong (missing, expired, forged, bad claim)',
    then: 'get a token and send it as `Authorization: Bearer <token>`',
  },
  FORBIDDEN: {
    status: 403,
    when: 'a valid token without the right: a role that may not do this, a task claimed by someone else',
    then: 'nothing to retry: it is for another person',
  },
  BAD_USER_INPUT: {
    status: 400,
    when: 'bad input; `extensions.fields` lists every bad field, e.g. `formData.legalRepresentative.idNumber`',
    then: 'correct the fields named and send again',
  },
  NOT_FOUND: {
    status: 404,
    when: "a task or case id that does not exist, or is not yours (another person's case, another agency's task): the two read alike",
    then: 'check the id',
  },
  CONFLICT: {
    when: 'the case or task is not in a state that allows it (already claimed, closed, not waiting for a correction)',
    then: 'read the case again: someone else acted first, or it moved on',
  },
  QUERY_TOO_COMPLEX: {
    when: 'an operation deeper, wider, more aliased or with more mutations than the query limits (see Configuration)',
    then: 'ask for less in one operation',
  },
  RATE_LIMITED: {
    status: 429,
    when: 'more requests in a minute than `RATE_LIMIT_PER_MINUTE`, each mutation counted',
    then: 'wait the seconds in the `retry-after` header (in GraphQL: `extensions.retryAfter`), then send again',
  },
  PAYLOAD_TOO_LARGE: {
    status: 413,
    when: 'a request body over 1 MB, or an upload over `DOCUMENT_MAX_BYTES`',
    then: 'send a smaller body or document',
  },
  LENGTH_REQUIRED: {
    status: 411,
    when: 'an upload that does not declare its `Content-Length`',
    then: 'send the upload with its length (browsers and curl do)',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    when: 'Temporal or the database cannot be reached right now; `extensions.retryable` is `true` (see "When Temporal or the database is down")',
    then: 'send the same request again shortly: a decision is never made twice',
  },
  INTERNAL_SERVER_ERROR: {
    status: 500,
    when: 'an unexpected error, masked (`Unexpected error.`); outside GraphQL with the `requestId` to quote',
    then: 'report it with the request id (`X-Request-Id`); the log has the error whole',
  },
  BAD_REQUEST: {
    status: 400,
    when: 'not a GraphQL request: a body that is not JSON, no query, a mutation by GET or another method than GET and POST (405)',
    then: 'fix the client',
    byYoga: true,
  },
  GRAPHQL_PARSE_FAILED: {
    when: 'the document is not GraphQL, or has more tokens than `GRAPHQL_MAX_TOKENS`',
    then: 'fix the query',
    byYoga: true,
  },
  GRAPHQL_VALIDATION_FAILED: {
    when: 'the operation does not fit the schema (`schema.graphql`): an unknown field, a missing argument',
    then: 'fix the query',
    byYoga: true,
  },
  OPERATION_RESOLUTION_FAILURE: {
    when: 'a document with several operations and no `operationName` to pick one',
    then: 'send `operationName`',
    byYoga: true,
  },
} as const satisfies Record<string, ErrorCodeDoc>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes that are also sent outside GraphQL, each with its HTTP status. */
export type HttpErrorCode = {
  [Code in ErrorCode]: (typeof ERROR_CODES)[Code] extends { status: number } ? Code : never;
}[ErrorCode];

export interface FieldProblem {
  /** A dotted path into the input, e.g. `formData.legalRepresentative.idNumber`. */
  field: string;
  message: string;
}

/** The body of an answer outside GraphQL, in GraphQL's error shape so that clients read both alike. */
export function errorBody(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

/** An answer outside GraphQL with the code's HTTP status. */
export function sendError(res: Response, code: HttpErrorCode, message: string, extensions?: Record<string, unknown>) {
  res.status(ERROR_CODES[code].status).json(errorBody(message, code, extensions));
}

export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** One error naming every bad field, so the applicant fixes the form in one go. */
export function badUserInput(problems: FieldProblem[]) {
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return clientError('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields: problems });
}
