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
 * What a page logs as an error, and what it throws uncaught, while it shows `origin` (another
 * origin's own pages, an identity provider's, aside). Ant Design's deprecation notices are not
 * failures: they name a prop to rename.
 */
export function consoleErrors(page: Page, origin: string): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    const deprecation = /^Warning: \[antd: \w+\] .*deprecated/.test(message.text());
    if (message.type() === 'error' && !deprecation && message.location().url.startsWith(origin)) {
      errors.push(message.text());
    }
  });
  return errors;
}

/**
 * The service (with `env` on top of the test settings) and the Chromium a file of desk tests
 * drives: started before its tests, stopped after them. Read them from the returned object
 * inside the tests.
 */
export function deskUnderTest(env: NodeJS.ProcessEnv = {}): { service: TestService; browser: Browser; origin: string } {
  const desk = {} as { service: TestService; browser: Browser; origin: string };
  beforeAll(async () => {
    desk.service = await startTestService(env);
    desk.origin = new URL(desk.service.url).origin;
    desk.browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await desk.browser?.close();
    await desk.service?.stop();
  });
  return desk;
}
