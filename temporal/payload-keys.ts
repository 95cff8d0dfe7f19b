import { randomBytes } from 'node:crypto';
import type { Config } from '../config';
import { existingLocalSecret, localSecret } from '../data-dir';
import { parsePayloadKeys, type PayloadKey } from './payload-codec';

const KEY_FILE = 'payload-keys';

/**
 * PAYLOAD_KEYS, or a key generated once into DATA_DIR/payload-keys (the same `id:key` form), so
 * that a fresh clone encrypts from its first case. Rotating: put the new key first in
 * PAYLOAD_KEYS and keep the old ones after it, the generated one included, for the payloads
 * they encrypted.
 */
export function payloadKeys(config: Pick<Config, 'payloadKeys' | 'dataDir'>): PayloadKey[] {
  return existingPayloadKeys(config) ?? generatedPayloadKeys(config.dataDir);
}

/**
 * The keys a service with this configuration holds, without making any: for tools, for which a
 * key of their own would decrypt nothing. Undefined when there are none yet.
 */
export function existingPayloadKeys(config: Pick<Config, 'payloadKeys' | 'dataDir'>): PayloadKey[] | undefined {
  if (config.payloadKeys) return config.payloadKeys;
  const generated = existingLocalSecret(config.dataDir, KEY_FILE);
  return generated === undefined ? undefined : parsePayloadKeys(generated);
}

function generatedPayloadKeys(dataDir: string): PayloadKey[] {
  const generated = localSecret(
    dataDir,
    KEY_FILE,
    () => `local-${randomBytes(4).toString('hex')}:${randomBytes(32).toString('base64')}`,
  );
  return parsePayloadKeys(generated);
}
