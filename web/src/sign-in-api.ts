import { ApiError } from './api';
import type { ClaimNames } from './session';

/** The service's sign-in settings (`GET /auth/settings`, sign-in/sign-in-routes.ts). */
export interface SignInSettings {
  /** Development on this machine: demo people may be signed in with one click. */
  demoSignIn: boolean;
  claims: ClaimNames;
  oidc: OidcSettings | null;
}

/** The OpenID provider the desk signs in through, as a public client with PKCE. */
export interface OidcSettings {
  issuer: string;
  clientId: string;
  /** What the access token is for: the API's audience, asked for as the `resource`. */
  audience: string;
  providerName: string;
}

export interface DemoPerson {
  identity: { sub: string; role: string; agency?: string };
  agency?: { code: string; name: string; nameEn: string };
}

/** A same-origin JSON answer; a refusal arrives in the API's error shape. */
async function json<Answer>(path: string, init?: RequestInit): Promise<Answer> {
  const response = await fetch(path, init);
  const answer = (await response.json()) as Answer & {
    errors?: Array<{ message: string; extensions?: { code?: string } }>;
  };
  const [error] = answer.errors ?? [];
  if (error) throw new ApiError(error.message, error.extensions?.code);
  if (!response.ok) throw new ApiError(`${path} answered ${response.status}`);
  return answer;
}

export const loadSignInSettings = () => json<SignInSettings>('/auth/settings');

export const loadDemoPeople = async () => (await json<{ people: DemoPerson[] }>('/auth/dev/people')).people;

export const demoToken = async (sub: string) =>
  (
    await json<{ token: string }>('/auth/dev/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ sub }),
    })
  ).token;
