// The centre's printable monthly report in real Chromium, after a day of tickets taken, called,
// finished, rated and missed through the real server: the manager opens it from "Báo cáo" in the
// console, every figure on it equals the report API's for the month, and in print it is an A4
// portrait page (the PDF's page size), with no element wider than the page, table headers that
// repeat on each page and rows that do not split. Screenshots in /tmp/luot-reports-month.
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthRange } from '../../admin/reports/month-period.js';
import { DEMO_PROCEDURES } from '../../server/seed/index.js';
import { localDay, localMinutes } from '../../shared/i18n/time.js';
import type { GroupedReport, SummaryReport } from '../../shared/protocol/report-views.js';
import { launchBrowser } from '../support/browser.js';
import { type ReportsServer, startReportsServer, ZONE } from '../support/reports-server.js';
import { request } from '../support/test-server.js';
import { signInManager } from './reports-support.js';

const SHOTS = '/tmp/luot-reports-month';
/** A4 portrait less the report's margins (20 mm left, 15 mm right), at 96 px per inch. */
const A4_PORTRAIT = { width: Math.floor((175 / 25.4) * 96), height: Math.floor((267 / 25.4) * 96) };
const P1 = DEMO_PROCEDURES.find((p) => p.seriesId === 's-a');
const P2 = DEMO_PROCEDURES.find((p) => p.seriesId === 's-b');
let s: ReportsServer;
let browser: Browser;

async function ok(path: string, auth: string, body: unknown = {}) {
  const res = await request(s.url, path, { auth, body });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** A day at counter 2: six tickets of two fields, five served with outcomes, one rated, one missed. */
async function dayOfTickets(): Promise<void> {
  if (!P1 || !P2) throw new Error('demo procedures missing');
  const officer = await s.token('canbo1');
  const counter = (action: string, body: unknown = {}) =>
    ok(`/api/sites/demo/counters/c2/${action}`, officer, body);
  await counter('sign-in');
  const plan = [P1.id, P1.id, P2.id, P1.id, P2.id, P1.id];
  for (const [n, procedureId] of plan.entries()) {
    await ok('/api/sites/demo/tickets', s.keys.kiosk, { procedureId, requestId: `req-month-${n}` });
    s.clock.advance(2);
  }
  const outcomes = ['received', 'received', 'guided', 'returned', null];
  for (const [n, outcome] of outcomes.entries()) {
    const called = (await counter('call-next')) as { ticket: { id: string } };
    await counter('start');
    s.clock.advance(3 + n);
    await counter('finish', outcome ? { outcome } : {});
    if (n === 0) await counter('rating', { ticketId: called.ticket.id, level: 3 });
  }
  await counter('call-next');
  s.clock.advance(1);
  await counter('recall');
  s.clock.advance(1);
  await counter('no-show');
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  // The browser's cookies expire by the real clock: the hub starts a little before the real time.
  const real = Date.now();
  const start = localMinutes(real, ZONE) >= 90 ? real - 90 * 60_000 : real;
  [s, browser] = await Promise.all([
    startReportsServer(localDay(start, ZONE), localMinutes(start, ZONE)),
    launchBrowser(),
  ]);
  await dayOfTickets();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await s?.server.close();
});

/** Elements of the report wider than the page or sticking out of it, and cells whose text overflows. */
function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const find = (root: ParentNode): Element | null => {
      const direct = root.querySelector('luot-month-report');
      if (direct) return direct;
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const inner = el.shadowRoot ? find(el.shadowRoot) : null;
        if (inner) return inner;
      }
      return null;
    };
    const host = find(document);
    const sheet = host?.shadowRoot?.querySelector('[data-testid="month-report"]');
    if (!sheet) return ['no report'];
    const width = document.documentElement.clientWidth;
    const problems: string[] = [];
    for (const el of [sheet, ...Array.from(sheet.querySelectorAll('*'))] as HTMLElement[]) {
      const box = el.getBoundingClientRect();
      const text = (el.textContent ?? '').trim().slice(0, 30);
      if (box.width > 0 && (box.right > width + 0.5 || box.left < -0.5))
        problems.push(`${el.tagName} outside the page: "${text}" ${box.left}–${box.right} of ${width}`);
      if ((el.tagName === 'TD' || el.tagName === 'TH') && el.scrollWidth > el.clientWidth + 1)
        problems.push(`${el.tagName} overflows: "${text}" ${el.scrollWidth}>${el.clientWidth}`);
    }
    for (const thead of Array.from(sheet.querySelectorAll('thead')))
      if (getComputedStyle(thead).display !== 'table-header-group') problems.push('thead does not repeat');
    for (const tr of Array.from(sheet.querySelectorAll('tbody tr')))
      if (getComputedStyle(tr).breakInside !== 'avoid') problems.push('a row may split');
    return problems;
  });
}

const vi1 = (ms: number | null) => (ms === null ? '–' : (ms / 60_000).toFixed(1).replace('.', ','));
const share = (pct: number | null, part: number, whole: number) =>
  pct === null ? '–' : `${pct.toFixed(1).replace('.', ',')}% (${part}/${whole})`;

