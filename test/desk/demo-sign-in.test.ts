import http from 'node:http';
import { decodeJwt } from 'jose';
import type { Page } from 'playwright-core';
import { deskUnderTest, openPage } from '../helpers/browser';
import { graphql } from '../helpers/graphql';

/** Development on this machine: the desk lists demo people and signs one in with a click. */
const desk = deskUnderTest({ NODE_ENV: 'development', DEMO_SIGN_IN: 'true' });

const ME = '{ me { sub role agency } }';
const REVIEWING_AGENCIES = [
  ...['AIC', 'QTS', 'TAX', 'HRSS', 'STATS', 'CULTURE', 'PSB', 'TOBACCO', 'CITYADMIN'],
  ...['FDA', 'HEALTH', 'DPF', 'COMMERCE', 'CIVIL_AFFAIRS', 'EDUCATION'],
];

async function deskPage(): Promise<{ page: Page; errors: string[] }> {
  const errors: string[] = [];
  const page = await openPage(desk.browser, { consoleErrors: errors, origin: desk.origin });
  return { page, errors };
}

/** A request as it arrives with these headers, which fetch would not let a test set (Host). */
function rawRequest(path: string, headers: Record<string, string>, body?: string) {
  const { port } = new URL(desk.origin);
  return new Promise<{ status: number; body: any }>((resolve, reject) => {
    const request = http.request(
      { host: '127.0.0.1', port, path, method: body ? 'POST' : 'GET', headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const demoSignIn = (sub: unknown) =>
  fetch(`${desk.origin}/auth/dev/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sub }),
  });

it('lists one of each kind of person, with a reviewer and a supervisor for every reviewing agency', async () => {
  const { people } = (await (await fetch(`${desk.origin}/auth/dev/people`)).json()) as {
    people: Array<{ identity: { sub: string; role: string; agency?: string }; agency?: { name: string } }>;
  };
  const identities = people.map((person) => person.identity);
  expect(identities.slice(0, 2)).toEqual([
    { sub: 'demo-applicant', role: 'APPLICANT' },
    { sub: 'demo-window', role: 'WINDOW', agency: 'WINDOW' },
  ]);
  for (const role of ['REVIEWER', 'SUPERVISOR']) {
    expect(identities.filter((identity) => identity.role === role).map((identity) => identity.agency)).toEqual(
      REVIEWING_AGENCIES,
    );
  }
  expect(identities.slice(-2)).toEqual([
    { sub: 'demo-auditor', role: 'AUDITOR' },
    { sub: 'demo-admin', role: 'ADMIN' },
  ]);
  expect(people.find((person) => person.identity.agency === 'AIC')?.agency?.name).toBe('工商行政管理局');
});

it('signs a demo person’s token the API accepts, living an hour at most', async () => {
  const { token } = (await (await demoSignIn('demo-supervisor-tax')).json()) as { token: string };
  expect(await graphql(desk.service.url, ME, { token })).toEqual({
    data: { me: { sub: 'demo-supervisor-tax', role: 'SUPERVISOR', agency: 'TAX' } },
  });
  const { exp, iat } = decodeJwt(token);
  expect(exp! - iat!).toBeLessThanOrEqual(3600);
});

it('signs no one else, saying which field is wrong', async () => {
  const response = await demoSignIn('mallory');
  expect(response.status).toBe(400);
  const { errors } = (await response.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
  expect(errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sub' }] });
});

it('refuses a request through a proxy or for another host name, even from this machine', async () => {
  const { port } = new URL(desk.origin);
  const proxied = await rawRequest('/auth/dev/people', { host: `localhost:${port}`, 'x-forwarded-for': '203.0.113.9' });
  expect(proxied.status).toBe(403);
  expect(proxied.body.errors[0].message).toMatch('came through a proxy (x-forwarded-for)');
  // A page at another name that resolves here (DNS rebinding) must not read a token either.
  const rebound = await rawRequest(
    '/auth/dev/sign-in',
    { host: `attacker.example:${port}`, 'content-type': 'application/json' },
    JSON.stringify({ sub: 'demo-admin' }),
  );
  expect(rebound.status).toBe(403);
  expect(rebound.body.errors[0].message).toMatch('the request is for host attacker.example');
});

it('signs in a demo person with one click and starts them where their work is', async () => {
  const { page, errors } = await deskPage();
  await page.goto(`${desk.origin}/sign-in`);
  await page.getByRole('button', { name: '申请人' }).click();
  await page.waitForURL(`${desk.origin}/my/cases`);
  await page.getByText('demo-applicant · APPLICANT').waitFor();
  await page.getByText('还没有办件').waitFor();

  await page.locator('header').getByRole('button', { name: '退 出' }).click();
  await page.goto(`${desk.origin}/sign-in`);
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('button', { name: 'Administration for Industry and Commerce Reviewer' }).click();
  await page.getByText('demo-reviewer-aic · REVIEWER · AIC').waitFor();
  expect(new URL(page.url()).pathname).toBe('/inbox');
  expect(errors).toEqual([]);
  await page.close();
});
