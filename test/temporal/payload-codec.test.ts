import { randomBytes } from 'node:crypto';
import type { Payload } from '@temporalio/common';
import { EncryptionCodec, parsePayloadKeys, PayloadKeyError } from '../../temporal/payload-codec';

const key = (id: string) => ({ id, key: randomBytes(32) });
const json = (value: unknown): Payload => ({
  metadata: { encoding: Buffer.from('json/plain') },
  data: Buffer.from(JSON.stringify(value)),
});
const text = (payload: Payload) => Buffer.from(payload.data!).toString('utf8');

describe('the payload codec', () => {
  const form = { name: '张三', idNumber: '11010519491231002X' };

  it('encrypts every payload with the first key, naming it, and decrypts it back', async () => {
    const codec = new EncryptionCodec([key('2026-11'), key('2026-01')]);
    const [sealed] = await codec.encode([json(form)]);
    expect(Buffer.from(sealed.metadata!['encryption-key-id']).toString()).toBe('2026-11');
    expect(Buffer.from(sealed.metadata!.encoding).toString()).toBe('binary/encrypted');
    expect(Buffer.from(sealed.data!).includes(Buffer.from('11010519491231002X'))).toBe(false);
    const [opened] = await codec.decode([sealed]);
    expect(JSON.parse(text(opened))).toEqual(form);
    expect(Buffer.from(opened.metadata!.encoding).toString()).toBe('json/plain');
  });

  it('encrypts the same payload differently each time (a fresh nonce)', async () => {
    const codec = new EncryptionCodec([key('a')]);
    const [first, second] = await codec.encode([json(form), json(form)]);
    expect(Buffer.compare(Buffer.from(first.data!), Buffer.from(second.data!))).not.toBe(0);
  });

  it('decrypts with an older key after rotation, and names a key it does not hold', async () => {
    const old = key('old');
    const [sealed] = await new EncryptionCodec([old]).encode([json(form)]);
    const [opened] = await new EncryptionCodec([key('new'), old]).decode([sealed]);
    expect(JSON.parse(text(opened))).toEqual(form);
    await expect(new EncryptionCodec([key('new')]).decode([sealed])).rejects.toThrow(/"old", which PAYLOAD_KEYS/);
  });

  it('refuses a payload whose bytes were altered', async () => {
    const codec = new EncryptionCodec([key('a')]);
    const [sealed] = await codec.encode([json(form)]);
    const altered = Buffer.from(sealed.data!);
    altered[20] ^= 1;
    await expect(codec.decode([{ ...sealed, data: altered }])).rejects.toThrow();
  });

  it('passes payloads written before encryption through, so recorded histories replay', async () => {
    const plain = json(form);
    expect(await new EncryptionCodec([key('a')]).decode([plain])).toEqual([plain]);
  });
});

describe('PAYLOAD_KEYS', () => {
  it('reads id:base64 entries, the first encrypting', () => {
    const a = randomBytes(32).toString('base64');
    const b = randomBytes(32).toString('base64');
    expect(parsePayloadKeys(`new:${a}, old:${b}`).map(({ id }) => id)).toEqual(['new', 'old']);
  });

  it.each([
    ['', /no key given/],
    ['nokey', /entry 1 is not id:base64key/],
    [`short:${randomBytes(16).toString('base64')}`, /"short" is 16 bytes; AES-256 needs 32/],
    [`a:${randomBytes(32).toString('base64')},a:${randomBytes(32).toString('base64')}`, /"a" is given twice/],
  ])('refuses %j', (setting, message) => {
    expect(() => parsePayloadKeys(setting)).toThrow(PayloadKeyError);
    expect(() => parsePayloadKeys(setting)).toThrow(message);
  });
});
