import type { RequestHandler, Response } from 'express';
import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { ProviderKeysUnavailable } from './provider-keys';
import { DEFAULT_CLAIM_NAMES, identityOfToken, type ClaimNames, type Identity } from './identity';

/** `expiresAt`: when the token stops counting, which ends a subscription made with it. */
export type Authentication = { identity: Identity; expiresAt: Date } | { identity: null; problem?: string };

export interface AuthSettings {
  /** HS256 key for locally signed tokens (development, tests, a single hall). */
  secret: string;
  issuer?: string;
  audience?: string;
  /**
   * A real identity provider's published keys (provider-keys.ts); when set, tokens are checked
   * against them instead of the secret.
   */
  keys?: JWTVerifyGetKey;
  /** Where the role and the agency are in a token; `role` and `agency` by default. */
  claims?: ClaimNames;
  /** The longest a token may still be valid for when it arrives; it must say when it expires. */
  maxTokenHours: number;
}

export type Authenticator = (authorization: string | null | undefined) => Promise<Authentication>;

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is not valid';
  if (error instanceof errors.JWKSNoMatchingKey) return 'the token is not signed by a key of the identity provider';
  if (error instanceof ProviderKeysUnavailable) {
    return 'the identity provider could not be asked for its keys to check the token; try again shortly';
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    return error.reason === 'missing'
      ? `the token has no "${error.claim}" claim`
      : `the token claim "${error.claim}" is not valid`;
  }
  if (error instanceof errors.JOSEError) return 'the token is not valid';
  return 'the token could not be read';
}

/**
 * Reads `Authorization: Bearer <JWT>`. A missing header is anonymous, which is enough for the
 * public catalogue; a bad token is remembered so a protected field can say what was wrong.
 */
export function createAuthenticator(settings: AuthSettings): Authenticator {
  const options = { issuer: settings.issuer, audience: settings.audience, requiredClaims: ['exp'] };
  const { keys } = settings;
  const verify = keys
    ? (token: string) => jwtVerify(token, keys, options)
    : (token: string) =>
        jwtVerify(token, new TextEncoder().encode(settings.secret), { ...options, algorithms: ['HS256'] });
  return async (authorization) => {
    if (!authorization) return { identity: null };
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match) return { identity: null, problem: 'the Authorization header must be "Bearer <token>"' };
    try {
      const { payload } = await verify(match[1]);
      const longest = settings.maxTokenHours * 3600;
      if (
        payload.exp! - Date.now() / 1000 > longest ||
        (payload.iat !== undefined && payload.exp! - payload.iat > longest)
      ) {
        return {
          identity: null,
          problem: `the token is valid for longer than the ${settings.maxTokenHours} h AUTH_MAX_TOKEN_HOURS allows`,
        };
      }
      const read = identityOfToken(payload, settings.claims ?? DEFAULT_CLAIM_NAMES);
      return 'identity' in read
        ? { identity: read.identity, expiresAt: new Date(payload.exp! * 1000) }
        : { identity: null, problem: read.problem };
    } catch (error) {
      return { identity: null, problem: describe(error) };
    }
  };
}

/**
 * Reads the request's token once; the rate limit, the document routes and GraphQL all find the
 * result with `requestAuthentication`.
 */
export function authenticateRequests(authenticate: Authenticator): RequestHandler {
  return (req, res, next) => {
    authenticate(req.get('authorization')).then((auth) => {
      res.locals.auth = auth;
      next();
    }, next);
  };
}

export function requestAuthentication(res: Response): Authentication {
  return (res.locals.auth as Authentication | undefined) ?? { identity: null };
}
