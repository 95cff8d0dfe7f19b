/** Bytes as base64url (RFC 4648 §5): the alphabet of PKCE verifiers and challenges. */
export function base64url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/**
 * 32 random bytes as text: an OpenID state, nonce or PKCE verifier, an idempotency key. From
 * crypto.getRandomValues, which unlike crypto.randomUUID exists outside https and localhost too,
 * as on a hall's LAN.
 */
export const randomText = () => base64url(crypto.getRandomValues(new Uint8Array(32)));
