import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { exportJWK, generateKeyPair, type JWK } from 'jose';

export interface OpenIdProviderSettings {
  /** The desk's public client. */
  clientId: string;
  redirectUri: string;
  /** The one resource it issues access tokens for (the API's AUTH_AUDIENCE). */
  audience: string;
  /** The provider's signing key, private part included. */
  signingKey: JWK;
  cookieKey: string;
  /** Who may sign in (any password), each with the claims their access tokens carry. */
  accounts: Record<string, Record<string, string>>;
}

export interface OpenIdProvider {
  issuer: string;
  /** The provider's own key, for tokens a test forges as if the provider had signed them. */
  signingKey: CryptoKey;
  stop(): Promise<void>;
}

/** Starts openid-provider-process.ts and waits until it says its issuer. */
export async function startOpenIdProvider(
  settings: Omit<OpenIdProviderSettings, 'signingKey' | 'cookieKey'>,
): Promise<OpenIdProvider> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'test-provider' };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'openid-provider-process.ts')], {
    env: {
      ...process.env,
      OPENID_PROVIDER_SETTINGS: JSON.stringify({
        ...settings,
        signingKey,
        cookieKey: randomBytes(32).toString('base64url'),
      }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const issuer = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve((JSON.parse(line) as { issuer: string }).issuer),
    );
    void exited.then(() => reject(new Error(`The OpenID provider stopped before it listened:\n${stderr}`)));
  });
  return {
    issuer,
    signingKey: privateKey,
    stop: async () => {
      child.kill();
      await exited;
    },
  };
}
