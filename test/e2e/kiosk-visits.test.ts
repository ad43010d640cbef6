// The kiosk's visit tiles in real Chromium against a real hub: "Nhận kết quả", "Bổ sung hồ sơ"
// and "Hỏi thông tin" beside the fields, each issuing in the procedure (and series) the centre
// mapped it to (settings.kiosk.visits; the demo maps them to its "Khác" series).
import { mkdir } from 'node:fs/promises';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { counterQueue, kioskUrl, PORTRAIT, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser();

describe('kiosk: visit tiles', () => {
  it('shows the three visit tiles in each language, not their field as a tile of its own', async () => {
    const words = {
      vi: ['Nhận kết quả', 'Bổ sung hồ sơ', 'Hỏi thông tin'],
      en: ['Collect a result', 'Bring missing papers', 'Ask a question'],
      km: ['ទទួលលទ្ធផល', 'បំពេញឯកសារបន្ថែម', 'សួរព័ត៌មាន'],
    } as const;
    for (const locale of ['vi', 'en', 'km'] as const) {
      const { page } = await openPage(e2e.browser, kioskUrl(e2e.server, `&lang=${locale}`), PORTRAIT);
      await page.getByTestId('visit-result').waitFor();
      const tiles = ['visit-result', 'visit-supplement', 'visit-inquiry'];
      for (const [i, id] of tiles.entries())
        expect(await text(page.getByTestId(id))).toContain(words[locale][i]);
      expect(await page.getByTestId('field-KQ').count()).toBe(0);
      if (locale === 'vi') {
        await mkdir('test-results', { recursive: true });
        await page.screenshot({ path: 'test-results/kiosk-visit-home.png' });
      }
      await page.context().close();
    }
  });

  it('issues a "Nhận kết quả" ticket in the series the centre chose', async () => {
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server, '&lang=vi'), PORTRAIT);
    await page.getByTestId('visit-result').click();
    await page.getByTestId('take-ticket').click();
    const number = (await text(page.getByTestId('ticket-number'))).trim();
    // The demo's "Khác" series: plain numbers from 1001.
    expect(number).toMatch(/^1\d{3}$/);
    await mkdir('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/kiosk-visit-ticket.png' });
    const queued = (await counterQueue(e2e.server, 'c3')).find((t) => t.displayNumber === number);
    expect(queued).toMatchObject({ procedureId: 'p-visit-result', seriesId: 's-khac' });
    expect(errors, 'console errors').toEqual([]);
    await page.context().close();
  });
});
