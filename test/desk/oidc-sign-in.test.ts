import { generateKeyPair, SignJWT } from 'jose';
import type { Browser, Page } from 'playwright-core';
import { authSecret } from '../../api/secret';
import { signToken } from '../../api/token';
import { launchBrowser, openPage } from '../helpers/browser';
import { graphql } from '../helpers/graphql';
import { startOpenIdProvider, type OpenIdProvider } from '../helpers/openid-provider';
import { freePort } from '../helpers/ports';
import { startTestService, type TestService } from '../helpers/service';

/**
 * The production sign-in against a real OpenID provider (the certified `oidc-provider`) on this
 * machine: the desk as a public client with PKCE, the API checking the provider's tokens with
 * the keys its discovery document names, and the role and agency in claims of the provider's
 * own names.
 */
const CLIENT_ID = 'lianban-desk';
const AUDIENCE = 'urn:lianban:api';
const ROLE_CLAIM = 'https://hall.example/role';
const AGENCY_CLAIM = 'https://hall.example/agency';

let provider: OpenIdProvider;
let service: TestService;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  // The provider must know the desk's callback before the service knows the provider.
  const port = await freePort();
  origin = `http://localhost:${port}`;
  provider = await startOpenIdProvider({
    clientId: CLIENT_ID,
    redirectUri: `${origin}/sign-in/callback`,
    audience: AUDIENCE,
    accounts: {
      'enterprise-oidc': { [ROLE_CLAIM]: 'APPLICANT' },
      'officer-oidc': { [ROLE_CLAIM]: 'REVIEWER', [AGENCY_CLAIM]: 'AIC' },
    },
  });
  service = await startTestService({
    PORT: String(port),
    NODE_ENV: 'production',
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_PROVIDER_NAME: '政务服务统一身份认证',
    AUTH_AUDIENCE: AUDIENCE,
    AUTH_ROLE_CLAIM: ROLE_CLAIM,
    AUTH_AGENCY_CLAIM: AGENCY_CLAIM,
  });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
  await provider?.stop();
});

const ME = '{ me { sub role agency } }';

async function deskPage(): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await openPage(browser, { consoleErrors: errors, origin: origin });
  return { page, errors };
}

/** Signs in at the provider's own login and consent pages, from the desk's sign-in page. */
async function signInAtProvider(page: Page, account: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByRole('button', { name: '使用 政务服务统一身份认证 登录' }).click();
  await page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
  await page.locator('input[name=login]').fill(account);
  await page.locator('input[name=password]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click();
}

it('signs in at the OpenID provider with PKCE and comes back signed in, the token in the tab only', async () => {
  const { page, errors } = await deskPage();
  const authorizations: URL[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.searchParams.has('code_challenge')) authorizations.push(url);
  });
  await signInAtProvider(page, 'enterprise-oidc');

  await page.waitForURL(`${origin}/my/cases`);
  await page.getByText('enterprise-oidc · APPLICANT').waitFor();
  // My cases answered from the API with the provider's token: the list, empty, not an error.
  await page.getByText('还没有办件').waitFor();
  expect(await page.locator('.ant-alert-error').count()).toBe(0);

  const [asked] = authorizations;
  expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
  expect(asked.searchParams.get('client_id')).toBe(CLIENT_ID);
  expect(asked.searchParams.get('resource')).toBe(AUDIENCE);
  expect(asked.searchParams.get('state')).toMatch(/^[\w-]{43}$/);
  expect(asked.searchParams.get('nonce')).toMatch(/^[\w-]{43}$/);
  expect(asked.searchParams.has('code_verifier')).toBe(false);

  const token = await page.evaluate(() => sessionStorage.getItem('lianban.token'));
  expect(await graphql(service.url, ME, { token: token! })).toEqual({
    data: { me: { sub: 'enterprise-oidc', role: 'APPLICANT', agency: null } },
  });
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.context().cookies(origin)).toEqual([]);
  expect(errors).toEqual([]);
  await page.context().close();
});

