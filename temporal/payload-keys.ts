import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { localSecret } from '../data-dir';
import { parsePayloadKeys, type PayloadKey } from './payload-codec';

/**
 * PAYLOAD_KEYS, or a key generated once into DATA_DIR/payload-keys (the same `id:key` form), so
 * that a fresh clone encrypts from its first case. Rotating: put the new key first in
 * PAYLOAD_KEYS and keep the old ones after it, the generated one included, for the payloads
 * they encrypted.
 */
export function payloadKeys(config: Pick<Config, 'payloadKeys' | 'dataDir'>): PayloadKey[] {
  if (config.payloadKeys) return config.payloadKeys;
  const generated = localSecret(
    config.dataDir,
    'payload-keys',
    () => `local-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`,
  );
  return parsePayloadKeys(generated);
}
