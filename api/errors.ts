import { GraphQLError } from 'graphql';

/** The error codes clients act on (API.md); anything else is masked as an internal error. */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  /** The case or task is not in a state that allows this (already claimed, closed, …). */
  | 'CONFLICT';

export interface FieldProblem {
  /** A dotted path into the input, e.g. `formData.legalRepresentative.idNumber`. */
  field: string;
  message: string;
}

/** The body of an answer outside GraphQL, in GraphQL's error shape so that clients read both alike. */
export function errorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}

export function clientError(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** One error naming every bad field, so the applicant fixes the form in one go. */
export function badUserInput(problems: FieldProblem[]) {
  const summary = problems.map((problem) => `${problem.field}: ${problem.message}`).join('; ');
  return clientError('BAD_USER_INPUT', `Invalid input: ${summary}`, { fields: problems });
}
