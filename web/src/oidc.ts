import type { OidcSettings } from './sign-in-api';
import { payloadOf } from './session';
import { base64url, randomText } from './random-text';

/**
 * Signing in at an OpenID provider as a public client: the authorization code flow with PKCE
 * (S256), a state against forged answers and a nonce against replayed ID tokens. What the
 * callback needs is kept in this tab's sessionStorage between leaving and coming back.
 */
const PENDING = 'lianban.oidc-pending';

interface Pending {
  state: string;
  nonce: string;
  verifier: string;
}

interface ProviderMetadata {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
}

/** Why a sign-in at the provider did not end with a token; the callback page tells each apart. */
export type SignInFault = 'refused' | 'unexpected' | 'provider' | 'token';

export class SignInError extends Error {
  constructor(
    readonly fault: SignInFault,
    message: string,
  ) {
    super(message);
  }
}

const callbackUrl = () => `${window.location.origin}/sign-in/callback`;

async function challengeOf(verifier: string): Promise<string> {
  return base64url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** The provider's endpoints from its discovery document, which must name the configured issuer. */
async function discover(issuer: string): Promise<ProviderMetadata> {
  const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`).catch(() => undefined);
  if (!response?.ok) throw new SignInError('provider', `${issuer} did not answer its discovery document`);
  const metadata = (await response.json()) as ProviderMetadata;
  if (metadata.issuer !== issuer) {
    throw new SignInError('provider', `the discovery document of ${issuer} names the issuer ${metadata.issuer}`);
  }
  return metadata;
}

/** Leaves for the provider's sign-in page; it sends the browser back to /sign-in/callback. */
export async function startSignIn(settings: OidcSettings): Promise<void> {
  const provider = await discover(settings.issuer);
  const pending: Pending = { state: randomText(), nonce: randomText(), verifier: randomText() };
  sessionStorage.setItem(PENDING, JSON.stringify(pending));
  const url = new URL(provider.authorization_endpoint);
  for (const [name, value] of Object.entries({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: callbackUrl(),
    scope: 'openid',
    resource: settings.audience,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
    // A hall PC is shared: the provider asks who is there every time, rather than signing the
    // next person in as the one before because the provider still knows them.
    prompt: 'login',
  })) {
    url.searchParams.set(name, value);
  }
  window.location.assign(url);
}

function takePending(): Pending | undefined {
  const stored = sessionStorage.getItem(PENDING);
  sessionStorage.removeItem(PENDING);
  try {
    return stored ? (JSON.parse(stored) as Pending) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The provider's answer at the callback, exchanged for the access token the API accepts. An
 * answer this tab did not ask for (another state, another issuer) is refused before the code
 * goes anywhere; the code is good for one exchange, so the pending sign-in goes with it.
 */
export async function finishSignIn(settings: OidcSettings, answer: URLSearchParams): Promise<string> {
  const pending = takePending();
  const error = answer.get('error');
  if (error) throw new SignInError('refused', answer.get('error_description') ?? error);
  const code = answer.get('code');
  if (!pending || !code || answer.get('state') !== pending.state) {
    throw new SignInError('unexpected', 'this answer is not for a sign-in this tab began');
  }
  // RFC 9207: a provider that names itself must be the one the desk sent the person to.
  const issuer = answer.get('iss');
  if (issuer !== null && issuer !== settings.issuer) {
    throw new SignInError('unexpected', `the answer comes from ${issuer}, not ${settings.issuer}`);
  }
  const provider = await discover(settings.issuer);
  const response = await fetch(provider.token_endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: callbackUrl(),
      client_id: settings.clientId,
      code_verifier: pending.verifier,
      resource: settings.audience,
    }),
  }).catch(() => undefined);
  if (!response) throw new SignInError('provider', `${provider.token_endpoint} did not answer`);
  const tokens = (await response.json()) as {
    access_token?: string;
    id_token?: string;
    error?: string;
    error_description?: string;
  };
  if (!response.ok || !tokens.access_token) {
    throw new SignInError('token', tokens.error_description ?? tokens.error ?? `answer ${response.status}`);
  }
  if (payloadOf(tokens.id_token ?? '')?.nonce !== pending.nonce) {
    throw new SignInError('unexpected', 'the ID token does not carry the nonce of this sign-in');
  }
  return tokens.access_token;
}
