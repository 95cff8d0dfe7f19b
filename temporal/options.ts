import type { ConnectionOptions } from '@temporalio/client';
import type { Config } from '../config';

/**
 * How to reach the configured Temporal server: the address, and for a cluster or Temporal Cloud
 * what Temporal's environment configuration read (TLS, an API key, gRPC metadata). Used by the
 * client and the worker alike.
 */
export function temporalConnectionOptions(
  temporal: Config['temporal'],
  address: string,
): Pick<ConnectionOptions, 'address' | 'tls' | 'metadata'> & { apiKey?: string } {
  const { tls, apiKey, metadata } = temporal.connection;
  return { address, tls, apiKey: typeof apiKey === 'string' ? apiKey : undefined, metadata };
}