it('starts a reviewer at the desk with their agency read from the provider’s claims', async () => {
  const { page, errors } = await deskPage();
  await signInAtProvider(page, 'officer-oidc');
  await page.getByText('officer-oidc · REVIEWER · AIC').waitFor();
  expect(new URL(page.url()).pathname).toBe('/inbox');
  expect(errors).toEqual([]);
  await page.context().close();
});

it('refuses an answer at the callback that this tab did not ask for', async () => {
  const { page } = await deskPage();
  await page.goto(`${origin}/sign-in/callback?code=stolen&state=guessed&iss=${encodeURIComponent(provider.issuer)}`);
  await page.getByText('这不是本页面发起的登录，已拒绝').waitFor();
  expect(await page.evaluate(() => sessionStorage.getItem('lianban.token'))).toBeNull();
  await page.context().close();
});

describe('the API with an OpenID provider', () => {
  const providerToken = (claims: Record<string, unknown>, kid = 'test-provider') =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid })
      .setSubject('enterprise-oidc')
      .setIssuer(provider.issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m');
  const problem = async (token: string) => (await graphql(service.url, ME, { token })).errors?.[0]?.message;

  it('accepts a token the provider signed for the API', async () => {
    const token = await providerToken({ [ROLE_CLAIM]: 'APPLICANT' }).sign(provider.signingKey);
    expect(await graphql(service.url, ME, { token })).toEqual({
      data: { me: { sub: 'enterprise-oidc', role: 'APPLICANT', agency: null } },
    });
  });

  it('refuses one for another audience, from another issuer, signed by another key, or by the local secret', async () => {
    const { privateKey: stranger } = await generateKeyPair('RS256');
    const claims = { [ROLE_CLAIM]: 'APPLICANT' };
    expect(await problem(await providerToken(claims).setAudience('urn:another:api').sign(provider.signingKey))).toMatch(
      'the token claim "aud" is not valid',
    );
    expect(
      await problem(await providerToken(claims).setIssuer('http://127.0.0.1:1').sign(provider.signingKey)),
    ).toMatch('the token claim "iss" is not valid');
    expect(await problem(await providerToken(claims).sign(stranger))).toMatch('the token signature is not valid');
    expect(await problem(await providerToken(claims, 'another').sign(stranger))).toMatch(
      'the token is not signed by a key of the identity provider',
    );
    const local = await signToken(
      { sub: 'enterprise-oidc', role: 'APPLICANT' },
      { ...service.config.auth, secret: authSecret(service.config) },
    );
    expect(await problem(local)).toBe('Not signed in: the token is not valid');
  });

  it('holds the provider’s claims to the same role and agency rules, naming its claim', async () => {
    const token = await providerToken({ [ROLE_CLAIM]: 'REVIEWER' }).sign(provider.signingKey);
    expect(await problem(token)).toMatch(
      `the token claim "${AGENCY_CLAIM}" is not valid: a REVIEWER token must name its agency`,
    );
  });
});

it('has no demo sign-in in production, and lets the desk reach the provider only', async () => {
  for (const [method, path] of [
    ['GET', '/auth/dev/people'],
    ['POST', '/auth/dev/sign-in'],
  ]) {
    const response = await fetch(`${origin}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify({ sub: 'demo-admin' }) : undefined,
    });
    expect(response.status).toBe(404);
  }
  expect(await (await fetch(`${origin}/auth/settings`)).json()).toEqual({
    demoSignIn: false,
    claims: { role: ROLE_CLAIM, agency: AGENCY_CLAIM },
    oidc: { issuer: provider.issuer, clientId: CLIENT_ID, audience: AUDIENCE, providerName: '政务服务统一身份认证' },
  });
  const page = await fetch(`${origin}/sign-in`, { headers: { accept: 'text/html' } });
  expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' ${provider.issuer};`);
});
