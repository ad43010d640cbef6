// The per-procedure report in print, in real Chromium: with print media on an A4-landscape page
// width every column of the table is inside the page, no cell's text overflows its cell (names
// and headings wrap, numbers do not), the one-click periods set the dates, and the date fields
// read and take dd/mm/yyyy in a browser whose language is US English. Screenshots in
// /tmp/luot-reports-print.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/i18n/time.js';
import { ZONE } from '../support/reports-server.js';
import { openReportsHarness, useReportsHarness } from './reports-support.js';

const SHOTS = '/tmp/luot-reports-print';
/** A4 landscape less 10 mm margins, at 96 px per inch: 277 mm × 190 mm. */
const A4_LANDSCAPE = { width: 1047, height: 718 };
const reports = useReportsHarness({ historyDays: 12 });

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** Cells of the report table whose content is wider than the cell, or that lie outside the page. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const find = (root: ParentNode, selector: string): Element | null => {
      const direct = root.querySelector(selector);
      if (direct) return direct;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) {
          const inner = find(el.shadowRoot, selector);
          if (inner) return inner;
        }
      }
      return null;
    };
    const host = find(document, '[data-testid="reports-times-table"]');
    const table = host?.shadowRoot?.querySelector('table');
    if (!table) return ['no table'];
    const problems: string[] = [];
    const pageWidth = document.documentElement.clientWidth;
    for (const cell of Array.from(table.querySelectorAll('th, td')) as HTMLElement[]) {
      const box = cell.getBoundingClientRect();
      const text = (cell.textContent ?? '').trim().slice(0, 30);
      if (box.right > pageWidth + 0.5) problems.push(`outside the page: "${text}" right=${box.right}`);
      if (cell.scrollWidth > cell.clientWidth + 1)
        problems.push(`overflows: "${text}" ${cell.scrollWidth}>${cell.clientWidth}`);
      const inner = cell.firstElementChild as HTMLElement | null;
      if (inner && inner.scrollWidth > inner.clientWidth + 1) problems.push(`name overflows: "${text}"`);
    }
    return problems;
  });
}

describe('reports in print', () => {
  it('the per-procedure table fits an A4 landscape page, every column whole', async () => {
    const { context, page } = await openReportsHarness(reports, {
      viewport: { width: 1440, height: 900 },
      locale: 'en-US',
    });
    await expect.poll(() => page.getByTestId('reports-card-issued').textContent()).toMatch(/\d/);

    // One click: this month, this quarter, then this year (the dates follow, the report reloads),
    // written dd/mm/yyyy although the browser is in US English.
    const today = localDay(Date.now(), ZONE);
    const [y, m, d] = today.split('-');
    const dmy = (day: string) => day.split('-').reverse().join('/');
    const from = page.getByTestId('reports-filter-from');
    const to = page.getByTestId('reports-filter-to');
    await page.getByTestId('reports-period-year').click();
    await expect.poll(() => from.inputValue()).toBe(`01/01/${y}`);
    expect(await to.inputValue()).toBe(`${d}/${m}/${y}`);
    expect(await page.getByTestId('reports-period-year').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('reports-period-month').click();
    await expect.poll(() => from.inputValue()).toBe(`01/${m}/${y}`);
    await page.getByTestId('reports-period-quarter').click();
    const quarterStart = `${y}-${String(Math.floor((Number(m) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
    await expect.poll(() => from.inputValue()).toBe(dmy(quarterStart));
    expect(await page.getByTestId('reports-period-quarter').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('reports-period-today').click();
    await expect.poll(() => from.inputValue()).toBe(`${d}/${m}/${y}`);

    // Typed dates: day first. 1/1 of this year is 1 January; a date that does not exist is refused.
    await from.fill(`1/1/${y}`);
    await from.press('Tab');
    expect(await from.inputValue()).toBe(`01/01/${y}`);
    const asked = page.waitForRequest((r) => r.url().includes('/reports/summary?'));
    await page.getByTestId('reports-apply').click();
    const url = new URL((await asked).url());
    expect(url.searchParams.get('from')).toBe(`${y}-01-01`);
    expect(url.searchParams.get('to')).toBe(today);
    await from.fill(`31/02/${y}`);
    await from.press('Tab');
    expect(await from.evaluate((el) => (el as HTMLInputElement).validationMessage)).toContain('17/02/2026');
    await page.screenshot({ path: `${SHOTS}/date-refused.png` });
    await page.getByTestId('reports-period-year').click();
    await expect.poll(() => from.inputValue()).toBe(`01/01/${y}`);

    await page.getByTestId('reports-tab-times').click();
    await page.getByTestId('reports-times-table').locator('tbody tr').first().waitFor();
    const rows = await page.getByTestId('reports-times-table').locator('tbody tr').count();
    expect(rows).toBeGreaterThan(3);
    await page.screenshot({ path: `${SHOTS}/procedures-screen.png`, fullPage: true });

    await page.setViewportSize(A4_LANDSCAPE);
    await page.emulateMedia({ media: 'print' });
    expect(await layoutProblems(page)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/procedures-print.png`, fullPage: true });
    await context.close();
  });
});
