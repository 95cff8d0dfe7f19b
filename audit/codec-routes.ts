import type { PayloadCodec, Payload } from '@temporalio/common';
import express, { Router, type RequestHandler } from 'express';
import type { Logger } from '../logger';
import { requestAuthentication } from '../api/auth';
import { sendError } from '../api/errors';
import { PayloadKeyError } from '../temporal/payload-codec';

/**
 * Temporal's remote codec protocol (what its Web UI and CLI call with `--codec-endpoint`):
 * `POST /codec/decode` with `{ payloads: [{ metadata, data }] }`, every byte string in base64.
 * Only auditors and administrators, by the same bearer tokens as the API, get plain payloads
 * back, and each decode is logged with who asked; anyone else gets 401 or 403, and so sees the
 * ciphertext. There is no `/encode`: nobody needs to make ciphertext under the service's key.
 */
export interface CodecRouteDependencies {
  codec: PayloadCodec;
  log: Logger;
  /** Web UIs allowed to call from a browser (the dev server's), e.g. `http://localhost:8233`. */
  allowedOrigins: string[];
}

interface JsonPayload {
  metadata?: Record<string, string>;
  data?: string;
}

const CODEC_ROLES = new Set(['AUDITOR', 'ADMIN']);
const MAX_BODY = '4mb';

const fromJson = (payload: JsonPayload): Payload => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value, 'base64')]),
  ),
  data: Buffer.from(payload.data ?? '', 'base64'),
});

const toJson = (payload: Payload): JsonPayload => ({
  metadata: Object.fromEntries(
    Object.entries(payload.metadata ?? {}).map(([key, value]) => [key, Buffer.from(value ?? []).toString('base64')]),
  ),
  data: Buffer.from(payload.data ?? []).toString('base64'),
});

function isPayloadList(body: unknown): body is { payloads: JsonPayload[] } {
  const payloads = (body as { payloads?: unknown } | undefined)?.payloads;
  return (
    Array.isArray(payloads) &&
    payloads.every(
      (payload: JsonPayload) =>
        typeof payload === 'object' &&
        payload !== null &&
        (payload.data === undefined || typeof payload.data === 'string') &&
        Object.values(payload.metadata ?? {}).every((value) => typeof value === 'string'),
    )
  );
}

export function codecRoutes({ codec, log, allowedOrigins }: CodecRouteDependencies): Router {
  const router = Router();
  router.use('/codec', (req, res, next) => {
    const origin = req.headers.origin;
    if (origin && allowedOrigins.includes(origin)) {
      res.set({
        'access-control-allow-origin': origin,
        'access-control-allow-credentials': 'true',
        'access-control-allow-headers': 'authorization, content-type, x-namespace',
        'access-control-allow-methods': 'POST',
        vary: 'Origin',
      });
    }
    if (req.method === 'OPTIONS') return void res.sendStatus(204);
    next();
  });
  // Who may decode is settled before a body is read.
  const mayDecode: RequestHandler = (_req, res, next) => {
    const auth = requestAuthentication(res);
    if (!auth.identity) return sendError(res, 'UNAUTHENTICATED', 'Send an auditor’s or administrator’s bearer token');
    if (!CODEC_ROLES.has(auth.identity.role)) {
      return sendError(res, 'FORBIDDEN', 'Only auditors and administrators read the payloads of cases');
    }
    next();
  };
  router.post('/codec/decode', mayDecode, express.json({ limit: MAX_BODY }), async (req, res, next) => {
    try {
      const body: unknown = req.body;
      if (!isPayloadList(body)) {
        return sendError(res, 'BAD_USER_INPUT', 'The body must be { "payloads": [{ "metadata": {…}, "data": "…" }] }');
      }
      const reader = requestAuthentication(res).identity!;
      log.info(
        {
          readerId: reader.sub,
          readerRole: reader.role,
          namespace: req.get('x-namespace'),
          payloads: body.payloads.length,
        },
        'Decoded case payloads for a reader',
      );
      const result = await codec.decode(body.payloads.map(fromJson)).catch((error: unknown) => error as Error);
      if (result instanceof Error) {
        // A key this service does not hold, or bytes that were altered: the payload's fault, not ours.
        const why = result instanceof PayloadKeyError ? result.message : 'a payload does not decrypt with its key';
        return sendError(res, 'BAD_USER_INPUT', why);
      }
      res.json({ payloads: result.map(toJson) });
    } catch (error) {
      next(error);
    }
  });
  return router;
}
