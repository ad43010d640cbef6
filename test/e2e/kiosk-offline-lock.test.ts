// The kiosk when it must not issue: the offline banner with a disabled take button (and recovery),
// the lock screen outside opening hours (clock fixed on a Monday evening), the daily cap.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';
import {
  expectAccessible,
  kioskUrl,
  LANDSCAPE,
  PORTRAIT,
  shot,
  waitingTotal,
  text,
} from './kiosk-support.js';

// Chromium on a busy machine: room for slow steps, while each step still fails on its own.
vi.setConfig({ testTimeout: 60_000 });
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('kiosk offline', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the offline banner and disables taking while the hub is away, then recovers', async () => {
    const { page } = await openPage(browser, kioskUrl(server), PORTRAIT);
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    expect(await page.getByTestId('take-ticket').isEnabled()).toBe(true);

    // The hub goes away: sockets dropped and no new connection accepted.
    const port = new URL(server.url).port;
    const http = server.app.httpServer;
    await new Promise<void>((resolve) => {
      http.close(() => resolve());
      server.app.realtime.io.disconnectSockets(true);
      http.closeAllConnections();
    });
    await page.getByTestId('offline-banner').waitFor();
    expect(await text(page.getByTestId('offline-banner'))).toContain('Mất kết nối');
    expect(await page.getByTestId('take-ticket').isDisabled()).toBe(true);
    await expectAccessible(page, 'offline');
    await shot(page, 'kiosk-portrait-offline');
    const before = await page
      .getByTestId('take-ticket')
      .click({ force: true, timeout: 1000 })
      .catch(() => 'blocked');
    expect(before === undefined || before === 'blocked').toBe(true);

    // Back: the banner goes, the button works, and one tap makes one ticket.
    await new Promise<void>((resolve) => http.listen(Number(port), '127.0.0.1', () => resolve()));
    await page.getByTestId('offline-banner').waitFor({ state: 'detached', timeout: 15_000 });
    const waiting = await waitingTotal(server);
    await page.getByTestId('take-ticket').click();
    await page.getByTestId('ticket-number').waitFor();
    expect(await waitingTotal(server)).toBe(waiting + 1);
    await page.context().close();
  });

  it('shows the cap screen when a series has issued its daily cap', async () => {
    const hub = server.app.hubs.get('demo');
    if (!hub) throw new Error('no demo hub');
    const config = structuredClone(hub.config);
    for (const s of config.series) if (s.id === 's-b') s.dailyCap = 1;
    hub.reconfigure(config, hub.settings);
    const first = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-chung-thuc-ban-sao', requestId: `cap-first-${Date.now()}` },
    });
    expect(first.status).toBe(201);

    const { page } = await openPage(browser, kioskUrl(server), PORTRAIT);
    await page.getByTestId('field-CT').click();
    await page.getByTestId('procedure-p-chung-thuc-ban-sao').click();
    const waiting = await waitingTotal(server);
    await page.getByTestId('take-ticket').click();
    await page.getByTestId('cap-screen').waitFor();
    expect(await text(page.getByTestId('cap-screen'))).toContain('Đã hết số trong ngày');
    expect(await waitingTotal(server)).toBe(waiting);
    await expectAccessible(page, 'cap');
    await shot(page, 'kiosk-portrait-cap');
    await page.getByTestId('home').click();
    await page.getByTestId('field-HT').waitFor();
    await page.context().close();
  });
});

describe('kiosk lock screen', () => {
  // Monday 2 March 2026, 20:00 in Asia/Ho_Chi_Minh (13:00 UTC): after opening hours.
  const MONDAY_EVENING = Date.UTC(2026, 2, 2, 13, 0);
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ clock: () => MONDAY_EVENING });
    const hub = server.app.hubs.get('demo');
    if (!hub) throw new Error('no demo hub');
    const config = structuredClone(hub.config);
    const day = [
      { start: '07:30', end: '11:30' },
      { start: '13:30', end: '17:00' },
    ];
    config.site.openingHours = { '1': day, '2': day, '3': day, '4': day, '5': day };
    hub.reconfigure(config, hub.settings);
  });

  afterAll(async () => {
    await server?.close();
  });

  for (const [name, viewport] of [
    ['portrait', PORTRAIT],
    ['landscape', LANDSCAPE],
  ] as const) {
    it(`locks outside opening hours with the message and the next opening (${name})`, async () => {
      const { page, errors } = await openPage(browser, kioskUrl(server), viewport);
      const lock = page.getByTestId('lock-screen');
      await lock.waitFor();
      expect(await text(lock)).toContain('Ngoài giờ cấp số');
      expect(await text(lock)).toContain('Quý khách vui lòng quay lại trong giờ làm việc');
      expect(await text(page.getByTestId('lock-next'))).toContain('07:30, Thứ Ba 03/03/2026');
      expect(await page.getByTestId('field-HT').count()).toBe(0);
      await page.getByTestId('lang-en').click();
      await expect.poll(() => text(page.getByTestId('lock-next'))).toContain('07:30, Tuesday 03/03/2026');
      await page.getByTestId('lang-vi').click();
      await expectAccessible(page, 'lock');
      await shot(page, `kiosk-${name}-lock`);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  }

  it('is backed by the hub: a take outside hours is refused', async () => {
    const res = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: `closed-${Date.now()}` },
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.body.error.code).toBe('outside_opening_hours');
  });
});
