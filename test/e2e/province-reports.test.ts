// Reports over a set of centres in real Chromium, against a hub on PostgreSQL with tickets served
// in two centres: a province officer opens "Toàn tỉnh", picks centres and a period, reads the table
// per centre and per procedure (merged by mã TTHC), downloads the CSV, and reads the section in
// Vietnamese and Khmer (screenshots in /tmp/luot-province-reports-shots).
import { mkdir } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { deepText, launchBrowser, openPage } from '../support/browser.js';
import {
  type CentresServer,
  DAY,
  OTHER_NAME,
  P1,
  PASSWORD,
  playDay,
  startCentresServer,
} from '../support/centre-reports-scenario.js';
import { createTestDatabase, type TestDatabase } from '../support/pg-database.js';
import { signIn } from './sign-in.js';

const SHOTS = '/tmp/luot-province-reports-shots';
let db: TestDatabase;
let c: CentresServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  db = await createTestDatabase();
  c = await startCentresServer(await PgStore.open(db.url, { poolSize: 4 }));
  await playDay(c);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await c?.server.close();
  await db?.drop();
});

describe('province reports', { timeout: 90_000 }, () => {
  it('picks centres and a period, shows and exports the merged tables, in Vietnamese and Khmer', async () => {
    const { page, errors } = await openPage(browser, `${c.url}/admin/`, { width: 1440, height: 1300 });
    await signIn(page, 'tinh', PASSWORD);
    const section = page.getByTestId('province-reports');
    await section.waitFor();
    expect(await section.getByTestId('pr-selected').textContent()).toBe('Đã chọn 2 trung tâm');

    // The period: the day the tickets were served (the hub's clock is set to it).
    await section.getByTestId('pr-from').fill('2026-03-01');
    await section.getByTestId('pr-to').fill(DAY);

    // A list of one centre, then both.
    await section.getByTestId('pr-scope-list').click();
    expect(await section.getByTestId('pr-selected').textContent()).toBe('Đã chọn 0 trung tâm');
    expect(await section.getByTestId('pr-show').isDisabled()).toBe(true);
    await section.locator('[data-testid="pr-site"][data-site="other"]').check();
    await section.getByTestId('pr-show').click();
    const rows = section.getByTestId('pr-row');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-key')).toBe('other');
    await section.locator('[data-testid="pr-site"][data-site="demo"]').check();
    await section.getByTestId('pr-show').click();
    await expect.poll(() => rows.count()).toBe(2);
    expect(await section.getByTestId('pr-total').textContent()).toContain('Tổng cộng');
    const total = (await section.getByTestId('pr-total').locator('td').allTextContents()).map((s) =>
      s.trim(),
    );
    // Tickets, served, no-show; mean wait 78/7 = 11,1 min; longest 22; satisfied 75%.
    expect(total.slice(1, 5)).toEqual(['7', '5', '2', '11,1']);
    expect(total.at(-1)).toBe('75,0');

    // Per procedure: P1 is one row for both centres (same mã TTHC, other local id).
    await section.getByTestId('pr-view-procedures').click();
    const p1 = section.locator('[data-testid="pr-row"]', { hasText: P1.code });
    await expect.poll(() => p1.count()).toBe(1);
    const p1Cells = (await p1.locator('td').allTextContents()).map((s) => s.trim());
    expect(p1Cells[2]).toBe('2');
    expect(p1Cells[3]).toBe('3');
    expect(await section.textContent()).toContain(`chỉ ${OTHER_NAME}`);

    // The CSV download is the server's export of the same choice.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByTestId('pr-export-csv').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bao-cao-procedures-2-trung-tam-.*\.csv$/);
    const csv = await (await download.createReadStream()).toArray();
    const text = Buffer.concat(csv).toString('utf8');
    expect(text.startsWith('\uFEFFMã TTHC,Thủ tục,Số trung tâm,Số phiếu đã cấp')).toBe(true);

    const vi = await deepText(page);
    expect(vi).toContain('Báo cáo nhiều trung tâm');
    await page.screenshot({ path: `${SHOTS}/province-reports-vi.png`, fullPage: true });
    await page.getByTestId('lang-km').click();
    const km = await deepText(page);
    expect(km).toContain('របាយការណ៍មជ្ឈមណ្ឌលច្រើន');
    expect(km).toContain('ចំនួនមជ្ឈមណ្ឌល');
    await page.screenshot({ path: `${SHOTS}/province-reports-km.png`, fullPage: true });
    expect(errors).toEqual([]);
  });
});
