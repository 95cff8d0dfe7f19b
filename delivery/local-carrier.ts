import type { Config } from '../config';
import { startCarrierSimulator } from './carrier-simulator';

/** How long the local simulator waits before each next status of a parcel. */
const STEP_MS = 5_000;

/**
 * The carrier simulator at CARRIER_URL, reporting signed to the API at `apiOrigin`: what `npm run
 * carrier-simulator` runs, and `npm start` too when no carrier is configured outside production.
 */
export async function startLocalCarrier(config: Config, apiOrigin: string) {
  const secret = config.delivery.webhookSecret;
  if (!secret) throw new Error('Set CARRIER_WEBHOOK_SECRET: the simulator signs its reports with the service’s secret');
  const { port, hostname } = new URL(config.delivery.carrierUrl);
  return startCarrierSimulator({
    port: Number(port),
    host: hostname,
    secret,
    webhookUrl: `${apiOrigin}/delivery/webhook`,
    advanceEveryMs: STEP_MS,
  });
}

/** Where a process on this machine reaches an API listening on `host`. */
export function reachableOrigin(host: string, port: number): string {
  if (host === '0.0.0.0' || host === 'localhost') return `http://127.0.0.1:${port}`;
  if (host === '::') return `http://[::1]:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
