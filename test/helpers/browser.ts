import { chromium, type Browser, type Page } from 'playwright-core';
import type { Person } from './lianban-client';
import { startTestService, type TestService } from './service';

/** Debian's Chromium (CHROMIUM_PATH elsewhere); .ci/run installs it with the CJK fonts. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export interface DeskUnderTest {
  service: TestService;
  browser: Browser;
  origin: string;
  /**
   * A page of its own browser context (no storage shared with another person's), signed in as
   * `person` the way the sign-in form leaves the tab, or signed out.
   */
  open(person?: Person, width?: number): Promise<Page>;
}

/**
 * The service and the Chromium a file of desk tests drives: started before its tests, stopped
 * after them. Read them from the returned object inside the tests. A test fails if a page it
 * opened logged an error to the console or threw.
 */
export function deskUnderTest(env: NodeJS.ProcessEnv = {}): DeskUnderTest {
  const consoleErrors: string[] = [];
  const desk = {
    async open(person?: Person, width = 1280) {
      const page = await desk.browser.newPage({ viewport: { width, height: 844 }, acceptDownloads: true });
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
      if (person) {
        const token = person.authorization.replace('Bearer ', '');
        await page.addInitScript((value) => sessionStorage.setItem('lianban.token', value), token);
      }
      return page;
    },
  } as DeskUnderTest;
  beforeAll(async () => {
    desk.service = await startTestService(env);
    desk.origin = new URL(desk.service.url).origin;
    desk.browser = await launchBrowser();
  }, 120_000);
  afterEach(() => {
    const logged = consoleErrors.splice(0);
    expect(logged).toEqual([]);
  });
  afterAll(async () => {
    await desk.browser?.close();
    await desk.service?.stop();
  });
  return desk;
}
