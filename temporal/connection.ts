import { Client, Connection, type ClientInterceptors } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { startDevServer } from './dev-server';
import { EncryptionCodec } from './payload-codec';
import { payloadKeys } from './payload-keys';
import { resolveTemporalCli } from './cli';
import { temporalConnectionOptions } from './options';
import { boundedRetryInterceptor, callDeadlineInterceptor } from './retry';

export interface TemporalHandle {
  address: string;
  /** The dev server's Web UI, when Lianban started one. */
  uiUrl?: string;
  connection: Connection;
  client: Client;
  /** What encrypts the client's and the worker's payloads, for the codec endpoint. */
  codec: PayloadCodec;
  close(): Promise<void>;
}

/**
 * With TEMPORAL_ADDRESS, connects to that server; without it, starts a dev server with its
 * data under DATA_DIR and stops it again on close. The client gives up on an unreachable server
 * after TEMPORAL_CLIENT_RETRY_SECONDS, and on any call not answered within
 * TEMPORAL_CALL_TIMEOUT_SECONDS, so that a request fails promptly and retryably.
 */
export async function provideTemporal(
  config: Config,
  log: Logger,
  interceptors?: ClientInterceptors,
): Promise<TemporalHandle> {
  const devServer = config.temporal.address
    ? undefined
    : await startDevServer({
        cliPath: await resolveTemporalCli({ cliPath: config.temporal.cliPath, log }),
        dataDir: config.dataDir,
        namespace: config.temporal.namespace,
        port: config.temporal.devPort,
        uiPort: config.temporal.uiPort,
        // The API of this service; a browser on this machine reaches it as localhost.
        uiCodecEndpoint: config.port === 0 ? undefined : `http://localhost:${config.port}/codec`,
        log,
      });
  const address = config.temporal.address ?? devServer!.address;
  try {
    const connection = await Connection.connect({
      ...temporalConnectionOptions(config.temporal, address),
      interceptors: [
        callDeadlineInterceptor(config.temporal.callTimeoutSeconds * 1000),
        boundedRetryInterceptor(config.temporal.clientRetrySeconds * 1000),
      ],
    });
    const codec = new EncryptionCodec(payloadKeys(config));
    const client = new Client({
      connection,
      namespace: config.temporal.namespace,
      interceptors,
      dataConverter: { payloadCodecs: [codec] },
    });
    return {
      address,
      uiUrl: devServer?.uiUrl,
      connection,
      client,
      codec,
      close: async () => {
        await connection.close();
        await devServer?.stop();
      },
    };
  } catch (error) {
    await devServer?.stop();
    throw error;
  }
}
