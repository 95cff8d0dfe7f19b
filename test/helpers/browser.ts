import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Person } from './lianban-client';
import { startTestService, type TestService } from './service';

/** Debian's Chromium (CHROMIUM_PATH elsewhere); .ci/run installs it with the CJK fonts. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export interface PageOptions {
  /** Where the page puts what it logs as an error, or throws uncaught. */
  consoleErrors: string[];
  /** Signed in as this person, the way the sign-in form leaves the tab; signed out without. */
  person?: { authorization: string };
  width?: number;
  /** Only what pages of this origin log counts (an identity provider's own pages aside). */
  origin?: string;
}

/** A page of its own browser context: no storage shared with another person's. */
export async function openPage(browser: Browser, options: PageOptions): Promise<Page> {
  const { consoleErrors, person, width = 1280, origin } = options;
  const page = await browser.newPage({ viewport: { width, height: 844 }, acceptDownloads: true });
  const counts = (url: string) => !origin || url.startsWith(origin);
  page.on('console', (message) => {
    if (message.type() === 'error' && counts(message.location().url || page.url())) {
      consoleErrors.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => {
    if (counts(page.url())) consoleErrors.push(`${page.url()}: ${error.message}`);
  });
  if (person) {
    const token = person.authorization.replace('Bearer ', '');
    await page.addInitScript((value) => sessionStorage.setItem('lianban.token', value), token);
  }
  return page;
}

export interface DeskUnderTest {
  service: TestService;
  browser: Browser;
  origin: string;
  /** A page as openPage makes it; a test fails if any page it opened logged an error. */
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
    open: (person?: Person, width?: number) => openPage(desk.browser, { consoleErrors, person, width }),
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

// axe-core's browser build, read once; a page gets it through the DevTools protocol below.
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AccessibilityViolation {
  rule: string;
  impact: string;
  help: string;
  /** Each offending element: its selector and what axe says is wrong with it. */
  elements: string[];
}

/**
 * What axe-core finds against WCAG 2.0 and 2.1, levels A and AA, on the page as it stands, of
 * impact serious or critical. The desk's CSP forbids inline scripts, so axe is not added as a
 * script tag: page.evaluate runs it through the DevTools protocol, which CSP does not govern,
 * and the page audited is the page as served, CSP and all.
 */
export async function accessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: typeof import('axe-core') };
    const results = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      elements: violation.nodes.map((node) => `${node.target.join(' ')}: ${node.failureSummary ?? ''}`),
    }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
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

/**
 * The name of each element Tab reaches on the page, from the top, in order, until focus comes
 * round to one already reached (or after `limit` presses): its aria-label, else its label, else
 * its text.
 */
export async function tabStops(page: Page, limit = 200): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const stops: string[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const holder = window as unknown as { reachedByTab?: WeakSet<Element> };
      const reached = (holder.reachedByTab ??= new WeakSet());
      const again = reached.has(element);
      reached.add(element);
      const labels = (element as HTMLInputElement).labels;
      const name = element.getAttribute('aria-label') ?? labels?.[0]?.innerText ?? element.innerText ?? '';
      return { again, name: name.trim() };
    });
    if (stop?.again) break;
    if (stop) stops.push(stop.name);
  }
  await page.evaluate(() => delete (window as unknown as { reachedByTab?: unknown }).reachedByTab);
  return stops;
}

/** Marks the loaded document, so that what the page shows later is known to have come without a reload. */
export const markDocument = (page: Page) =>
  page.evaluate(() => ((window as { unreloaded?: boolean }).unreloaded = true));

/** Whether the document markDocument marked is still the one loaded. */
export const stillUnreloaded = (page: Page) =>
  page.evaluate(() => (window as { unreloaded?: boolean }).unreloaded === true);
