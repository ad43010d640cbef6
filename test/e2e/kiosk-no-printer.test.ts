// The kiosk of a centre without a slip printer (LUOT_PRINTER=none, the default), with the print
// service the server really runs: the ticket is shown with its QR, the kiosk says in Vietnamese
// that no slip comes out (remember the number or scan the code), offers no reprint and shows no
// printer problem.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../server/logger.js';
import { createSlipPrinter } from '../../server/printing/slip-printer.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { expectAccessible, kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser(() => ({
  printer: createSlipPrinter({ defaultTarget: 'none', logger: silentLogger, statusPollMs: 0 }),
}));

async function takeTicket(page: Page): Promise<string> {
  await page.getByTestId('field-HT').click();
  await page.getByTestId('procedure-p-khai-sinh').click();
  await page.getByTestId('take-ticket').click();
  return (await text(page.getByTestId('ticket-number'))).trim();
}

describe('kiosk without a printer', () => {
  it('shows the ticket with its QR and says no slip is printed', async () => {
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    const number = await takeTicket(page);
    expect(number).toMatch(/^A\d{3}$/);
    const status = page.getByTestId('print-status');
    await expect.poll(() => status.getAttribute('data-state')).toBe('skipped');
    expect(await text(status)).toContain('Quý khách vui lòng ghi nhớ số hoặc quét mã QR');
    expect(await text(status)).not.toContain('Máy in lỗi');
    expect(await page.getByTestId('ticket-qr').isVisible()).toBe(true);
    expect(await page.getByTestId('reprint').count()).toBe(0);
    expect(await page.getByTestId('printer-problem').count()).toBe(0);
    await expectAccessible(page, 'ticket, no printer');
    await shot(page, 'kiosk-portrait-no-printer');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
