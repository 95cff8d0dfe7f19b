import { createContext, useContext } from 'react';

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

/**
 * The token of whoever is signed in. One past its `exp` is dropped rather than kept: the API
 * would refuse it, and the desk should not go on showing its holder as signed in.
 */
export function currentToken(): string | undefined {
  const token = sessionStorage.getItem(KEY) ?? undefined;
  const claims = token ? claimsOf(token) : undefined;
  if (!claims || hasExpired(claims)) {
    signOut();
    return undefined;
  }
  return token;
}

/** Who is signed in, as their token says; nobody when there is no current token. */
export function currentIdentity(): Identity | undefined {
  const token = currentToken();
  return token ? claimsOf(token) : undefined;
}

export function claimsOf(token: string): Identity | undefined {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (char) => char.charCodeAt(0)));
    const claims = JSON.parse(json) as Identity;
    const readable =
      typeof claims.sub === 'string' &&
      typeof claims.role === 'string' &&
      (claims.exp === undefined || typeof claims.exp === 'number');
    return readable ? claims : undefined;
  } catch {
    return undefined;
  }
}

/** When the token stops counting, in milliseconds since the epoch (`exp` is in seconds). */
export function expiresAt(identity: Identity): number | undefined {
  return identity.exp === undefined ? undefined : identity.exp * 1000;
}

export function hasExpired(identity: Identity): boolean {
  return (expiresAt(identity) ?? Infinity) <= Date.now();
}

export function signIn(token: string): void {
  sessionStorage.setItem(KEY, token);
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
}

/** Who is signed in, for the screens that choose what to offer by role; the API decides anyway. */
export const IdentityContext = createContext<Identity | undefined>(undefined);

export function useIdentity(): Identity | undefined {
  return useContext(IdentityContext);
}
