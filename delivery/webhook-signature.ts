import { createHmac, timingSafeEqual } from 'node:crypto';

/** The header a carrier signs its status reports with: `sha256=<hex HMAC of the raw body>`. */
export const SIGNATURE_HEADER = 'x-carrier-signature';

export function signBody(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

export function validSignature(secret: string, body: Buffer, signature: string | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
