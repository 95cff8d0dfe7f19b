import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { temporalConnectionOptions } from '../worker/temporal-options';
import { tempDir } from './helpers/temp-dir';

describe('configuration', () => {
  it('runs on one machine with no settings at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      temporal: { address: undefined, namespace: 'default', devPort: 7233, uiPort: 8233 },
      auth: { secret: undefined },
      production: false,
    });
  });

  it('reads every variable of API.md', () => {
    const config = loadConfig({
      PORT: '8080',
      DATA_DIR: '/var/lib/lianban',
      DATABASE_URL: 'postgresql://lianban@db/lianban',
      TEMPORAL_ADDRESS: 'temporal.example:7233',
      TEMPORAL_NAMESPACE: 'xicheng',
      AUTH_SECRET: 's'.repeat(32),
    });
    expect(config).toMatchObject({
      port: 8080,
      dataDir: '/var/lib/lianban',
      databaseUrl: 'postgresql://lianban@db/lianban',
      temporal: { address: 'temporal.example:7233', namespace: 'xicheng' },
      auth: { secret: 's'.repeat(32) },
    });
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', TEMPORAL_ADDRESS: ' ' })).toMatchObject({
      databaseUrl: undefined,
      temporal: { address: undefined },
    });
  });

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://db/lianban'],
    ['AUTH_SECRET', 'short'],
    ['AUTH_JWKS_URL', 'ftp://idp/keys'],
    ['LOG_LEVEL', 'loud'],
    ['TEMPORAL_DEV_PORT', '-1'],
  ])('stops with the name of %s when it is %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});

describe('reaching a Temporal cluster', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());

  it('connects in plain text to the local dev server by default', () => {
    expect(temporalConnectionOptions(loadConfig({}).temporal, '127.0.0.1:7233')).toEqual({
      address: '127.0.0.1:7233',
      tls: undefined,
      apiKey: undefined,
    });
  });

  it('uses TLS with a client certificate, or an API key, for a cluster or Temporal Cloud', () => {
    const ca = path.join(dir.path, 'ca.pem');
    const cert = path.join(dir.path, 'client.pem');
    const key = path.join(dir.path, 'client.key');
    writeFileSync(ca, 'CA');
    writeFileSync(cert, 'CERT');
    writeFileSync(key, 'KEY');
    const config = loadConfig({
      TEMPORAL_TLS_CA: ca,
      TEMPORAL_TLS_CERT: cert,
      TEMPORAL_TLS_KEY: key,
      TEMPORAL_API_KEY: 'k-1',
    });
    const options = temporalConnectionOptions(config.temporal, 'ns.tmprl.cloud:7233');
    expect(options.apiKey).toBe('k-1');
    expect(options.tls).toEqual({
      serverRootCACertificate: Buffer.from('CA'),
      clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
    });
    expect(temporalConnectionOptions(loadConfig({ TEMPORAL_TLS: 'true' }).temporal, 'x:7233').tls).toEqual({
      serverRootCACertificate: undefined,
      clientCertPair: undefined,
    });
  });

  it('refuses a client certificate without its key, naming both', () => {
    expect(() => loadConfig({ TEMPORAL_TLS_CERT: '/x.pem' })).toThrow(/TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY/);
  });
});
