// The kiosk in real Chromium against a real hub: a ticket in ≤ 3 taps in each language, search
// without diacritics on the on-screen keyboard, the priority path, a double tap that makes one
// ticket. Screens, idle and axe: kiosk-screens.test.ts.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { counterQueue, kioskUrl, PORTRAIT, Taps, text, waitingTotal } from './kiosk-support.js';

// Chromium on a busy machine: room for slow steps, while each step still fails on its own.
vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser();

async function openKiosk(viewport = PORTRAIT, query = ''): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server, query), viewport);
  await page.getByTestId('field-HT').waitFor();
  return { page, errors };
}

describe('kiosk: taking a number', () => {
  const takeLabel = { vi: 'Lấy số', en: 'Take a number', km: 'យកលេខ' } as const;

  for (const locale of ['vi', 'en', 'km'] as const) {
    it(`takes a number in 3 taps in ${locale}`, async () => {
      const { page, errors } = await openKiosk(PORTRAIT, `&lang=${locale}`);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(locale);
      const before = await waitingTotal(e2e.server);
      const taps = new Taps(page);
      await taps.tap('field-HT');
      await taps.tap('procedure-p-khai-sinh');
      await expect.poll(() => text(page.getByTestId('take-ticket'))).toBe(takeLabel[locale]);
      await taps.tap('take-ticket');
      const number = (await text(page.getByTestId('ticket-number'))).trim();
      expect(taps.count).toBeLessThanOrEqual(3);
      expect(number).toMatch(/^A\d{3}$/);
      expect(await waitingTotal(e2e.server)).toBe(before + 1);
      const queued = (await counterQueue(e2e.server, 'c1')).find((t) => t.displayNumber === number);
      expect(queued).toMatchObject({ procedureId: 'p-khai-sinh', language: locale, priorityId: null });
      expect(errors, 'console errors').toEqual([]);
      await page.context().close();
    });
  }

  it('switches every text, procedure names included, and back', async () => {
    const { page } = await openKiosk();
    await page.getByTestId('lang-en').click();
    await expect.poll(() => text(page.getByTestId('field-HT'))).toContain('Civil status registration');
    await page.getByTestId('field-HT').click();
    await expect.poll(() => text(page.getByTestId('procedure-p-khai-sinh'))).toContain('Birth registration');
    await page.getByTestId('lang-vi').click();
    await expect.poll(() => text(page.getByTestId('procedure-p-khai-sinh'))).toContain('Đăng ký khai sinh');
    await page.context().close();
  });

  it('finds a procedure typed without diacritics, and by its code, on the on-screen keyboard', async () => {
    const { page } = await openKiosk();
    await page.getByTestId('search-input').click();
    await page.getByTestId('keyboard').waitFor();
    for (const c of 'dang ky ket hon') await page.getByTestId(c === ' ' ? 'key-space' : `key-${c}`).click();
    expect(await page.getByTestId('search-input').inputValue()).toBe('dang ky ket hon');
    const first = page.locator('[data-testid^="procedure-"]').first();
    await expect.poll(() => first.getAttribute('data-testid')).toBe('procedure-p-ket-hon');
    expect(await text(first)).toContain('Đăng ký kết hôn');

    // Vietnamese with tones typed on the same keyboard finds the same procedure.
    await page.getByTestId('search-clear').click();
    for (const k of ['key-k', 'key-ê', 'key-tone-sac', 'key-t', 'key-space', 'key-h', 'key-ô', 'key-n']) {
      await page.getByTestId(k).click();
    }
    expect(await page.getByTestId('search-input').inputValue()).toBe('kết hôn');
    await expect.poll(() => first.getAttribute('data-testid')).toBe('procedure-p-ket-hon');
    await page.getByTestId('search-clear').click();
    await page.getByTestId('search-input').fill('ĐĂNG KÝ KẾT HÔN');
    await expect.poll(() => first.getAttribute('data-testid')).toBe('procedure-p-ket-hon');

    await page.getByTestId('search-clear').click();
    for (const c of '1.001193') await page.getByTestId(`key-${c}`).click();
    await expect.poll(() => first.getAttribute('data-testid')).toBe('procedure-p-khai-sinh');
    await first.click();
    await expect.poll(() => text(page.getByTestId('procedure-time'))).toBe('Trong ngày');
    await page.context().close();
  });

  it('takes a priority number that carries its category', async () => {
    const { page } = await openKiosk();
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-ket-hon').click();
    await page.getByTestId('priority-open').click();
    const category = page.getByTestId('priority-cao-tuoi');
    expect(await text(category)).toContain('Người cao tuổi');
    expect(await text(category)).toContain('Cán bộ sẽ xác nhận tại quầy');
    await category.click();
    const number = (await text(page.getByTestId('ticket-number'))).trim();
    expect(await text(page.getByTestId('ticket-priority'))).toContain('Người cao tuổi');
    const queued = (await counterQueue(e2e.server, 'c6')).find((t) => t.displayNumber === number);
    expect(queued).toMatchObject({ procedureId: 'p-ket-hon', priorityId: 'cao-tuoi' });
    await page.context().close();
  });

  it('makes one ticket from a double tap', async () => {
    const { page } = await openKiosk();
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    const before = await waitingTotal(e2e.server);
    await page.getByTestId('take-ticket').dblclick();
    await page.getByTestId('ticket-number').waitFor();
    // Two taps in the same task too: the second finds the take already under way.
    expect(await waitingTotal(e2e.server)).toBe(before + 1);
    await page.getByTestId('ticket-done').click();
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    await page.evaluate(() => {
      const find = (root: Document | ShadowRoot): HTMLElement | null => {
        const hit = root.querySelector<HTMLElement>('[data-testid="take-ticket"]');
        if (hit) return hit;
        for (const el of root.querySelectorAll('*')) {
          const found = el.shadowRoot ? find(el.shadowRoot) : null;
          if (found) return found;
        }
        return null;
      };
      const button = find(document);
      button?.click();
      button?.click();
    });
    await page.getByTestId('ticket-number').waitFor();
    await new Promise((r) => setTimeout(r, 300));
    expect(await waitingTotal(e2e.server)).toBe(before + 2);
    await page.context().close();
  });
});
