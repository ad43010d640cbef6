// Helpers of the reports e2e tests: a reports hub on the real time, the reports harness and
// Chromium for one test file, and a page with the demo centre's manager signed in.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { localDay, localMinutes } from '../../shared/i18n/time.js';
import { launchBrowser } from '../support/browser.js';
import { buildReportsHarness, type ReportsHarness } from '../support/reports-harness.js';
import { MANAGER_PASSWORD, type ReportsServer, startReportsServer, ZONE } from '../support/reports-server.js';

export interface ReportsSetUp {
  readonly s: ReportsServer;
  readonly harness: ReportsHarness;
  readonly browser: Browser;
}

/** Starts the three before the file's tests and closes them after; read them inside tests. */
export function useReportsHarness(opts: { historyDays?: number } = {}): ReportsSetUp {
  let s: ReportsServer | undefined;
  let harness: ReportsHarness | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    // Sessions expire by the browser's clock, so the hub's clock is the real time here.
    const now = Date.now();
    [s, harness, browser] = await Promise.all([
      startReportsServer(localDay(now, ZONE), localMinutes(now, ZONE), opts),
      buildReportsHarness('demo'),
      launchBrowser(),
    ]);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await harness?.close();
    await s?.server.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the reports set-up starts in beforeAll');
    return value;
  };
  return {
    get s() {
      return started(s);
    },
    get harness() {
      return started(harness);
    },
    get browser() {
      return started(browser);
    },
  };
}

/** Signs the demo centre's manager in on the page's cookies. */
export async function signInManager(page: Page, url: string): Promise<void> {
  const login = await page.request.post(`${url}/api/auth/login`, {
    data: { username: 'quanly', password: MANAGER_PASSWORD },
  });
  expect(login.status()).toBe(200);
}

/**
 * A new context that serves the harness, and a page on it with the manager signed in and the
 * reports page open; errors collects the page's errors (and console errors when asked).
 */
export async function openReportsHarness(
  setUp: ReportsSetUp,
  contextOptions: BrowserContextOptions,
  opts: { consoleErrors?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const { s, harness, browser } = setUp;
  const context = await browser.newContext(contextOptions);
  await harness.serve(context, s.url);
  const page = await context.newPage();
  const errors: string[] = [];
  if (opts.consoleErrors)
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
  page.on('pageerror', (e) => errors.push(e.message));
  await signInManager(page, s.url);
  await page.goto(`${s.url}/reports-harness/`);
  return { context, page, errors };
}
