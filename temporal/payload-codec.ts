import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { decode, encode } from '@temporalio/common/lib/encoding';
import { temporal } from '@temporalio/proto';

/*
 * Every payload Lianban hands Temporal (workflow inputs, updates, activity inputs and results)
 * is encrypted before it leaves the process: the Temporal server, its SQLite file or database,
 * and its Web UI see ciphertext. AES-256-GCM, a fresh 96-bit nonce per payload, the key's id in
 * the payload's metadata so that keys can rotate: the first key encrypts, every key decrypts.
 * Payloads written before encryption carry no such metadata and pass through as they are, so
 * recorded histories still replay.
 */

const ENCRYPTED = 'binary/encrypted';
const KEY_ID = 'encryption-key-id';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

export interface PayloadKey {
  id: string;
  /** 32 bytes. */
  key: Buffer;
}

export class PayloadKeyError extends Error {
  override name = 'PayloadKeyError';
}

/** `id:base64key` entries separated by commas (PAYLOAD_KEYS); each key 32 bytes. */
export function parsePayloadKeys(setting: string): PayloadKey[] {
  const keys = setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry, index) => {
      const match = /^([A-Za-z0-9_.-]{1,64}):([A-Za-z0-9+/=_-]+)$/.exec(entry);
      if (!match) throw new PayloadKeyError(`entry ${index + 1} is not id:base64key`);
      const key = Buffer.from(match[2], 'base64');
      if (key.length !== 32) {
        throw new PayloadKeyError(
          `key "${match[1]}" is ${key.length} bytes; AES-256 needs 32 (openssl rand -base64 32)`,
        );
      }
      return { id: match[1], key };
    });
  if (keys.length === 0) throw new PayloadKeyError('no key given');
  const ids = keys.map(({ id }) => id);
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) throw new PayloadKeyError(`key id "${twice}" is given twice`);
  return keys;
}

export class EncryptionCodec implements PayloadCodec {
  private readonly byId: Map<string, Buffer>;

  /** `keys[0]` encrypts; any of them decrypts what it encrypted. */
  constructor(private readonly keys: PayloadKey[]) {
    if (keys.length === 0) throw new PayloadKeyError('at least one payload key is needed');
    this.byId = new Map(keys.map(({ id, key }) => [id, key]));
  }

  encode(payloads: Payload[]): Promise<Payload[]> {
    const { id, key } = this.keys[0];
    return Promise.resolve(
      payloads.map((payload) => {
        const nonce = randomBytes(NONCE_BYTES);
        const cipher = createCipheriv('aes-256-gcm', key, nonce);
        const plain = temporal.api.common.v1.Payload.encode(payload).finish();
        const sealed = Buffer.concat([nonce, cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
        return { metadata: { encoding: encode(ENCRYPTED), [KEY_ID]: encode(id) }, data: sealed };
      }),
    );
  }

  // async: a payload that does not decrypt rejects the promise, as a codec's caller expects.
  async decode(payloads: Payload[]): Promise<Payload[]> {
    return payloads.map((payload) => this.decodeOne(payload));
  }

  private decodeOne(payload: Payload): Payload {
    const encoding = payload.metadata?.encoding;
    if (!encoding || decode(encoding) !== ENCRYPTED) return payload;
    const keyId = payload.metadata?.[KEY_ID] ? decode(payload.metadata[KEY_ID]) : '';
    const key = this.byId.get(keyId);
    if (!key) {
      throw new PayloadKeyError(
        `A payload is encrypted with the key "${keyId}", which PAYLOAD_KEYS does not hold: add it (after the current key)`,
      );
    }
    const sealed = Buffer.from(payload.data ?? []);
    if (sealed.length < NONCE_BYTES + TAG_BYTES)
      throw new PayloadKeyError('An encrypted payload is too short to be one');
    const nonce = sealed.subarray(0, NONCE_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG_BYTES));
    const plain = Buffer.concat([
      decipher.update(sealed.subarray(NONCE_BYTES, sealed.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return temporal.api.common.v1.Payload.decode(plain);
  }
}

type History = temporal.api.history.v1.IHistory;

/**
 * A history with every payload decoded (the audit tools read and replay it as plain data).
 * Histories hold payloads in `Payloads` messages: each `{ payloads: [...] }` found is decoded.
 */
export async function decodeHistory(history: History, codecs: PayloadCodec[]): Promise<History> {
  const copy = temporal.api.history.v1.History.decode(temporal.api.history.v1.History.encode(history).finish());
  const lists: Array<{ payloads: Payload[] }> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(visit);
    } else if (node && typeof node === 'object' && !(node instanceof Uint8Array)) {
      const record = node as Record<string, unknown>;
      // In Temporal's protos only the Payloads message has a field of this name.
      if (Array.isArray(record.payloads)) {
        lists.push(record as { payloads: Payload[] });
      }
      Object.values(record).forEach(visit);
    }
  };
  visit(copy);
  for (const list of lists) {
    for (const codec of [...codecs].reverse()) list.payloads = await codec.decode(list.payloads);
  }
  return copy;
}
