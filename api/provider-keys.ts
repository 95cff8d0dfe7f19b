import { createRemoteJWKSet, errors, type JWTVerifyGetKey } from 'jose';

/** The identity provider could not be asked for its keys: a token it signed cannot be checked now. */
export class ProviderKeysUnavailable extends Error {
  override name = 'ProviderKeysUnavailable';
}

/** The address of an issuer's OpenID Connect discovery document (OpenID Connect Discovery 1.0, 4). */
function discoveryUrl(issuer: string): URL {
  return new URL(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
}

async function fetchJson(url: URL): Promise<unknown> {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
  if (!response.ok) throw new ProviderKeysUnavailable(`${url.href} answered ${response.status}`);
  return response.json();
}

/**
 * The keys of the issuer's discovery document (`jwks_uri`), which must name the same issuer.
 * Read at the first token, not at start, so the service starts while the provider is down; a
 * failed read is tried again at the next token. jose caches the keys and fetches them again
 * when a token names a key it has not seen (the provider rotated them).
 */
function discoveredKeys(issuer: string): JWTVerifyGetKey {
  let keys: Promise<JWTVerifyGetKey> | undefined;
  const discover = async () => {
    const document = (await fetchJson(discoveryUrl(issuer))) as { issuer?: unknown; jwks_uri?: unknown };
    if (document.issuer !== issuer) {
      throw new ProviderKeysUnavailable(
        `the discovery document of ${issuer} names the issuer ${String(document.issuer)}`,
      );
    }
    if (typeof document.jwks_uri !== 'string') {
      throw new ProviderKeysUnavailable(`the discovery document of ${issuer} has no jwks_uri`);
    }
    return createRemoteJWKSet(new URL(document.jwks_uri));
  };
  return async (header, token) => {
    keys ??= discover().catch((error: unknown) => {
      keys = undefined;
      throw error;
    });
    return (await keys)(header, token);
  };
}

/** What the key set says about the token itself; anything else is about reaching the provider. */
const TOKEN_FAULTS = [
  errors.JWKSNoMatchingKey,
  errors.JWKSMultipleMatchingKeys,
  errors.JOSENotSupported,
  errors.JWSInvalid,
];

/**
 * The keys tokens are checked against when they come from an identity provider: its JWKS at
 * AUTH_JWKS_URL, or the one its discovery document names (OIDC_ISSUER); none: the local secret.
 * A provider that cannot be reached is told apart from a token that is bad.
 */
export function providerKeys(auth: { jwksUrl?: string; oidc?: { issuer: string } }): JWTVerifyGetKey | undefined {
  const keys = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : auth.oidc && discoveredKeys(auth.oidc.issuer);
  if (!keys) return undefined;
  return async (header, token) => {
    try {
      return await keys(header, token);
    } catch (error) {
      if (TOKEN_FAULTS.some((fault) => error instanceof fault)) throw error;
      throw new ProviderKeysUnavailable(`the identity provider's keys could not be read: ${(error as Error).message}`);
    }
  };
}
