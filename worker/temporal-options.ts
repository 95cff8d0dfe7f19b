import { readFileSync } from 'node:fs';
import type { ConnectionOptions } from '@temporalio/client';
import type { Config } from '../config';

/**
 * How to reach the configured Temporal server: address, and for a cluster or Temporal Cloud,
 * TLS (server CA, mTLS client pair) or an API key. Used by the client and the worker alike.
 */
export function temporalConnectionOptions(
  temporal: Config['temporal'],
  address: string,
): Pick<ConnectionOptions, 'address' | 'tls'> & { apiKey?: string } {
  const { tls } = temporal;
  return {
    address,
    tls: tls
      ? {
          serverRootCACertificate: tls.caPath ? readFileSync(tls.caPath) : undefined,
          clientCertPair:
            tls.certPath && tls.keyPath
              ? { crt: readFileSync(tls.certPath), key: readFileSync(tls.keyPath) }
              : undefined,
        }
      : undefined,
    apiKey: temporal.apiKey,
  };
}
