// The kiosk's home and procedure screens fit the screen with nothing below the fold, portrait
// (1080×1920) and landscape (1920×1080): every field and visit tile on the home screen, and "Lấy
// số" on a visit's and on the longest procedure's screen, lie inside the viewport without
// scrolling — each screen opens at its top, even after the list before it was scrolled.
// Screenshots in /tmp/kiosk-fit-*.png.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { DEMO_FIELDS } from '../../server/seed/demo-catalogue.js';
import { DEMO_PROCEDURES } from '../../server/seed/index.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { kioskUrl, LANDSCAPE, PORTRAIT, shot } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser();

/** The element's box, which must lie inside the viewport as the page is (no scrolling). */
async function outside(page: Page, locator: Locator, name: string): Promise<string | null> {
  const box = await locator.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) return `${name}: not shown`;
  const scrolled = await page.evaluate(() => window.scrollY);
  if (scrolled !== 0) return `${name}: the page is scrolled by ${scrolled}px`;
  const inside =
    box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width && box.y + box.height <= view.height;
  return inside ? null : `${name}: ${Math.round(box.y)}–${Math.round(box.y + box.height)} of ${view.height}`;
}

/** The procedure with the most documents (the longest procedure screen). */
const longest = [...DEMO_PROCEDURES].sort(
  (a, b) => (b.documents?.length ?? 0) - (a.documents?.length ?? 0),
)[0];
const longestField = DEMO_FIELDS.find((f) => f.id === longest.fieldId) ?? DEMO_FIELDS[0];

describe('kiosk fits the screen', () => {
  for (const [name, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it(`${name}: every tile and "Lấy số" without scrolling`, async () => {
      const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server, '&lang=vi'), viewport);
      await page.getByTestId('visit-inquiry').waitFor();
      const problems: string[] = [];
      const tiles = page.locator(
        '[data-testid^="field-"], [data-testid^="visit-"], [data-testid="search-input"], [data-testid="home-checkin"]',
      );
      const count = await tiles.count();
      expect(count).toBeGreaterThanOrEqual(8);
      for (let i = 0; i < count; i++) {
        const tile = tiles.nth(i);
        const problem = await outside(page, tile, (await tile.getAttribute('data-testid')) ?? `tile ${i}`);
        if (problem) problems.push(problem);
      }
      await shot(page, `kiosk-fit-${name}-home`);

      await page.getByTestId('visit-inquiry').click();
      const take = page.getByTestId('take-ticket');
      await take.waitFor();
      const visitProblem = await outside(page, take, 'Lấy số (visit)');
      if (visitProblem) problems.push(visitProblem);
      await shot(page, `kiosk-fit-${name}-visit`);

      // The procedure with the longest list of papers, through its field.
      await page.goto(kioskUrl(e2e.server, '&lang=vi'));
      await page.getByTestId(`field-${longestField.code}`).click();
      await page.getByTestId(`procedure-${longest.id}`).click();
      await take.waitFor();
      const longProblem = await outside(page, take, `Lấy số (${longest.id})`);
      if (longProblem) problems.push(longProblem);
      await shot(page, `kiosk-fit-${name}-procedure`);
      expect(errors).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
