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
