import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CARRIER_STATUSES, type CarrierStatus } from '../domain/delivery';
import { signBody, SIGNATURE_HEADER } from './webhook-signature';
import type { StatusReport } from './status-report';

export interface SimulatorOptions {
  port?: number;
  host?: string;
  /** The shared secret its status reports are signed with. */
  secret: string;
  /** Lianban's webhook, `<api>/delivery/webhook`; settable later (a test's API starts after it). */
  webhookUrl?: string;
  /** Set: each parcel moves on by itself, one status every so many milliseconds, to DELIVERED. */
  advanceEveryMs?: number;
}

interface Booking {
  waybill: string;
  reference: string;
}

/**
 * A local stand-in for the carrier, speaking its HTTP protocol: bookings keyed by an idempotency
 * key (the same key, the same waybill), an outage (503, or 408, 429) or a refusal (422, a bad
 * address) on request, and status reports POSTed,
 * signed, to Lianban's webhook. Controlled in-process by tests, or over HTTP under `/simulator/`.
 */
export async function startCarrierSimulator(options: SimulatorOptions) {
  const bookings = new Map<string, Booking>();
  let webhookUrl = options.webhookUrl;
  /** The answer the next `left` booking requests get instead of a waybill. */
  let trouble = { left: 0, status: 503, error: 'service unavailable' };
  let bookingAttempts = 0;

  /** Sends one status report; answers the webhook's HTTP status. */
  const report = async (waybill: string, status: CarrierStatus): Promise<number> => {
    const booking = [...bookings.values()].find((candidate) => candidate.waybill === waybill);
    if (!booking) throw new Error(`No waybill ${waybill}`);
    if (!webhookUrl) throw new Error('The simulator has no webhook URL');
    const body: StatusReport = { reference: booking.reference, waybill, status, at: new Date().toISOString() };
    const text = JSON.stringify(body);
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signBody(options.secret, text) },
      body: text,
    });
    return response.status;
  };

  const advance = (waybill: string, statuses: readonly CarrierStatus[]) => {
    const [next, ...rest] = statuses;
    if (!next || options.advanceEveryMs === undefined) return;
    setTimeout(() => {
      report(waybill, next).then(
        () => advance(waybill, rest),
        () => advance(waybill, statuses),
      );
    }, options.advanceEveryMs).unref();
  };

  const book = (key: string, parcel: { reference?: unknown }): Booking => {
    const earlier = bookings.get(key);
    if (earlier) return earlier;
    const booking = {
      waybill: `EMS${String(bookings.size + 1).padStart(9, '0')}CN`,
      reference: String(parcel.reference),
    };
    bookings.set(key, booking);
    advance(booking.waybill, ['ACCEPTED', 'IN_TRANSIT', 'DELIVERED']);
    return booking;
  };

  const outage = (count: number, status = 503) => {
    trouble = { left: count, status, error: 'service unavailable' };
  };
  const refuse = (count: number, reason: string) => {
    trouble = { left: count, status: 422, error: reason };
  };

  const answer = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = chunks.length > 0 ? (JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown>) : {};
    const url = new URL(request.url ?? '/', 'http://simulator');
    if (request.method === 'POST' && url.pathname === '/waybills') {
      bookingAttempts += 1;
      if (trouble.left > 0) {
        trouble.left -= 1;
        return answer(response, trouble.status, { error: trouble.error });
      }
      const key = request.headers['idempotency-key'];
      if (typeof key !== 'string' || key === '') return answer(response, 400, { error: 'Idempotency-Key required' });
      if (typeof body.reference !== 'string') return answer(response, 400, { error: 'reference required' });
      return answer(response, 201, { waybill: book(key, body).waybill });
    }
    if (request.method === 'POST' && url.pathname === '/simulator/outage') {
      outage(Number(body.bookings ?? 0), Number(body.status ?? 503));
      return answer(response, 200, { outageLeft: trouble.left });
    }
    if (request.method === 'POST' && url.pathname === '/simulator/refusal') {
      refuse(Number(body.bookings ?? 1), typeof body.reason === 'string' ? body.reason : 'no such address');
      return answer(response, 200, { refusalsLeft: trouble.left });
    }
    const status = /^\/simulator\/waybills\/([^/]+)\/status$/.exec(url.pathname);
    if (request.method === 'POST' && status && CARRIER_STATUSES.includes(body.status as CarrierStatus)) {
      return answer(response, 200, { webhook: await report(status[1], body.status as CarrierStatus) });
    }
    return answer(response, 404, { error: 'not found' });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => answer(response, 500, { error: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    setWebhookUrl: (url: string) => {
      webhookUrl = url;
    },
    /** The next `count` booking requests answer `status` (503, or 408, 429): worth a retry. */
    outage,
    /** The next `count` booking requests are refused (422) for `reason`: no retry helps. */
    refuse,
    report,
    get bookingAttempts() {
      return bookingAttempts;
    },
    /** Every waybill booked, one per idempotency key. */
    waybills: () => [...bookings.values()],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type CarrierSimulator = Awaited<ReturnType<typeof startCarrierSimulator>>;
