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

/** The token claims that hold the role and the agency (the API's AUTH_ROLE_CLAIM and AUTH_AGENCY_CLAIM). */
export interface ClaimNames {
  role: string;
  agency: string;
}

const KEY = 'lianban.token';
// The names the token was read under, beside it: they come from the sign-in settings.
const NAMES_KEY = 'lianban.claim-names';
const DEFAULT_NAMES: ClaimNames = { role: 'role', agency: 'agency' };

function storedNames(): ClaimNames {
  try {
    return { ...DEFAULT_NAMES, ...(JSON.parse(sessionStorage.getItem(NAMES_KEY) ?? '{}') as Partial<ClaimNames>) };
  } catch {
    return DEFAULT_NAMES;
  }
}

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

/** The Authorization header of whoever is signed in, for every request to the API; none when nobody is. */
export function bearerHeaders(): Record<string, string> {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** A JWT's payload, unchecked: the API checks its signature, the desk only reads it. */
export function payloadOf(token: string): Record<string, unknown> | undefined {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const json = new TextDecoder().decode(Uint8Array.from(atob(payload), (char) => char.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export function claimsOf(token: string, names: ClaimNames = storedNames()): Identity | undefined {
  const payload = payloadOf(token);
  if (!payload) return undefined;
  const claims = { sub: payload.sub, role: payload[names.role], agency: payload[names.agency], exp: payload.exp };
  const readable =
    typeof claims.sub === 'string' &&
    typeof claims.role === 'string' &&
    (claims.agency === undefined || typeof claims.agency === 'string') &&
    (claims.exp === undefined || typeof claims.exp === 'number');
  return readable ? (claims as Identity) : undefined;
}

/** When the token stops counting, in milliseconds since the epoch (`exp` is in seconds). */
export function expiresAt(identity: Identity): number | undefined {
  return identity.exp === undefined ? undefined : identity.exp * 1000;
}

export function hasExpired(identity: Identity): boolean {
  return (expiresAt(identity) ?? Infinity) <= Date.now();
}

export function signIn(token: string, names: ClaimNames): void {
  sessionStorage.setItem(KEY, token);
  sessionStorage.setItem(NAMES_KEY, JSON.stringify(names));
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  sessionStorage.removeItem(NAMES_KEY);
}

/** Who is signed in, for the screens that choose what to offer by role; the API decides anyway. */
export const IdentityContext = createContext<Identity | undefined>(undefined);

export function useIdentity(): Identity | undefined {
  return useContext(IdentityContext);
}