describe('monthly report', () => {
  it('shows the month’s figures of the report API and prints on A4 portrait', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signInManager(page, s.url);
    await page.goto(`${s.url}/admin/#/reports`);
    await page.getByTestId('reports-monthly').click();
    const report = page.getByTestId('month-report');
    await report.waitFor();

    const today = localDay(s.clock.now, ZONE);
    const month = today.slice(0, 7);
    expect(await report.getAttribute('data-month')).toBe(month);
    const range = monthRange(month, today);
    if (!range) throw new Error('no range');
    const get = async <T>(name: string) => {
      const res = await page.request.get(
        `${s.url}/api/sites/demo/reports/${name}?from=${range.from}&to=${range.to}`,
      );
      expect(res.status()).toBe(200);
      return (await res.json()) as T;
    };
    const summary = await get<SummaryReport>('summary');
    const t = summary.total;
    expect(t.issued).toBe(6);
    expect(t.served).toBe(5);
    expect(t.noShow).toBe(1);
    const fig = (id: string) => page.getByTestId(`month-fig-${id}`).textContent();
    expect(await fig('issued')).toBe(String(t.issued));
    expect(await fig('served')).toBe(String(t.served));
    expect(await fig('no-show')).toBe(String(t.noShow));
    expect(await fig('cancelled')).toBe(String(t.cancelled + t.expired));
    expect(await fig('wait-mean')).toBe(`${vi1(t.wait.mean)} phút`);
    expect(await fig('wait-max')).toBe(`${vi1(t.wait.max)} phút`);
    expect(await fig('service-mean')).toBe(`${vi1(t.service.mean)} phút`);
    expect(await fig('on-time')).toBe(share(t.serviceLevel.pct, t.serviceLevel.within, t.serviceLevel.total));
    expect(t.satisfaction.ratings).toBe(1);
    expect(await fig('satisfaction')).toBe(
      share(t.satisfaction.rate, t.satisfaction.satisfied, t.satisfaction.ratings),
    );
    for (const [o, n] of Object.entries(t.outcomes))
      expect(await page.getByTestId(`month-outcome-${o}`).textContent()).toBe(String(n));
    expect(t.outcomes.received).toBe(2);

    // Each group table: one row per API row, in its order, with its counts and times.
    for (const name of ['fields', 'procedures', 'officers'] as const) {
      const api = await get<GroupedReport>(name);
      const rows = page.getByTestId(`month-${name}`).locator('tbody tr:not(.total)');
      expect(await rows.count()).toBe(api.rows.length);
      for (const [i, r] of api.rows.entries()) {
        const cells = (await rows.nth(i).locator('td').allTextContents()).map((c) => c.trim());
        expect(await rows.nth(i).getAttribute('data-key')).toBe(r.key ?? '');
        expect(cells.slice(2)).toEqual([
          String(r.issued),
          String(r.served),
          String(r.noShow),
          vi1(r.wait.mean),
          vi1(r.service.mean),
          r.serviceLevel.pct === null ? '–' : r.serviceLevel.pct.toFixed(1).replace('.', ','),
        ]);
      }
    }
    expect(await page.getByTestId('month-fields').locator('tbody tr:not(.total)').count()).toBe(2);

    // The heading of a Vietnamese administrative report, and the signature block.
    const [y, m, d] = today.split('-');
    expect(await page.getByTestId('month-date-line').textContent()).toContain(
      `Tỉnh Vĩnh Long, ngày ${d} tháng ${m} năm ${y}`,
    );
    expect(await page.getByTestId('month-subtitle').textContent()).toBe(`Tháng ${m} năm ${y}`);
    const signatures = await page.getByTestId('month-signatures').textContent();
    expect(signatures).toContain('NGƯỜI LẬP BIỂU');
    expect(signatures).toContain('GIÁM ĐỐC');
    await page.screenshot({ path: `${SHOTS}/month-screen.png`, fullPage: true });

    // Print: A4 portrait width, nothing outside the page, headers repeat, rows whole.
    await page.setViewportSize(A4_PORTRAIT);
    await page.emulateMedia({ media: 'print' });
    expect(await layoutProblems(page)).toEqual([]);
    expect(await page.getByTestId('reports-monthly').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/month-print.png`, fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await writeFile(`${SHOTS}/month.pdf`, pdf);
    const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, w, h] of boxes) {
      // A4 portrait is 595.3 × 841.9 points (Chromium rounds to whole device pixels).
      expect(Math.abs(Number(w) - 595.3)).toBeLessThan(1.5);
      expect(Math.abs(Number(h) - 841.9)).toBeLessThan(1.5);
    }

    // Back to the reports, and the landscape page rule of the other reports is back.
    await page.emulateMedia({ media: 'screen' });

    // In English through the console's language switch: the same report, its own words.
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.getByTestId('lang-en').click();
    await expect.poll(() => page.getByTestId('month-subtitle').textContent()).toBe(`Month ${m}, ${y}`);
    expect(await page.getByTestId('month-date-line').textContent()).toContain(
      `Vinh Long Province, ${d}/${m}/${y}`,
    );
    expect(await fig('wait-mean')).toBe(`${(Number(t.wait.mean) / 60_000).toFixed(1)} min`);
    await page.screenshot({ path: `${SHOTS}/month-screen-en.png`, fullPage: true });
    // English words are longer: the print layout holds in English too.
    await page.setViewportSize(A4_PORTRAIT);
    await page.emulateMedia({ media: 'print' });
    expect(await layoutProblems(page)).toEqual([]);
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('lang-vi').click();
    await page.getByTestId('month-back').click();
    await page.getByTestId('reports-monthly').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
