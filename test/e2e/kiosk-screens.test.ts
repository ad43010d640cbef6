// The kiosk's screens in real Chromium: the live catalogue refresh, idle and auto-return, axe-core
// on every screen in portrait and landscape, target sizes, and screenshots under /tmp.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import type { Catalogue } from '../../shared/protocol/views.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { request } from '../support/test-server.js';
import { expectAccessible, kioskUrl, LANDSCAPE, PORTRAIT, shot, text } from './kiosk-support.js';

// Chromium on a busy machine: room for slow steps, while each step still fails on its own.
vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser();

async function openKiosk(viewport = PORTRAIT, query = ''): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server, query), viewport);
  await page.getByTestId('field-HT').waitFor();
  return { page, errors };
}

describe('kiosk: live catalogue, idle and screens', () => {
  it('refreshes the catalogue without a reload and returns home when idle', async () => {
    const { page } = await openKiosk();
    const res = await request(e2e.server.url, '/api/sites/demo/catalogue');
    const catalogue = res.body as Catalogue;
    const changed: Catalogue = {
      ...catalogue,
      fields: catalogue.fields.map((f) =>
        f.id === 'f-hotich' ? { ...f, name: { ...f.name, vi: 'Hộ tịch (mới)' } } : f,
      ),
      kiosk: { ...catalogue.kiosk, idleSeconds: 2, ticketScreenSeconds: 3 },
    };
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 1;
    });
    e2e.server.app.realtime.io.to('site:demo').emit('catalogue:changed', changed);
    await expect.poll(() => text(page.getByTestId('field-HT'))).toContain('Hộ tịch (mới)');
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);

    await page.getByTestId('lang-en').click();
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').waitFor();
    // Idle: back home in Vietnamese for the next citizen.
    await page.getByTestId('field-HT').waitFor({ timeout: 6000 });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('vi');

    // The ticket screen goes home by itself.
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    await page.getByTestId('take-ticket').click();
    await page.getByTestId('ticket-number').waitFor();
    await page.getByTestId('field-HT').waitFor({ timeout: 6000 });
    await page.context().close();
  });

  for (const [name, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it(`passes axe on every screen (${name}) and keeps targets large`, async () => {
      const { page, errors } = await openKiosk(viewport);
      await expectAccessible(page, 'home');
      await shot(page, `kiosk-${name}-home`);
      const small = await page.evaluate(() => {
        const all: { id: string; h: number; w: number }[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll<HTMLElement>('button, input')) {
            const r = el.getBoundingClientRect();
            if (r.height < 64 || r.width < 64)
              all.push({ id: el.dataset.testid ?? el.tagName, h: r.height, w: r.width });
          }
          for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
        };
        walk(document);
        return all;
      });
      expect(small, 'targets under 64 px').toEqual([]);

      await page.getByTestId('search-input').click();
      await page.getByTestId('search-input').fill('dang ky');
      await expectAccessible(page, 'search');
      await shot(page, `kiosk-${name}-search`);
      await page.getByTestId('search-clear').click();
      await page.getByTestId('key-hide').click();

      await page.getByTestId('field-HT').click();
      await expectAccessible(page, 'field');
      await shot(page, `kiosk-${name}-field`);
      await page.getByTestId('procedure-p-khai-sinh').click();
      await expectAccessible(page, 'procedure');
      await shot(page, `kiosk-${name}-procedure`);
      await page.getByTestId('priority-open').click();
      await expectAccessible(page, 'priority');
      await shot(page, `kiosk-${name}-priority`);
      await page.getByTestId('priority-khuyet-tat').click();
      await page.getByTestId('ticket-number').waitFor();
      await expectAccessible(page, 'ticket');
      await shot(page, `kiosk-${name}-ticket`);
      await page.getByTestId('lang-km').click();
      await expectAccessible(page, 'ticket (km)');
      await shot(page, `kiosk-${name}-ticket-km`);
      const style = await page.getByTestId('ticket-number').evaluate((el) => {
        const s = getComputedStyle(el);
        return { size: Number.parseFloat(s.fontSize), color: s.color };
      });
      expect(style.size).toBeGreaterThanOrEqual(150);
      expect(errors, 'console errors').toEqual([]);
      await page.context().close();
    });
  }
});
