// The kiosk for every citizen, in Chromium: "Chữ lớn" one tap away enlarges the screens while
// every target and text stays inside the screen (portrait and landscape) and axe finds nothing
// serious; "Đọc to" speaks each step and the ticket number in the citizen's language; "Gọi hỗ trợ"
// reaches the guidance desk's list of help calls.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { filesUnder } from '../support/files-under.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { expectAccessible, kioskUrl, LANDSCAPE, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
/** Everything the hub logs, to check a scanned card leaves no trace. */
const logged: string[] = [];
const capture = (obj: object, msg?: string) => logged.push(JSON.stringify({ obj, msg }));
const logger = { debug: capture, info: capture, warn: capture, error: capture };
const e2e = useHubAndBrowser({ logger });

/** Buttons, inputs and text blocks (open shadow roots included) that stick out of the viewport. */
async function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    const walk = (root: Document | ShadowRoot): void => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const target = el.matches('button, input, select, a, h1, h2, h3, p, dt, dd, li, label');
        if (!target) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.left < -1 || box.right > width + 1) {
          found.push(
            `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.left)}–${Math.round(box.right)}`,
          );
        }
      }
    };
    walk(document);
    if (document.scrollingElement && document.scrollingElement.scrollWidth > width + 1) {
      found.push(`page scrolls sideways: ${document.scrollingElement.scrollWidth} > ${width}`);
    }
    return found;
  });
}

async function spoken(page: Page): Promise<string[]> {
  return page.evaluate(() => (window.__luotKioskSpoken ?? []).map((s) => `${s.lang}: ${s.text}`));
}

async function fontSize(page: Page): Promise<number> {
  return page.evaluate(() => {
    const app = document.querySelector('luot-kiosk-app');
    const home = app?.shadowRoot?.querySelector('luot-home-screen');
    // The first field tile's name: its height follows the text size (the tiles themselves share
    // the screen's height, so theirs does not).
    const name = home?.shadowRoot?.querySelector('[data-testid^="field-"] .name');
    if (!name) throw new Error('no field tile');
    return name.getBoundingClientRect().height;
  });
}

describe('kiosk accessibility', () => {
  for (const [name, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it(`large text keeps every target inside the screen (${name})`, async () => {
      const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), viewport);
      const large = page.getByTestId('access-large');
      await expect.poll(() => text(large)).toBe('Chữ lớn');
      const before = await fontSize(page);
      await large.click();
      expect(await large.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => fontSize(page)).toBeGreaterThan(before * 1.25);
      await shot(page, `kiosk-large-home-${name}`);
      expect(await outside(page)).toEqual([]);
      await expectAccessible(page, `large home ${name}`);

      await page.getByTestId('field-HT').click();
      await page.getByTestId('procedure-p-khai-sinh').click();
      await page.getByTestId('take-ticket').waitFor();
      await shot(page, `kiosk-large-procedure-${name}`);
      expect(await outside(page)).toEqual([]);
      await expectAccessible(page, `large procedure ${name}`);
      await page.getByTestId('take-ticket').click();
      await page.getByTestId('ticket-number').waitFor();
      await shot(page, `kiosk-large-ticket-${name}`);
      expect(await outside(page)).toEqual([]);
      // The next citizen starts with normal text.
      await page.getByTestId('ticket-done').click();
      await expect.poll(() => large.getAttribute('aria-pressed')).toBe('false');
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('reads each step and the ticket number aloud, in the chosen language', async () => {
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    await page.getByTestId('access-read').click();
    await expect.poll(() => spoken(page)).toContain('vi-VN: Mời Quý khách chọn lĩnh vực cần giải quyết.');
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    await expect.poll(async () => (await spoken(page)).at(-1)).toMatch(/^vi-VN: Thủ tục Đăng ký khai sinh\./);
    await page.getByTestId('take-ticket').click();
    const number = await text(page.getByTestId('ticket-number'));
    expect(number).toMatch(/^A\d{3}$/);
    await expect
      .poll(async () => (await spoken(page)).at(-1))
      .toMatch(/^vi-VN: Số thứ tự của Quý khách là a, không, /);
    await page.getByTestId('ticket-done').click();

    await page.getByTestId('lang-km').click();
    await page.getByTestId('access-read').click();
    await expect.poll(async () => (await spoken(page)).at(-1)).toBe('km-KH: សូមជ្រើសរើសវិស័យសេវាដែលអ្នកត្រូវការ។');
    expect(await text(page.getByTestId('access-large'))).toBe('អក្សរធំ');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('calls the guidance desk for help', async () => {
    const admin = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    await page.getByTestId('access-help').click();
    await expect.poll(() => text(page.getByTestId('access-help-status'))).toContain('Đã báo bàn hướng dẫn');
    await shot(page, 'kiosk-help-called');
    const calls = await request(e2e.server.url, '/api/sites/demo/help-calls', { auth: admin });
    expect(calls.status).toBe(200);
    expect(calls.body.calls).toHaveLength(1);
    expect(calls.body.calls[0].language).toBe('vi');
    // A second tap does not open a second call.
    await page.getByTestId('access-help').click();
    await expect.poll(() => text(page.getByTestId('access-help-status'))).toContain('Đã báo');
    const again = await request(e2e.server.url, '/api/sites/demo/help-calls', { auth: admin });
    expect(again.body.calls).toHaveLength(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('reads a CCCD QR from a USB scanner: the elderly priority at once, and no trace of the card', async () => {
    // A synthetic card: born 1 January 1950.
    const cccd =
      '084050009876|341999888|Trần Thị Mẫu|01011950|Nữ|Ấp 2, Phường Trà Vinh, Tỉnh Vĩnh Long|10052022';
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    await page.getByTestId('take-ticket').waitFor();
    await page.keyboard.type(cccd, { delay: 0 });
    await page.keyboard.press('Enter');
    await page.getByTestId('ticket-number').waitFor();
    expect(await text(page.getByTestId('ticket-priority'))).toContain('Người cao tuổi');
    expect(await text(page.getByTestId('cccd-notice'))).toContain('Đã đọc thẻ CCCD');
    await shot(page, 'kiosk-cccd-priority');
    await page.getByTestId('ticket-done').click();

    // A young card: no priority, a plain message, no ticket.
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    await page.getByTestId('take-ticket').waitFor();
    await page.keyboard.type(cccd.replace('01011950', '01012000').replace('084050009876', '084200001111'), {
      delay: 0,
    });
    await page.keyboard.press('Enter');
    await expect.poll(() => text(page.getByTestId('cccd-notice'))).toContain('chưa thuộc diện ưu tiên');
    expect(await page.getByTestId('ticket-number').count()).toBe(0);

    const secrets = ['084050009876', 'Trần Thị Mẫu', '01011950', '084200001111', '341999888'];
    for (const file of await filesUnder(e2e.server.dataDir)) {
      const content = await readFile(file, 'utf8');
      for (const secret of secrets) expect(content.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    for (const secret of secrets) {
      expect(logged.some((line) => line.includes(secret))).toBe(false);
      expect(consoleLines.some((line) => line.includes(secret))).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
