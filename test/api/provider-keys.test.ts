import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createAuthenticator } from '../../api/auth';
import { providerKeys } from '../../api/provider-keys';
import { freePort } from '../helpers/ports';

const AUDIENCE = 'urn:lianban:api';

const authenticatorFor = (issuer: string) =>
  createAuthenticator({
    secret: 's'.repeat(32),
    issuer,
    audience: AUDIENCE,
    maxTokenHours: 24,
    keys: providerKeys({ oidc: { issuer } }),
  });

/**
 * A provider's discovery document and key set on a free port; the document names
 * `namedIssuer(its own address)` as its issuer.
 */
async function discoveryServer(namedIssuer: (own: string) => string) {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid: 'k', alg: 'RS256', use: 'sig' };
  let own = '';
  const server = http.createServer((req, res) => {
    const body = req.url === '/jwks' ? { keys: [jwk] } : { issuer: namedIssuer(own), jwks_uri: `${own}/jwks` };
    res.setHeader('content-type', 'application/json').end(JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  own = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const token = () =>
    new SignJWT({ role: 'APPLICANT' })
      .setProtectedHeader({ alg: 'RS256', kid: 'k' })
      .setSubject('someone')
      .setIssuer(own)
      .setAudience(AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
  return { issuer: own, token, close: () => server.close() };
}

it('checks tokens with the keys the issuer’s discovery document names', async () => {
  const provider = await discoveryServer((own) => own);
  try {
    expect(await authenticatorFor(provider.issuer)(`Bearer ${await provider.token()}`)).toEqual({
      identity: { sub: 'someone', role: 'APPLICANT' },
      expiresAt: expect.any(Date),
    });
  } finally {
    provider.close();
  }
});

it('takes no keys from a discovery document that names another issuer', async () => {
  const provider = await discoveryServer(() => 'https://elsewhere.example');
  try {
    expect(await authenticatorFor(provider.issuer)(`Bearer ${await provider.token()}`)).toMatchObject({
      identity: null,
      problem: expect.stringContaining('could not be asked for its keys'),
    });
  } finally {
    provider.close();
  }
});

it('tells a provider that cannot be reached apart from a bad token', async () => {
  const issuer = `http://127.0.0.1:${await freePort()}`;
  const { privateKey } = await generateKeyPair('RS256');
  const token = await new SignJWT({ role: 'APPLICANT' })
    .setProtectedHeader({ alg: 'RS256' })
    .setSubject('someone')
    .setIssuer(issuer)
    .setAudience(AUDIENCE)
    .setExpirationTime('5m')
    .sign(privateKey);
  expect(await authenticatorFor(issuer)(`Bearer ${token}`)).toEqual({
    identity: null,
    problem: 'the identity provider could not be asked for its keys to check the token; try again shortly',
  });
});
