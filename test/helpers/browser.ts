import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestService, type TestService } from './service';

/** Debian's Chromium (CHROMIUM_PATH elsewhere); .ci/run installs it with the CJK fonts. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

/** A page that remembers every URL it requested, to show it loads nothing from another host. */
export async function recordingPage(browser: Browser, options: { width?: number } = {}) {
  const page: Page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  return { page, requested };
}

/**
 * The service and the Chromium a file of desk tests drives: started before its tests, stopped
 * after them. Read them from the returned object inside the tests.
 */
export function deskUnderTest(): { service: TestService; browser: Browser; origin: string } {
  const desk = {} as { service: TestService; browser: Browser; origin: string };
  beforeAll(async () => {
    desk.service = await startTestService();
    desk.origin = new URL(desk.service.url).origin;
    desk.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await desk.browser?.close();
    await desk.service?.stop();
  });
  return desk;
}

/** A page signed in as `person`, the way the sign-in form leaves the tab. */
export async function pageAs(
  browser: Browser,
  person: { authorization: string },
  options: { width?: number } = {},
): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 } });
  const token = person.authorization.replace('Bearer ', '');
  await page.addInitScript((value) => sessionStorage.setItem('lianban.token', value), token);
  return page;
}

/** Every error the page logs or throws from now on, to show a screen runs without any. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

/**
 * Waits until the page's canvas named `name` (its accessible name) has something drawn on it:
 * enough pixels that are neither blank nor white, as a rendered page of text has.
 */
export async function waitForDrawnCanvas(page: Page, name: string | RegExp): Promise<void> {
  const canvas = await page.getByRole('img', { name }).elementHandle();
  await page.waitForFunction(
    (element) => {
      const target = element as HTMLCanvasElement;
      if (target.width === 0) return false;
      const { data } = target.getContext('2d')!.getImageData(0, 0, target.width, target.height);
      let inked = 0;
      for (let at = 0; at < data.length; at += 4) {
        if (data[at + 3] > 0 && data[at] + data[at + 1] + data[at + 2] < 600) inked += 1;
      }
      return inked > 200;
    },
    canvas,
    { timeout: 20_000 },
  );
}
