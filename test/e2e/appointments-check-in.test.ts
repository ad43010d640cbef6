// Check-in without typing the code, in real Chromium against a real hub: at the kiosk by holding
// the booking's QR code to the camera (Chromium's fake camera plays a Y4M of the real QR image),
// and at the counter by an officer who finds the booking by the citizen's name.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, formatLocalTime, localDay } from '../../shared/i18n/time.js';
import { fakeMediaArgs, launchBrowser, openPage } from '../support/browser.js';
import { writeQrY4m } from '../support/qr-video.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';
import { openCounter, passwordOf } from './counter-support.js';
import { kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 90_000 });
const TZ = 'Asia/Ho_Chi_Minh';
let server: TestServer;
let browser: Browser;
let offset = 0;
let qrCode = '';
let counterCode = '';
let slotStart = 0;

async function book(name: string, phone: string, start: number): Promise<string> {
  const res = await request(server.url, '/api/sites/demo/appointments', {
    body: { procedureId: 'p-khai-sinh', start, name, phone, requestId: `req-e2e-${phone}` },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.code as string;
}

beforeAll(async () => {
  server = await startTestServer({ clock: () => Date.now() + offset });
  const tomorrow = addDays(localDay(Date.now(), TZ), 1);
  const slots = (
    await request(server.url, `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${tomorrow}`)
  ).body as { start: number }[];
  slotStart = slots.find((s) => formatLocalTime(s.start, TZ) === '09:00')?.start ?? 0;
  qrCode = await book('Nguyễn Thị Mai', '0912345001', slotStart);
  counterCode = await book('Lê Văn Hùng', '0912345002', slotStart);
  // The booking's QR (it holds the code) on the fake camera.
  const video = join(await mkdtemp(join(tmpdir(), 'luot-qr-')), 'qr.y4m');
  await writeQrY4m(video, qrCode);
  browser = await launchBrowser(fakeMediaArgs(video));
  // The server's clock: ten minutes before the booked time, inside the check-in window.
  offset = slotStart - 10 * 60_000 - Date.now();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('check-in without typing the code', () => {
  it('at the kiosk: the QR held to the camera checks the booking in and shows the ticket', async () => {
    const kiosk = await openPage(browser, kioskUrl(server), PORTRAIT);
    await kiosk.page.getByTestId('home-checkin').click();
    await kiosk.page.getByTestId('checkin-camera').waitFor();
    const number = (await text(kiosk.page.getByTestId('ticket-number'))).trim();
    expect(number).toMatch(/^A\d{3}$/);
    await shot(kiosk.page, 'appt-kiosk-camera-ticket');
    expect(kiosk.errors).toEqual([]);
    // The booking is checked in: the same code again is refused as such.
    const again = await request(server.url, `/api/sites/demo/appointments/${qrCode}/check-in`, {
      body: {},
      auth: server.keys.kiosk,
    });
    expect(again.body.error.code).toBe('already_checked_in');
    await kiosk.context.close();
  });

  it('at the counter: an officer finds the booking by name and checks it in', async () => {
    const counter = await openCounter(browser, server, 'canbo1', passwordOf(server, 'canbo1'), 'c1');
    const page = counter.page;
    await page.goto(`${server.url}/counter/check-in`);
    await page.getByTestId('checkin-query').fill('le hung');
    await page.getByTestId('checkin-find').click();
    const row = page.getByTestId(`checkin-row-${counterCode}`);
    await row.waitFor();
    expect(await text(row)).toMatch(
      /09:00[\s\S]*Lê Văn Hùng[\s\S]*•+002[\s\S]*Đăng ký khai sinh[\s\S]*Chưa đến/,
    );
    await shot(page, 'appt-counter-check-in-search');
    await page.getByTestId(`checkin-do-${counterCode}`).click();
    const message = await text(page.getByTestId('checkin-message'));
    expect(message).toMatch(new RegExp(`^Đã cấp số A\\d{3} cho lịch hẹn ${counterCode}\\.`));
    expect(await text(row)).toContain('Đã xác nhận');
    await shot(page, 'appt-counter-check-in-done');
    // Searching again finds nothing to check in twice; a name without a booking today says so.
    await page.getByTestId('checkin-query').fill('khong co ai');
    await page.getByTestId('checkin-find').click();
    expect(await text(page.getByTestId('checkin-none'))).toBe(
      'Không có lịch hẹn hôm nay khớp với “khong co ai”.',
    );
    expect(counter.errors).toEqual([]);
    await counter.context.close();
  });
});
