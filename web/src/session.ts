/**
 * The signed-in person: the bearer token the API checks, kept for this browser tab only
 * (sessionStorage), so closing the tab signs out. The desk reads the token's claims to choose
 * its screens; the API checks the signature on every request.
 */
export interface Identity {
  sub: string;
  role: string;
  agency?: string;
  exp?: number;
}

const KEY = 'lianban.token';

export function currentToken(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}

export function claimsOf(token: string): Identity | undefined {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (char) => char.charCodeAt(0)));
    const claims = JSON.parse(json) as Identity;
    return typeof claims.sub === 'string' && typeof claims.role === 'string' ? claims : undefined;
  } catch {
    return undefined;
  }
}

export function signIn(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}
