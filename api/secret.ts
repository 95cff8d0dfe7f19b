import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { localSecret } from '../data-dir';

/**
 * AUTH_SECRET, or the local secret generated once into DATA_DIR so that the service and
 * `npm run token` agree without any set-up.
 */
export function authSecret(config: Pick<Config, 'auth' | 'dataDir'>): string {
  return config.auth.secret ?? localSecret(config.dataDir, 'auth-secret', () => randomBytes(32).toString('base64url'));
}
