import type { TypedDocumentString } from './gql/graphql';
import { bearerHeaders } from './session';

export interface FieldProblem {
  field: string;
  message: string;
}

/** An answer with errors: the first one's message and code, and every field it names. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

export interface GraphQLAnswer<Result> {
  data?: Result;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldProblem[] } }>;
}

export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...bearerHeaders() },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return answerOf((await response.json()) as GraphQLAnswer<Result>);
}

/** The data of an answer, or its first error thrown as an ApiError. */
export function answerOf<Result>(answer: GraphQLAnswer<Result>): Result {
  const [error] = answer.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.fields);
  return answer.data!;
}
