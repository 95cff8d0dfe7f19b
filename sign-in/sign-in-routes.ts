import express, { Router, type Request } from 'express';
import type { Config } from '../config';
import { sendError } from '../api/errors';
import { signToken } from '../api/token';
import { demoPeople, type AgencyName } from './demo-people';

export interface SignInRouteDependencies {
  auth: Config['auth'];
  /** The service's own signing secret (api/secret.ts). */
  secret: string;
  /** The catalogue's agencies, for the demo reviewers and supervisors. */
  agencies: () => Promise<AgencyName[]>;
}

/** What the desk needs to sign someone in, at `GET /auth/settings`. */
export interface SignInSettings {
  demoSignIn: boolean;
  /** Where the desk reads the role and the agency in a token. */
  claims: Config['auth']['claims'];
  oidc: { issuer: string; clientId: string; audience: string; providerName: string } | null;
}

/** A demo token lives an hour, or less if AUTH_MAX_TOKEN_HOURS says so. */
const DEMO_TOKEN_SECONDS = 3600;

function isLoopbackAddress(address: string | undefined): boolean {
  return address !== undefined && (/^(::ffff:)?127\.\d+\.\d+\.\d+$/.test(address) || address === '::1');
}

/**
 * Why a request may not have a demo token, if it may not: it must come from this machine, not
 * through a proxy on it, and name this machine as its host, so that a page elsewhere whose name
 * points here (DNS rebinding) cannot read one either.
 */
function notFromThisMachine(req: Request): string | undefined {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return `the request comes from ${req.socket.remoteAddress}`;
  const forwarded = ['forwarded', 'x-forwarded-for', 'x-real-ip'].find((header) => req.get(header) !== undefined);
  if (forwarded) return `the request came through a proxy (${forwarded})`;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(req.hostname)) return `the request is for host ${req.hostname}`;
  return undefined;
}

/**
 * The desk's sign-in: its settings, and in development (Config.auth.demoSignIn) the demo people
 * and their tokens, signed with the service's own secret for requests from this machine only.
 * Elsewhere the demo routes do not exist.
 */
export function signInRoutes({ auth, secret, agencies }: SignInRouteDependencies): Router {
  const router = Router();
  router.get('/auth/settings', (_req, res) => {
    const settings: SignInSettings = {
      demoSignIn: auth.demoSignIn,
      claims: auth.claims,
      oidc: auth.oidc ? { ...auth.oidc, audience: auth.audience! } : null,
    };
    res.set('cache-control', 'no-cache').json(settings);
  });
  if (!auth.demoSignIn) return router;

  const demo = Router();
  demo.use((req, res, next) => {
    const problem = notFromThisMachine(req);
    if (problem) return sendError(res, 'FORBIDDEN', `Demo sign-in is for this machine only: ${problem}`);
    res.set('cache-control', 'no-store');
    next();
  });
  demo.get('/people', async (_req, res, next) => {
    try {
      res.json({ people: demoPeople(await agencies()) });
    } catch (error) {
      next(error);
    }
  });
  demo.post('/sign-in', express.json({ limit: '1kb' }), async (req, res, next) => {
    try {
      const sub: unknown = (req.body as { sub?: unknown } | undefined)?.sub;
      const person = demoPeople(await agencies()).find((someone) => someone.identity.sub === sub);
      if (!person) {
        const message = `must be the sub of one of the demo people (GET /auth/dev/people), not ${JSON.stringify(sub ?? null)}`;
        return sendError(res, 'BAD_USER_INPUT', `Invalid input: sub: ${message}`, {
          fields: [{ field: 'sub', message }],
        });
      }
      const seconds = Math.floor(Math.min(DEMO_TOKEN_SECONDS, auth.maxTokenHours * 3600));
      const token = await signToken(person.identity, { ...auth, secret, expiresIn: `${seconds}s` });
      res.json({ token });
    } catch (error) {
      next(error);
    }
  });
  router.use('/auth/dev', demo);
  return router;
}
