// The guidance desk in Chromium: an officer signs in at /counter/guidance, issues a priority
// number for an elderly citizen (after checking papers) in Khmer, and the slip comes out of the
// kiosk's printer (a fake ESC/POS printer on loopback); a kiosk's help call shows up and is answered.
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../server/logger.js';
import { createSlipPrinter } from '../../server/printing/slip-printer.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { bitmapToPng, decodeEscPos } from '../support/escpos-decode.js';
import { FakePrinter } from '../support/fake-printer.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { expectAccessible, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
let server: TestServer;
let browser: Browser;
let fake: FakePrinter;

beforeAll(async () => {
  fake = await FakePrinter.start();
  const printer = createSlipPrinter({
    defaultTarget: fake.target,
    logger: silentLogger,
    statusPollMs: 0,
    retry: { maxAttempts: 1 },
  });
  [server, browser] = await Promise.all([startTestServer({ printer }), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await fake?.close();
});

describe('guidance desk', () => {
  it('issues a priority number for a citizen and prints it at the kiosk', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/counter/guidance/`, {
      width: 1366,
      height: 768,
    });
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('guide-procedure').waitFor();
    await page.getByTestId('guide-no-calls').waitFor();
    await shot(page, 'guidance-desk-empty');
    await expectAccessible(page, 'guidance desk');

    await page.getByTestId('guide-search').fill('khai sinh');
    await page.getByTestId('guide-procedure').selectOption('p-khai-sinh');
    await page.getByTestId('guide-priority').selectOption('cao-tuoi');
    await page.getByTestId('guide-language').selectOption('km');
    const before = fake.jobs().length;
    await page.getByTestId('guide-submit').click();
    const number = (await text(page.getByTestId('guide-number'))).trim();
    expect(number).toMatch(/^[A-Z]\d{3}$/);
    await expect.poll(() => text(page.getByTestId('guide-print'))).toMatch(/Đang in phiếu|Đã in phiếu/);
    const [slip] = (await fake.waitForJobs(before + 1)).slice(before);
    const decoded = decodeEscPos(slip);
    expect(decoded.images).toHaveLength(1);
    writeFileSync('/tmp/guidance-slip.png', bitmapToPng(decoded.images[0]));
    await shot(page, 'guidance-desk-issued');

    const queue = await request(server.url, '/api/sites/demo/snapshot', { auth: server.keys.display });
    expect(queue.status).toBe(200);
    const hub = server.app.hubs.get('demo');
    const ticket = [...(hub?.state.tickets.values() ?? [])].find((t) => t.displayNumber === number);
    expect(ticket).toMatchObject({ priorityId: 'cao-tuoi', language: 'km', channel: 'staff' });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists a kiosk calling for help and lets the officer answer', async () => {
    const call = await request(server.url, '/api/sites/demo/help-calls', {
      auth: server.keys.kiosk,
      body: { language: 'km' },
    });
    expect(call.status).toBe(201);
    // Only a kiosk calls for help.
    const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
    const fromOfficer = await request(server.url, '/api/sites/demo/help-calls', { auth: admin, body: {} });
    expect(fromOfficer.status).toBe(403);
    const { page, errors } = await openPage(browser, `${server.url}/counter/guidance/`, {
      width: 1366,
      height: 768,
    });
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('guide-calls').waitFor();
    expect(await text(page.getByTestId('guide-calls'))).toContain('ភាសាខ្មែរ');
    await shot(page, 'guidance-desk-call');
    await page.getByTestId('guide-answer').click();
    await page.getByTestId('guide-no-calls').waitFor();
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
