import type { Browser } from 'playwright-core';
import { authSecret } from '../../api/secret';
import { signToken } from '../../api/token';
import { launchBrowser, recordingPage } from '../helpers/browser';
import { startTestService, type TestService } from '../helpers/service';

/** The desk in a real browser: served by the API's own process, loading nothing from outside. */
let service: TestService;
let browser: Browser;
let origin: string;

beforeAll(async () => {
  service = await startTestService();
  origin = new URL(service.url).origin;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.stop();
});

it('shows the catalogue in Chinese at /, and an item’s guide, with everything from its own origin', async () => {
  const { page, requested } = await recordingPage(browser);
  const answer = await page.goto(`${origin}/`);
  expect(answer?.status()).toBe(200);
  expect(answer?.headers()['content-security-policy']).toContain("default-src 'self'");
  await page.getByRole('heading', { name: '服务事项' }).waitFor();
  await page.getByRole('link', { name: '企业设立登记（五证合一）' }).click();

  await page.getByRole('heading', { name: '申请材料' }).waitFor();
  expect(page.url()).toBe(`${origin}/items/XC-0001`);
  await page.getByText('公司章程', { exact: true }).waitFor();
  await page.getByText('法定时限').first().waitFor();

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('heading', { name: 'Materials' }).waitFor();
  await page.getByText('Articles of association').waitFor();

  expect(requested.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'))).toEqual([]);
  await page.close();
});

it('opens a deep link straight from the server, and says when an item does not exist', async () => {
  const { page } = await recordingPage(browser);
  await page.goto(`${origin}/items/XC-9999`);
  await page.getByText('没有这个事项: XC-9999').waitFor();
  await page.close();
});

it('signs in with a token and shows who is signed in; a damaged token is refused at the form', async () => {
  const { page } = await recordingPage(browser, { width: 390 });
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel('访问令牌').fill('not-a-token');
  await page.locator('form').getByRole('button', { name: '登 录' }).click();
  await page.getByText('令牌无法读取').waitFor();

  const token = await signToken(
    { sub: 'enterprise-desk', role: 'APPLICANT' },
    { secret: authSecret(service.config), expiresIn: '1h' },
  );
  await page.getByLabel('访问令牌').fill(token);
  await page.locator('form').getByRole('button', { name: '登 录' }).click();
  await page.getByText('enterprise-desk · APPLICANT').waitFor();
  expect(new URL(page.url()).pathname).toBe('/');
  await page.close();
});
