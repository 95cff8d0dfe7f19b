import { SignJWT } from 'jose';
import type { Identity } from './identity';

export interface TokenOptions {
  secret: string;
  issuer?: string;
  audience?: string;
  /** A jose duration such as '8h' or '30m'. */
  expiresIn?: string;
}

/** Signs a token with the local HS256 secret, as `npm run token` and the tests do. */
export async function signToken(identity: Identity, options: TokenOptions): Promise<string> {
  const jwt = new SignJWT({ role: identity.role, ...(identity.agency ? { agency: identity.agency } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.sub)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn ?? '8h');
  if (options.issuer) jwt.setIssuer(options.issuer);
  if (options.audience) jwt.setAudience(options.audience);
  return jwt.sign(new TextEncoder().encode(options.secret));
}
