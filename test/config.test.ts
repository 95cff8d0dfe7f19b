import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, loadConfig } from '../config';
import { temporalConnectionOptions } from '../temporal/options';
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

  it("links the printed guide to this machine's address unless told where people reach the desk", () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ HOST: 'desk.hall.internal' }).publicUrl).toBe('http://desk.hall.internal:4000');
    expect(loadConfig({ HOST: '::1' }).publicUrl).toBe('http://[::1]:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://zwfw.xicheng.example' }).publicUrl).toBe('https://zwfw.xicheng.example');
    expect(loadConfig({ PUBLIC_URL: 'https://hall.example/lianban' }).publicUrl).toBe('https://hall.example/lianban');
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
    ['HALL_DIVISION_CODE', '000000'],
    ['HALL_DIVISION_CODE', '990102'],
    ['HALL_DIVISION_CODE', '11010'],
    ['PUBLIC_URL', 'hall.example'],
    ['PUBLIC_URL', 'ftp://hall.example'],
    ['PUBLIC_URL', 'https://hall.example/'],
    ['PUBLIC_URL', 'https://hall.example/lianban/'],
    ['PUBLIC_URL', 'https://hall.example?from=poster'],
    ['PUBLIC_URL', 'https://hall.example#top'],
    ['PUBLIC_URL', 'https://desk:secret@hall.example'],
  ])('stops with the name of %s when it is %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });
});

describe('signing in', () => {
  const provider = {
    OIDC_ISSUER: 'https://id.hall.example/realms/xicheng',
    OIDC_CLIENT_ID: 'lianban-desk',
    AUTH_AUDIENCE: 'https://lianban.hall.example',
  };

  it('signs in through an OpenID provider, whose tokens the API then expects', () => {
    expect(loadConfig({ ...provider, AUTH_ROLE_CLAIM: 'hall_role' }).auth).toMatchObject({
      issuer: provider.OIDC_ISSUER,
      audience: provider.AUTH_AUDIENCE,
      claims: { role: 'hall_role', agency: 'agency' },
      oidc: { issuer: provider.OIDC_ISSUER, clientId: 'lianban-desk', providerName: 'id.hall.example' },
      demoSignIn: false,
    });
  });

  it('names what an OpenID provider needs beside its issuer', () => {
    expect(() => loadConfig({ OIDC_ISSUER: provider.OIDC_ISSUER })).toThrow(/OIDC_CLIENT_ID:[^]*AUTH_AUDIENCE:/);
    expect(() => loadConfig({ ...provider, AUTH_ISSUER: 'https://other.example' })).toThrow(/AUTH_ISSUER:/);
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'lianban-desk' })).toThrow(/OIDC_CLIENT_ID: set OIDC_ISSUER/);
    expect(() => loadConfig({ ...provider, AUTH_AUDIENCE: provider.OIDC_CLIENT_ID })).toThrow(
      /AUTH_AUDIENCE: must name the API, not the desk/,
    );
  });

  it.each(['http://id.hall.example', 'https://id.hall.example/?realm=x', 'id.hall.example'])(
    'refuses the issuer %s',
    (issuer) => {
      expect(() => loadConfig({ ...provider, OIDC_ISSUER: issuer })).toThrow(/OIDC_ISSUER: must be an https URL/);
    },
  );

  it('takes a provider on this machine over http, for development', () => {
    expect(loadConfig({ ...provider, OIDC_ISSUER: 'http://127.0.0.1:9000' }).auth.issuer).toBe('http://127.0.0.1:9000');
  });

  it('offers demo people only when asked, in development, on a loopback address, without an identity provider', () => {
    expect(loadConfig({}).auth.demoSignIn).toBe(false);
    expect(loadConfig({ DEMO_SIGN_IN: 'true' }).auth.demoSignIn).toBe(true);
    for (const elsewhere of [
      { NODE_ENV: 'production' },
      { NODE_ENV: 'test' },
      { HOST: '0.0.0.0' },
      provider,
      { AUTH_JWKS_URL: 'https://id.hall.example/jwks' },
    ]) {
      expect(() => loadConfig({ ...elsewhere, DEMO_SIGN_IN: 'true' })).toThrow(
        /DEMO_SIGN_IN: signs in anyone as anyone/,
      );
    }
  });
});

