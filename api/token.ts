import { decodeJwt, SignJWT } from 'jose';
import { claimsOfIdentity, DEFAULT_CLAIM_NAMES, type ClaimNames, type Identity } from './identity';

export interface TokenOptions {
  secret: string;
  issuer?: string;
  audience?: string;
  /** A jose duration such as '8h' or '30m'. */
  expiresIn?: string;
  /** The claims the role and the agency go into; `role` and `agency` unless configured otherwise. */
  claims?: ClaimNames;
  /** The service's AUTH_MAX_TOKEN_HOURS: a longer lifetime is refused rather than signed. */
  maxTokenHours?: number;
}

/** A token the service would refuse, asked for anyway; the message says which rule. */
export class TokenLifetimeError extends Error {
  override name = 'TokenLifetimeError';
}

/** Signs a token with the local HS256 secret, as `npm run token`, the dev sign-in and the tests do. */
export async function signToken(identity: Identity, options: TokenOptions): Promise<string> {
  const jwt = new SignJWT(claimsOfIdentity(identity, options.claims ?? DEFAULT_CLAIM_NAMES))
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  const token = await jwt.sign(new TextEncoder().encode(options.secret));
  const { exp, iat } = decodeJwt(token);
  if (options.maxTokenHours !== undefined && exp! - iat! > options.maxTokenHours * 3600) {
    throw new TokenLifetimeError(
      `the service accepts tokens valid for at most ${options.maxTokenHours} h (AUTH_MAX_TOKEN_HOURS)`,
    );
  }
  return token;
}
