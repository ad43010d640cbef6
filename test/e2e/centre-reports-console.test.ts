// Reports over several centres on a ward's own hub (embedded store, no province page): someone who
// sees two centres finds the section under "Báo cáo", types the period as dd/mm/yyyy (an impossible
// date is refused in words), and reads one row per centre. Screenshot: /tmp/luot-centre-reports.png.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.js';
import { type CentresServer, playDay, startCentresServer } from '../support/centre-reports-scenario.js';
import { ADMIN_PASSWORD } from '../support/test-server.js';
import { signIn } from './sign-in.js';

let c: CentresServer;
let browser: Browser;

beforeAll(async () => {
  c = await startCentresServer();
  await playDay(c);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await c?.server.close();
});

describe('reports over several centres on one hub', { timeout: 90_000 }, () => {
  it('are under Báo cáo, with dd/mm/yyyy dates', async () => {
    const { page, errors } = await openPage(browser, `${c.url}/admin/`, { width: 1440, height: 1400 });
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-reports').click();
    const section = page.getByTestId('province-reports');
    await section.waitFor();

    const from = section.getByTestId('pr-from');
    await from.fill('31/02/2026');
    await from.dispatchEvent('change');
    expect(await from.evaluate((e) => (e as HTMLInputElement).validationMessage)).toContain('dd/mm/yyyy');
    await from.fill('01/03/2026');
    await from.dispatchEvent('change');
    expect(await from.evaluate((e) => (e as HTMLInputElement).validity.valid)).toBe(true);
    const to = section.getByTestId('pr-to');
    await to.fill('2/3/2026');
    await to.dispatchEvent('change');
    expect(await to.inputValue()).toBe('02/03/2026');

    await section.getByTestId('pr-show').click();
    const rows = section.getByTestId('pr-row');
    await expect.poll(() => rows.count()).toBe(2);
    const total = (await section.getByTestId('pr-total').locator('td').allTextContents()).map((s) =>
      s.trim(),
    );
    expect(total.slice(1, 4)).toEqual(['7', '5', '2']);
    await page.screenshot({ path: '/tmp/luot-centre-reports.png', fullPage: true });
    expect(errors, 'console errors').toEqual([]);
    await page.context().close();
  });
});
