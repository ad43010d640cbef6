// The guidance desk in Chromium: an officer signs in at /counter/guidance, issues a priority
// number for an elderly citizen (after checking papers) in Khmer, and the slip comes out of the
// kiosk's printer (a fake ESC/POS printer on loopback); a kiosk's help call shows up and is answered.
import { writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { bitmapToPng, decodeEscPos } from '../support/escpos-decode.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { useFakePrinter } from '../support/slip-printer-on-fake.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { expectAccessible, shot, text } from './kiosk-support.js';
import { signIn } from './sign-in.js';

vi.setConfig({ testTimeout: 60_000 });
const printer = useFakePrinter();
const e2e = useHubAndBrowser(printer.hubOptions);

/** The guidance desk with the admin signed in. */
async function openGuidanceDesk() {
  const opened = await openPage(e2e.browser, `${e2e.server.url}/counter/guidance/`, {
    width: 1366,
    height: 768,
  });
  await signIn(opened.page, 'admin', ADMIN_PASSWORD);
  return opened;
}

describe('guidance desk', () => {
  it('issues a priority number for a citizen and prints it at the kiosk', async () => {
    const { page, errors } = await openGuidanceDesk();
    await page.getByTestId('guide-procedure').waitFor();
    await page.getByTestId('guide-no-calls').waitFor();
    await shot(page, 'guidance-desk-empty');
    await expectAccessible(page, 'guidance desk');

    await page.getByTestId('guide-search').fill('khai sinh');
    await page.getByTestId('guide-procedure').selectOption('p-khai-sinh');
    await page.getByTestId('guide-priority').selectOption('cao-tuoi');
    await page.getByTestId('guide-language').selectOption('km');
    const before = printer.fake.jobs().length;
    await page.getByTestId('guide-submit').click();
    const number = (await text(page.getByTestId('guide-number'))).trim();
    expect(number).toMatch(/^[A-Z]\d{3}$/);
    await expect.poll(() => text(page.getByTestId('guide-print'))).toMatch(/Đang in phiếu|Đã in phiếu/);
    const [slip] = (await printer.fake.waitForJobs(before + 1)).slice(before);
    const decoded = decodeEscPos(slip);
    expect(decoded.images).toHaveLength(1);
    writeFileSync('/tmp/guidance-slip.png', bitmapToPng(decoded.images[0]));
    await shot(page, 'guidance-desk-issued');

    const queue = await request(e2e.server.url, '/api/sites/demo/snapshot', {
      auth: e2e.server.keys.display,
    });
    expect(queue.status).toBe(200);
    const hub = e2e.server.app.hubs.get('demo');
    const ticket = [...(hub?.state.tickets.values() ?? [])].find((t) => t.displayNumber === number);
    expect(ticket).toMatchObject({ priorityId: 'cao-tuoi', language: 'km', channel: 'staff' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists a kiosk calling for help and lets the officer answer', async () => {
    const call = await request(e2e.server.url, '/api/sites/demo/help-calls', {
      auth: e2e.server.keys.kiosk,
      body: { language: 'km' },
    });
    expect(call.status).toBe(201);
    // Only a kiosk calls for help.
    const admin = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    const fromOfficer = await request(e2e.server.url, '/api/sites/demo/help-calls', {
      auth: admin,
      body: {},
    });
    expect(fromOfficer.status).toBe(403);
    const { page, errors } = await openGuidanceDesk();
    await page.getByTestId('guide-calls').waitFor();
    expect(await text(page.getByTestId('guide-calls'))).toContain('ភាសាខ្មែរ');
    await shot(page, 'guidance-desk-call');
    await page.getByTestId('guide-answer').click();
    await page.getByTestId('guide-no-calls').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
