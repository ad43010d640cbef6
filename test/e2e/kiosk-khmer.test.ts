// The kiosk in Khmer shows no Vietnamese: home, every field's list, procedure screens (names,
// documents, fees) and the ticket, in real Chromium. Two texts stay Vietnamese on purpose: the
// language button "Tiếng Việt" (a language is named in its own tongue, so a Vietnamese reader can
// switch back) and the product name "Lượt". See docs/khmer-review.md.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openPage, visibleTexts } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { vietnameseIn } from '../support/vietnamese-letters.js';
import { kioskUrl, PORTRAIT, shot } from './kiosk-support.js';

vi.setConfig({ testTimeout: 90_000 });
const e2e = useHubAndBrowser();

/** Texts allowed to stay Vietnamese in a Khmer kiosk. */
const KEPT_VIETNAMESE = new Set(['Lượt']);

async function vietnameseOnScreen(page: Page, screen: string): Promise<string[]> {
  const texts = await visibleTexts(page, ['lang-vi']);
  return texts
    .filter((t) => !KEPT_VIETNAMESE.has(t))
    .filter((t) => vietnameseIn(t).length > 0)
    .map((t) => `${screen}: "${t.slice(0, 80)}"`);
}

describe('kiosk in Khmer', () => {
  it('shows no Vietnamese on the home, field, procedure and ticket screens', async () => {
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    await page.getByTestId('field-HT').waitFor();
    await page.getByTestId('lang-km').click();
    await page.locator('[data-testid="lang-km"][aria-pressed="true"]').waitFor();
    const found: string[] = [];

    found.push(...(await vietnameseOnScreen(page, 'home')));
    await shot(page, 'kiosk-km-home');

    const codes = await page.evaluate(() => {
      const out: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll<HTMLElement>('[data-testid^="field-"]'))
          out.push((el.dataset.testid ?? '').slice('field-'.length));
        for (const el of root.querySelectorAll('*')) if (el.shadowRoot) walk(el.shadowRoot);
      };
      walk(document);
      return out;
    });
    expect(codes.length).toBeGreaterThanOrEqual(10);
    for (const code of codes) {
      await page.getByTestId(`field-${code}`).click();
      await page.getByTestId('back').waitFor();
      found.push(...(await vietnameseOnScreen(page, `field ${code}`)));
      if (code === 'DD') await shot(page, 'kiosk-km-field-DD');
      await page.getByTestId('back').click();
      await page.getByTestId('field-HT').waitFor();
    }

    for (const [code, procedure] of [
      ['CT', 'p-chung-thuc-ban-sao'],
      ['DD', 'p-dang-ky-dat-lan-dau'],
      ['HT', 'p-khai-sinh'],
    ]) {
      await page.getByTestId(`field-${code}`).click();
      await page.getByTestId(`procedure-${procedure}`).click();
      await page.getByTestId('take-ticket').waitFor();
      found.push(...(await vietnameseOnScreen(page, procedure)));
      await shot(page, `kiosk-km-${procedure}`);
      if (procedure !== 'p-khai-sinh') {
        await page.getByTestId('back').click();
        await page.getByTestId('back').click();
        await page.getByTestId('field-HT').waitFor();
      }
    }

    await page.getByTestId('take-ticket').click();
    await page.getByTestId('ticket-number').waitFor();
    found.push(...(await vietnameseOnScreen(page, 'ticket')));
    await shot(page, 'kiosk-km-ticket');

    expect(found).toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    await page.context().close();
  });
});
