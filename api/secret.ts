import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { Config } from '../config';
import { existingLocalSecret, localSecret } from '../data-dir';

const SECRET_FILE = 'auth-secret';

/**
 * AUTH_SECRET, or the local secret generated once into DATA_DIR so that the service and
 * `npm run token` agree without any set-up.
 */
export function authSecret(config: Pick<Config, 'auth' | 'dataDir'>): string {
  return config.auth.secret ?? localSecret(config.dataDir, SECRET_FILE, () => randomBytes(32).toString('base64url'));
}

/**
 * APPLICATION_ID_SECRET, or one generated once into DATA_DIR: the key of the hash that draws a
 * case id from its applicant and idempotency key. Every API process of a service needs the same.
 */
export function applicationIdSecret(config: Pick<Config, 'applicationIdSecret' | 'dataDir'>): string {
  return (
    config.applicationIdSecret ??
    localSecret(config.dataDir, 'application-id-secret', () => randomBytes(32).toString('base64url'))
  );
}

/**
 * The secret a service with this configuration signs with, and where it comes from; undefined
 * when it has none yet (it writes one at its first start). For tools, which must not make one
 * of their own that no service reads.
 */
export function existingAuthSecret(config: Pick<Config, 'auth' | 'dataDir'>): {
  secret: string | undefined;
  source: string;
} {
  if (config.auth.secret) return { secret: config.auth.secret, source: 'AUTH_SECRET' };
  return {
    secret: existingLocalSecret(config.dataDir, SECRET_FILE),
    source: path.join(config.dataDir, SECRET_FILE),
  };
}
