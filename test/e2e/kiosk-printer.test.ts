// The kiosk with a real slip printer: a fake ESC/POS printer on loopback receives the slip of a
// ticket taken in Chromium; decoded, it is a 576-dot raster with a cut, identical to a fresh render.
// With the printer off or out of paper the ticket is still issued and shown with its QR, the
// problem is reported on the kiosk, and the reprint prints exactly one slip once the printer is back.
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { counterNumbersFor } from '../../server/hub/views.js';
import { differentPixels } from '../../server/printing/slip-bitmap.js';
import { buildSlipModel } from '../../server/printing/slip-model.js';
import { slipInputFor } from '../../server/printing/slip-printer.js';
import { renderSlipBitmap } from '../../server/printing/slip-render.js';
import { openPage } from '../support/browser.js';
import { bitmapToPng, decodeEscPos } from '../support/escpos-decode.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { useFakePrinter } from '../support/slip-printer-on-fake.js';
import { expectAccessible, kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

// Chromium on a busy machine: room for slow steps, while each step still fails on its own.
vi.setConfig({ testTimeout: 60_000 });
/** A print (or its failure) reaches the kiosk through a real TCP printer: room for a busy machine. */
const PRINT_WAIT = { timeout: 10_000 };
const printer = useFakePrinter();
const e2e = useHubAndBrowser(printer.hubOptions);

async function takeTicket(page: Page): Promise<string> {
  await page.getByTestId('field-HT').click();
  await page.getByTestId('procedure-p-khai-sinh').click();
  await page.getByTestId('take-ticket').click();
  return (await text(page.getByTestId('ticket-number'))).trim();
}

async function settle(ms = 400): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

describe('kiosk and the slip printer', () => {
  it('prints the Vietnamese slip of a ticket taken at the kiosk, as rendered', async () => {
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    const number = await takeTicket(page);
    const status = page.getByTestId('print-status');
    await expect.poll(() => status.getAttribute('data-state'), PRINT_WAIT).toBe('printed');
    expect(await text(status)).toContain('Đã in phiếu');

    const [bytes] = await printer.fake.waitForJobs(1);
    const decoded = decodeEscPos(bytes);
    expect(decoded.images).toHaveLength(1);
    expect(decoded.images[0].width).toBe(576);
    expect(decoded.cuts).toBeGreaterThanOrEqual(1);
    writeFileSync('/tmp/kiosk-slip.png', bitmapToPng(decoded.images[0]));

    // A fresh render of the same slip from the hub's own record of the ticket.
    const hub = e2e.server.app.hubs.get('demo');
    const ticket = [...(hub?.state.tickets.values() ?? [])].find((t) => t.displayNumber === number);
    if (!hub || !ticket) throw new Error(`ticket ${number} not found`);
    const ahead = Number(await text(page.getByTestId('ticket-ahead')));
    const input = slipInputFor({
      config: hub.config,
      settings: hub.settings,
      ticket,
      ahead,
      statusUrl: e2e.server.app.queue.statusUrl(ticket.statusToken),
      counterNumbers: counterNumbersFor(hub.config, ticket.seriesId),
      kiosk: null,
    });
    expect(input.displayNumber).toBe(number);
    expect(differentPixels(decoded.images[0], renderSlipBitmap(buildSlipModel(input)))).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('issues and shows the ticket with its QR when the printer is off, then reprints once it is back', async () => {
    const { page } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    await page.getByTestId('field-HT').waitFor();
    await printer.fake.switchOff();
    const before = printer.fake.jobs().length;
    const number = await takeTicket(page);
    expect(number).toMatch(/^A\d{3}$/);
    const status = page.getByTestId('print-status');
    await expect.poll(() => status.getAttribute('data-state'), PRINT_WAIT).toBe('failed');
    expect(await text(status)).toContain('Máy in lỗi — Quý khách vui lòng ghi nhớ số');
    expect(await page.getByTestId('ticket-qr').isVisible()).toBe(true);
    await page.getByTestId('printer-problem').waitFor();
    expect(await text(page.getByTestId('printer-problem'))).toContain('mất kết nối');
    await expectAccessible(page, 'ticket, printer off');
    await shot(page, 'kiosk-portrait-printer-off');

    await printer.fake.switchOn();
    await page.getByTestId('reprint').click();
    await expect.poll(() => status.getAttribute('data-state'), PRINT_WAIT).toBe('printed');
    await printer.fake.waitForJobs(before + 1);
    await settle();
    expect(printer.fake.jobs()).toHaveLength(before + 1);
    expect(decodeEscPos(printer.fake.jobs()[before]).images[0].width).toBe(576);
    await page.getByTestId('printer-problem').waitFor({ state: 'detached' });
    await page.context().close();
  });

  it('reports paper out on the kiosk and reprints one slip when paper is back', async () => {
    const { page } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    await page.getByTestId('field-HT').waitFor();
    printer.fake.setState('paper_out');
    const before = printer.fake.jobs().length;
    await takeTicket(page);
    const status = page.getByTestId('print-status');
    await expect.poll(() => status.getAttribute('data-state'), PRINT_WAIT).toBe('failed');
    await page.getByTestId('printer-problem').waitFor();
    expect(await text(page.getByTestId('printer-problem'))).toContain('hết giấy');
    await settle();
    expect(printer.fake.jobs()).toHaveLength(before);

    printer.fake.setState('ok');
    await page.getByTestId('reprint').click();
    await expect.poll(() => status.getAttribute('data-state'), PRINT_WAIT).toBe('printed');
    await printer.fake.waitForJobs(before + 1);
    await settle();
    expect(printer.fake.jobs()).toHaveLength(before + 1);
    await page.context().close();
  });
});
