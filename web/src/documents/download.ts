import { ApiError, answerOf, type GraphQLAnswer } from '../api';
import { bearerHeaders } from '../session';

/**
 * A document's content, fetched with the bearer token: the API serves documents only to those who
 * may read them, so a plain link (which sends no token) cannot open one.
 */
export async function fetchDocument(url: string): Promise<Blob> {
  const response = await fetch(url, { headers: bearerHeaders() });
  if (!response.ok) {
    // The API answers a refused download as it answers GraphQL: { errors: [{ message, extensions }] }.
    const answer = (await response
      .json()
      .catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as GraphQLAnswer<never>;
    answerOf(answer);
    throw new ApiError(`HTTP ${response.status}`);
  }
  return response.blob();
}

/** Hands `blob` to the browser as a download named `name`. */
export function saveAs(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The click has handed the content to the download; the URL is no longer needed.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
