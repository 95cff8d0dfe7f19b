import { SignJWT } from 'jose';
import type { Identity } from '../../api/identity';
import { signToken } from '../../api/token';
import type { Database } from '../../prisma/database';
import { serveApp, TEST_SECRET } from '../helpers/app-server';
import { openTestDatabase } from '../helpers/database';
import { errorCodes, graphql } from '../helpers/graphql';

const SECRET = TEST_SECRET;
let database: Database;
let app: Awaited<ReturnType<typeof serveApp>>;
let url: string;

beforeAll(async () => {
  database = await openTestDatabase();
  app = await serveApp(database);
  url = app.url;
}, 60_000);

afterAll(async () => {
  await app?.close();
  await database?.close();
});

const token = (identity: Identity, expiresIn = '1h') => signToken(identity, { secret: SECRET, expiresIn });
const ME = '{ me { sub role agency } }';
const VERSIONS = '{ serviceItemVersions(code: "XC-0001") { version current } }';

describe('authentication', () => {
  it('answers a valid token with its identity', async () => {
    const response = await graphql(url, ME, {
      token: await token({ sub: 'officer-1', role: 'REVIEWER', agency: 'AIC' }),
    });
    expect(response).toEqual({ data: { me: { sub: 'officer-1', role: 'REVIEWER', agency: 'AIC' } } });
  });

  it('gives WINDOW staff the WINDOW agency without an agency claim', async () => {
    const response = await graphql(url, ME, { token: await token({ sub: 'clerk-1', role: 'WINDOW' }) });
    expect(response.data!.me).toEqual({ sub: 'clerk-1', role: 'WINDOW', agency: 'WINDOW' });
  });

  const forged = () =>
    new SignJWT({ role: 'ADMIN' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('some-other-secret-of-sufficient-length-000'));
  const expired = () =>
    new SignJWT({ role: 'APPLICANT' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('late')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 7200)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 3600)
      .sign(new TextEncoder().encode(SECRET));
  const unsigned = async () =>
    `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from('{"sub":"x","role":"ADMIN"}').toString('base64url')}.`;
  const noAgency = () =>
    new SignJWT({ role: 'REVIEWER' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('officer-2')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(SECRET));

  const signed = (claims: Record<string, unknown>, expires?: number | string) => {
    const jwt = new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).setSubject('someone');
    return (expires === undefined ? jwt : jwt.setExpirationTime(expires)).sign(new TextEncoder().encode(SECRET));
  };

  it.each([
    ['a token that never expires', () => signed({ role: 'ADMIN' }), 'no "exp" claim'],
    ['a token valid for a year', () => signed({ role: 'ADMIN' }, '365d'), 'longer than the 24 h AUTH_MAX_TOKEN_HOURS'],
    [
      'a REVIEWER of the window',
      () => signed({ role: 'REVIEWER', agency: 'WINDOW' }, '1h'),
      "a REVIEWER names a reviewing agency; the acceptance window's staff have the role WINDOW",
    ],
    [
      'a SUPERVISOR of the window',
      () => signed({ role: 'SUPERVISOR', agency: 'WINDOW' }, '1h'),
      'a SUPERVISOR names a reviewing agency',
    ],
    ['WINDOW staff of another agency', () => signed({ role: 'WINDOW', agency: 'AIC' }, '1h'), 'names no other agency'],
    [
      'an applicant of an agency',
      () => signed({ role: 'APPLICANT', agency: 'TAX' }, '1h'),
      'an APPLICANT token names no agency',
    ],
  ])('refuses %s, saying why', async (_case, make, reason) => {
    const response = await graphql(url, ME, { authorization: `Bearer ${await make()}` });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0].message).toContain(reason);
  });

  it.each([
    ['no header', async () => undefined, 'Not signed in'],
    ['a header that is not Bearer', async () => 'Basic dXNlcjpwYXNz', 'Bearer'],
    ['a forged token', async () => `Bearer ${await forged()}`, 'signature'],
    ['an expired token', async () => `Bearer ${await expired()}`, 'expired'],
    ['an unsigned token', async () => `Bearer ${await unsigned()}`, 'not valid'],
    ['a reviewer token without an agency', async () => `Bearer ${await noAgency()}`, 'agency'],
    ['garbage', async () => 'Bearer not.a.jwt', 'not valid'],
  ])('refuses %s on a protected field with UNAUTHENTICATED', async (_case, header, reason) => {
    const response = await graphql(url, ME, { authorization: await header() });
    expect(errorCodes(response)).toEqual(['UNAUTHENTICATED']);
    expect(response.errors![0].message).toContain(reason);
    expect(response.data).toBeNull();
  });

  it('still serves the public catalogue to anyone, whatever the token', async () => {
    const response = await graphql(url, '{ serviceItem(code: "XC-0003") { code } }', {
      authorization: `Bearer ${await forged()}`,
    });
    expect(response).toEqual({ data: { serviceItem: { code: 'XC-0003' } } });
  });
});

describe('roles', () => {
  it.each([
    ['APPLICANT', { sub: 'ent-1', role: 'APPLICANT' }],
    ['REVIEWER', { sub: 'officer-1', role: 'REVIEWER', agency: 'AIC' }],
    ['WINDOW', { sub: 'clerk-1', role: 'WINDOW' }],
    ['AUDITOR', { sub: 'auditor-1', role: 'AUDITOR' }],
  ] as Array<[string, Identity]>)('refuses %s an administrators-only field with FORBIDDEN', async (_role, identity) => {
    const response = await graphql(url, VERSIONS, { token: await token(identity) });
    expect(errorCodes(response)).toEqual(['FORBIDDEN']);
    expect(response.data).toBeNull();
  });

  it('lets ADMIN read every version', async () => {
    const response = await graphql(url, VERSIONS, { token: await token({ sub: 'admin-1', role: 'ADMIN' }) });
    expect(response).toEqual({ data: { serviceItemVersions: [{ version: 2, current: true }] } });
  });
});
