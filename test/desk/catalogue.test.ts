import { SignJWT } from 'jose';
import type { Page } from 'playwright-core';
import { authSecret } from '../../api/secret';
import { signToken } from '../../api/token';
import { deskUnderTest } from '../helpers/browser';

/** The desk in a real browser: served by the API's own process, loading nothing from outside. */
const desk = deskUnderTest();

it('shows the catalogue in Chinese at /, and an item’s guide, with everything from its own origin', async () => {
  const page = await desk.open();
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  const answer = await page.goto(`${desk.origin}/`);
  expect(answer?.status()).toBe(200);
  expect(answer?.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.getByRole('heading', { name: '服务事项' }).waitFor();
  await page.getByRole('link', { name: '企业设立登记（五证合一）' }).click();

  await page.getByRole('heading', { name: '申请材料' }).waitFor();
  expect(page.url()).toBe(`${desk.origin}/items/XC-0001`);
  await page.getByText('公司章程', { exact: true }).waitFor();
  await page.getByText('法定时限').first().waitFor();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Materials' }).waitFor();
  await page.getByText('Articles of association').waitFor();

  expect(requested.filter((url) => new URL(url).origin !== desk.origin && !url.startsWith('data:'))).toEqual([]);
  await page.close();
});

it("shows the guide's QR code and opens its printed notice, both from the desk's own origin", async () => {
  const page = await desk.open();
  await page.goto(`${desk.origin}/items/XC-0002`);
  const qr = page.getByRole('img', { name: '本指南的二维码' });
  expect(await qr.getAttribute('src')).toBe('/catalogue/XC-0002/qr.svg');
  await qr.evaluate((image: HTMLImageElement) => image.decode());
  expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await page.getByText('扫码在手机上查看本指南').waitFor();

  // A click opens the notice in a tab of its own, which asks for a page (Accept: text/html): the
  // API answers it, not the desk.
  const notice = page.getByRole('link', { name: /打印告知单/ });
  expect(await notice.getAttribute('href')).toBe('/catalogue/XC-0002/2/notice.pdf');
  const answered = page.context().waitForEvent('response', (response) => response.url().endsWith('/notice.pdf'));
  await notice.click();
  const answer = await answered;
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('application/pdf');
  // What the tab shows is Chromium's PDF viewer; the file it shows is the one fetched again here.
  expect((await (await page.request.get(answer.url())).body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.close();
});

it('opens a deep link straight from the server, and says when an item does not exist', async () => {
  const page = await desk.open();
  await page.goto(`${desk.origin}/items/XC-9999`);
  await page.getByText('没有这个事项: XC-9999').waitFor();
  await page.close();
});

async function signInWith(page: Page, token: string) {
  await page.goto(`${desk.origin}/sign-in`);
  await page.getByLabel('访问令牌').fill(token);
  await page.locator('form').getByRole('button', { name: '登 录' }).click();
}

const tokenFor = (sub: string, expiresIn = '1h') =>
  signToken({ sub, role: 'APPLICANT' }, { secret: authSecret(desk.service.config), expiresIn });

const storedTokens = (page: Page) => page.evaluate(() => Object.keys(sessionStorage).length);

it('signs in with a token and shows who is signed in; a damaged token is refused at the form', async () => {
  const page = await desk.open(undefined, 390);
  await page.goto(`${desk.origin}/sign-in`);
  await page.getByLabel('访问令牌').fill('not-a-token');
  await page.locator('form').getByRole('button', { name: '登 录' }).click();
  await page.getByText('令牌无法读取').waitFor();

  const token = await signToken(
    { sub: 'enterprise-desk', role: 'APPLICANT' },
    { secret: authSecret(desk.service.config), expiresIn: '1h' },
  );
  await page.getByLabel('访问令牌').fill(token);
  await page.locator('form').getByRole('button', { name: '登 录' }).click();
  await page.getByText('enterprise-desk · APPLICANT').waitFor();
  // An applicant starts at their own cases.
  expect(new URL(page.url()).pathname).toBe('/my/cases');
  await page.close();
});

it('signs out leaving nothing fetched as the person before: the page is fetched again without the token', async () => {
  const page = await desk.open();
  await signInWith(page, await tokenFor('visitor-1'));
  await page.getByText('visitor-1 · APPLICANT').waitFor();
  await page.getByRole('link', { name: '服务事项' }).click();
  // The catalogue stands in for whatever a signed-in person had on screen: it was fetched with their token.
  const item = page.getByRole('link', { name: '企业设立登记（五证合一）' });
  await item.waitFor();

  // Hold the next answers back, so that anything on screen meanwhile could only come from the cache.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const authorizations: Array<string | undefined> = [];
  await page.route('**/graphql', async (route) => {
    authorizations.push(route.request().headers()['authorization']);
    await held;
    await route.continue();
  });
  await page.locator('header').getByRole('button', { name: '退 出' }).click();
  await page.locator('header').getByRole('link', { name: '登 录' }).waitFor();
  expect(await page.getByText('visitor-1').count()).toBe(0);
  expect(await item.count()).toBe(0);
  expect(await storedTokens(page)).toBe(0);

  release();
  await item.waitFor();
  expect(authorizations.length).toBeGreaterThan(0);
  expect(authorizations.filter(Boolean)).toEqual([]);
  await page.close();
});

it('counts a token past its expiry as signed out: refused at the form, dropped when it runs out or is found stored', async () => {
  const page = await desk.open();
  const expired = await new SignJWT({ role: 'APPLICANT' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('late-visitor')
    .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
    .sign(new TextEncoder().encode(authSecret(desk.service.config)));
  await signInWith(page, expired);
  await page.getByText('令牌已过期').waitFor();
  expect(new URL(page.url()).pathname).toBe('/sign-in');
  expect(await storedTokens(page)).toBe(0);

  // One that runs out while the page is open signs out by itself. It is signed at the form, and
  // lives a few seconds, so that a slow machine still gets it there in time.
  await page.goto(`${desk.origin}/sign-in`);
  await page.getByLabel('访问令牌').fill(await tokenFor('short-visitor', '5s'));
  await page.locator('form').getByRole('button', { name: '登 录' }).click();
  await page.getByText('short-visitor · APPLICANT').waitFor();
  await page.locator('header').getByRole('link', { name: '登 录' }).waitFor({ timeout: 20_000 });
  expect(await page.getByText('short-visitor').count()).toBe(0);
  expect(await storedTokens(page)).toBe(0);

  // One left in the tab's storage (the page reloaded after it ran out) is not taken up again.
  await page.evaluate((token) => sessionStorage.setItem('lianban.token', token), expired);
  await page.reload();
  await page.locator('header').getByRole('link', { name: '登 录' }).waitFor();
  expect(await page.getByText('late-visitor').count()).toBe(0);
  expect(await storedTokens(page)).toBe(0);
  await page.close();
});
