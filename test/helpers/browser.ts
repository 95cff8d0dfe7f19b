import { chromium, type Browser, type Page } from 'playwright-core';
import type { Person } from './lianban-client';
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

/** A page signed in as `person`, the way the sign-in form leaves the tab. */
export async function pageAs(browser: Browser, person: Person, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  const token = person.authorization.replace('Bearer ', '');
  await page.addInitScript((value) => sessionStorage.setItem('lianban.token', value), token);
  return page;
}

/** Every console error and uncaught exception of a page from now on, to show a screen ran clean. */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
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
