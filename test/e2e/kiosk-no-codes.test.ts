// Citizens see procedure names, not mã TTHC codes or the decrees behind a priority (officers and
// the admin console keep both): the field list, a procedure, search results and the priority
// screen, in Chromium against a real hub whose catalogue has codes and legal bases.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { kioskUrl, PORTRAIT } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser();

/** Every text of the page, shadow roots included (the kiosk's screens are web components). */
const shown = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
      const root = (node as Element).shadowRoot;
      if (root) walk(root);
      for (const child of node.childNodes) walk(child);
    };
    walk(document.body);
    return out.join(' ').replace(/\s+/g, ' ');
  });

describe('kiosk: no codes or decree citations on citizen screens', () => {
  it('shows names only, wherever the citizen goes', async () => {
    const hub = e2e.server.app.hubs.get('demo');
    if (!hub) throw new Error('no demo hub');
    const codes = hub.config.procedures.map((p) => p.code).filter((c) => c.length > 0);
    const bases = hub.config.priorityCategories.flatMap((c) => (c.legalBasis ? [c.legalBasis.vi] : []));
    expect(codes.length).toBeGreaterThan(0);
    expect(bases.length).toBeGreaterThan(0);
    const clean = async (screen: string) => {
      const text = await shown(page);
      for (const code of codes) expect(text, `${screen}: ${code}`).not.toContain(code);
      for (const basis of bases) expect(text, `${screen}: ${basis}`).not.toContain(basis);
      expect(text, screen).not.toMatch(/Mã thủ tục|mã TTHC|Nghị định|Thông tư/i);
    };

    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server, ''), PORTRAIT);
    await page.getByTestId('field-HT').waitFor();
    await clean('home');
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').waitFor();
    await clean('field');
    await page.getByTestId('procedure-p-khai-sinh').click();
    await page.getByTestId('take-ticket').waitFor();
    await clean('procedure');
    await page.getByTestId('priority-open').click();
    await page.getByTestId('priority-cao-tuoi').waitFor();
    await clean('priority');
    await page.goto(kioskUrl(e2e.server, ''));
    await page.getByTestId('search-input').fill('khai sinh');
    await page.getByTestId('procedure-p-khai-sinh').waitFor();
    await clean('search');
    expect(errors, 'console errors').toEqual([]);
    await page.context().close();
  });
});
