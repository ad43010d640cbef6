// Editing the kiosk's visit tiles in the console, in real Chromium against a real hub: the
// manager renames "Hỏi thông tin", moves it first and hides "Bổ sung hồ sơ"; the open kiosk shows
// the change without a reload. A tile shown without a procedure is not saved. Screenshots in
// /tmp/kiosk-visits-editor-*.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.js';
import { localDay, localMinutes } from '../../shared/i18n/time.js';
import { MANAGER_PASSWORD, type ReportsServer, startReportsServer, ZONE } from '../support/reports-server.js';
import { request } from '../support/test-server.js';
import { PORTRAIT, text } from './kiosk-support.js';
import { signIn } from './sign-in.js';

vi.setConfig({ testTimeout: 90_000 });
let s: ReportsServer;
let browser: Browser;

beforeAll(async () => {
  // Sessions expire by the browser's clock: the hub runs on the real time.
  const now = Date.now();
  [s, browser] = await Promise.all([
    startReportsServer(localDay(now, ZONE), localMinutes(now, ZONE)),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await s?.server.close();
});

describe('visit tiles edited in the console', () => {
  it('a renamed, reordered and hidden tile shows on the open kiosk', async () => {
    const kiosk = await openPage(browser, `${s.url}/kiosk/?key=${s.keys.kiosk}&lang=vi`, PORTRAIT);
    await kiosk.page.getByTestId('visit-inquiry').waitFor();
    await kiosk.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const admin = await openPage(browser, `${s.url}/admin/`, { width: 1440, height: 900 });
    const page = admin.page;
    await signIn(page, 'quanly', MANAGER_PASSWORD);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-kiosk').click();
    await page.getByTestId('visit-inquiry-row').waitFor();

    // A tile shown without a procedure is refused before anything is sent.
    await page.getByTestId('visit-supplement-procedure').selectOption('');
    await page.getByTestId('kiosk-save').click();
    expect(await text(page.getByTestId('form-error'))).toContain('Bổ sung hồ sơ');

    await page.getByTestId('visit-supplement-on').uncheck();
    await page.getByTestId('visit-inquiry-label-vi').fill('Hỏi đáp thủ tục');
    await page.getByTestId('visit-inquiry-label-en').fill('Questions about procedures');
    await page.getByTestId('visit-inquiry-up').click();
    await page.getByTestId('visit-inquiry-up').click();
    // The form fits the console's width (long procedure names in the choices do not widen it).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
    await page.screenshot({ path: '/tmp/kiosk-visits-editor-form.png', fullPage: true });
    await page.getByTestId('kiosk-save').click();
    await page.getByTestId('notice').waitFor();

    const token = await s.token('quanly');
    const config = await request(s.url, '/api/sites/demo/config', { auth: token });
    expect(config.body.settings.kiosk.visits).toEqual({
      order: ['inquiry', 'result', 'supplement'],
      result: 'p-visit-result',
      inquiry: 'p-visit-inquiry',
      labels: { inquiry: { vi: 'Hỏi đáp thủ tục', en: 'Questions about procedures' } },
    });

    // The kiosk follows without a reload: the renamed tile first, no "Bổ sung hồ sơ".
    const k = kiosk.page;
    await expect.poll(() => k.getByTestId('visit-supplement').count(), { timeout: 10_000 }).toBe(0);
    const tiles = k.locator('[data-testid^="visit-"]');
    expect(await tiles.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')))).toEqual([
      'visit-inquiry',
      'visit-result',
    ]);
    expect(await text(k.getByTestId('visit-inquiry'))).toContain('Hỏi đáp thủ tục');
    expect(await k.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await k.screenshot({ path: '/tmp/kiosk-visits-editor-kiosk.png' });
    expect(kiosk.errors).toEqual([]);
    expect(admin.errors).toEqual([]);
  });
});