describe('reaching a Temporal cluster, the way Temporal reads it', () => {
  const dir = tempDir();
  afterAll(() => dir.remove());
  const files = () => {
    const [ca, cert, key] = ['ca.pem', 'client.pem', 'client.key'].map((name) => path.join(dir.path, name));
    writeFileSync(ca, 'CA');
    writeFileSync(cert, 'CERT');
    writeFileSync(key, 'KEY');
    return { ca, cert, key };
  };
  // No profile file of the machine's user may leak into these: each names its own (absent) file.
  const noFile = { TEMPORAL_CONFIG_FILE: path.join(dir.path, 'none.toml') };

  it('connects in plain text to the local dev server by default', () => {
    const config = loadConfig(noFile);
    expect(config.temporal.address).toBeUndefined();
    expect(config.temporal.namespace).toBe('default');
    expect(temporalConnectionOptions(config.temporal, '127.0.0.1:7233')).toEqual({
      address: '127.0.0.1:7233',
      tls: undefined,
      apiKey: undefined,
      metadata: undefined,
    });
  });

  it("uses TLS with a client certificate, or an API key, from Temporal's variables", () => {
    const { ca, cert, key } = files();
    const config = loadConfig({
      ...noFile,
      TEMPORAL_ADDRESS: 'ns.tmprl.cloud:7233',
      TEMPORAL_NAMESPACE: 'xicheng',
      TEMPORAL_TLS_SERVER_CA_CERT_PATH: ca,
      TEMPORAL_TLS_CLIENT_CERT_PATH: cert,
      TEMPORAL_TLS_CLIENT_KEY_PATH: key,
      TEMPORAL_API_KEY: 'k-1',
    });
    expect(config.temporal).toMatchObject({ address: 'ns.tmprl.cloud:7233', namespace: 'xicheng' });
    const options = temporalConnectionOptions(config.temporal, 'ns.tmprl.cloud:7233');
    expect(options.apiKey).toBe('k-1');
    expect(options.tls).toMatchObject({
      serverRootCACertificate: Buffer.from('CA'),
      clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
    });
    expect(config.deprecations).toEqual([]);
  });

  it('reads a profile of the config file', () => {
    const file = path.join(dir.path, 'temporal.toml');
    writeFileSync(file, '[profile.hall]\naddress = "temporal.hall:7233"\nnamespace = "xicheng"\napi_key = "k-2"\n');
    const config = loadConfig({ TEMPORAL_CONFIG_FILE: file, TEMPORAL_PROFILE: 'hall' });
    expect(config.temporal).toMatchObject({ address: 'temporal.hall:7233', namespace: 'xicheng' });
    expect(config.temporal.connection.apiKey).toBe('k-2');
  });

  it('still takes the old variable names for one release, with a warning for each', () => {
    const { ca, cert, key } = files();
    const config = loadConfig({ ...noFile, TEMPORAL_TLS_CA: ca, TEMPORAL_TLS_CERT: cert, TEMPORAL_TLS_KEY: key });
    expect(temporalConnectionOptions(config.temporal, 'x:7233').tls).toMatchObject({
      serverRootCACertificate: Buffer.from('CA'),
      clientCertPair: { crt: Buffer.from('CERT'), key: Buffer.from('KEY') },
    });
    expect(config.deprecations).toEqual([
      expect.stringContaining('TEMPORAL_TLS_CA is deprecated'),
      expect.stringContaining('TEMPORAL_TLS_CERT is deprecated'),
      expect.stringContaining('TEMPORAL_TLS_KEY is deprecated'),
    ]);
  });

  it('refuses a client certificate without its key, and a file that is not there, naming them', () => {
    expect(() => loadConfig({ ...noFile, TEMPORAL_TLS_CLIENT_CERT_PATH: '/x.pem' })).toThrow(
      /TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH/,
    );
    expect(() => loadConfig({ ...noFile, TEMPORAL_TLS_SERVER_CA_CERT_PATH: '/no/such/ca.pem' })).toThrow(
      /Temporal connection/,
    );
  });
});

describe("the carrier's webhook secret", () => {
  it('is the development one only outside production on a loopback HOST', () => {
    expect(loadConfig({}).delivery.webhookSecret).toEqual(expect.any(String));
    expect(loadConfig({ HOST: '0.0.0.0' }).delivery.webhookSecret).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'production' }).delivery.webhookSecret).toBeUndefined();
    const secret = 'x'.repeat(40);
    expect(
      loadConfig({ NODE_ENV: 'production', HOST: '0.0.0.0', CARRIER_WEBHOOK_SECRET: secret }).delivery.webhookSecret,
    ).toBe(secret);
  });
});

describe('the carrier', () => {
  it('is the local simulator that npm start runs when no CARRIER_URL is set, outside production', () => {
    expect(loadConfig({}).delivery).toMatchObject({ carrierUrl: 'http://127.0.0.1:4100', localSimulator: true });
    expect(loadConfig({ CARRIER_URL: '' }).delivery.localSimulator).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).delivery.localSimulator).toBe(false);
    // On a HOST others reach, the development secret is not used: without a set one, no simulator
    // (which could not sign its reports) rather than a service that will not start.
    expect(loadConfig({ HOST: '0.0.0.0' }).delivery).toMatchObject({ localSimulator: false, webhookSecret: undefined });
    expect(
      loadConfig({ HOST: '0.0.0.0', CARRIER_WEBHOOK_SECRET: 'a-secret-of-thirty-two-characters!!' }).delivery
        .localSimulator,
    ).toBe(true);
    expect(loadConfig({ CARRIER_URL: 'https://ems.example' }).delivery).toMatchObject({
      carrierUrl: 'https://ems.example',
      localSimulator: false,
    });
    expect(() => loadConfig({ CARRIER_URL: 'https://ems.example/api' })).toThrow(/CARRIER_URL/);
  });

  it('is waited for DELIVERY_DEADLINE_DAYS calendar days, 15 unless set', () => {
    expect(loadConfig({}).delivery.deadlineDays).toBe(15);
    expect(loadConfig({ DELIVERY_DEADLINE_DAYS: '7' }).delivery.deadlineDays).toBe(7);
    expect(() => loadConfig({ DELIVERY_DEADLINE_DAYS: '0' })).toThrow(/DELIVERY_DEADLINE_DAYS/);
  });
});
