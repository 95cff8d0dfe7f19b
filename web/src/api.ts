import type { TypedDocumentString } from './gql/graphql';
import { currentToken } from './session';

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

interface GraphQLAnswer<Result> {
  data?: Result;
  errors?: Array<{ message: string; extensions?: { code?: string; fields?: FieldProblem[] } }>;
}

export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  const token = currentToken();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const answer = (await response.json()) as GraphQLAnswer<Result>;
  const [error] = answer.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code, error.extensions?.fields);
  return answer.data!;
}

/**
 * A document from one of the API's download paths (`downloadUrl`), read with the bearer token
 * into memory: the API sends it as an attachment, so the desk shows or saves it from a Blob.
 */
export async function fetchDocument(url: string): Promise<Blob> {
  const token = currentToken();
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<never>;
    const [error] = answer.errors ?? [];
    throw new ApiError(error?.message ?? `${response.status} ${response.statusText}`, error?.extensions?.code);
  }
  return response.blob();
}
