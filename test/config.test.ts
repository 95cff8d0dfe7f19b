import path from 'node:path';
import { ConfigError, loadConfig } from '../config';

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
