export interface GraphQLResponse<Data = Record<string, unknown>> {
  data?: Data | null;
  errors?: Array<{
    message: string;
    extensions?: { code?: string; reason?: string; fields?: Array<{ field: string }> };
  }>;
}

/** A real HTTP POST to the GraphQL endpoint, as a client sends it. */
export async function graphql<Data = Record<string, any>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; token?: string; authorization?: string } = {},
): Promise<GraphQLResponse<Data>> {
  const authorization = options.authorization ?? (options.token ? `Bearer ${options.token}` : undefined);
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  return (await response.json()) as GraphQLResponse<Data>;
}

export function errorCodes(response: GraphQLResponse<unknown>): Array<string | undefined> {
  return (response.errors ?? []).map((error) => error.extensions?.code);
}
