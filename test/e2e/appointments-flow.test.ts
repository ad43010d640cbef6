// Appointments in real Chromium against a real hub: book on a phone-sized page, check in at the
// kiosk by typing the code, the counter calls it and shows its booked time; a remote ticket
// followed to the call; refusals (full slot, phone limit, closed day, too early) shown in Vietnamese.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDays, formatLocalTime, localDay } from '../../shared/i18n/time.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { currentIs, openCounter, passwordOf } from './counter-support.js';
import { kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 90_000 });
const PHONE = { width: 390, height: 844 };
const TZ = 'Asia/Ho_Chi_Minh';
let server: TestServer;
let browser: Browser;
/** The server's clock runs this far ahead of the real one (to stand inside a check-in window). */
let offset = 0;
let n = 0;
const phone = () => `09${String(20_000_000 + n++).slice(-8)}`;

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startTestServer({ clock: () => Date.now() + offset }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openBooking(path = '/book'): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openPage(browser, `${server.url}${path}`, PHONE);
  return { page, errors };
}

/** Field, procedure (documents shown), then the day picker. */
async function toSlots(page: Page, procedureId = 'p-khai-sinh'): Promise<void> {
  await page.getByTestId('book-field-f-hotich').click();
  await page.getByTestId(`book-procedure-${procedureId}`).click();
  await page.getByTestId('book-documents').waitFor();
  await page.getByTestId('book-this').click();
}

/** The server's local day (its clock may run ahead of the real one). */
const serverDay = async () =>
  (await request(server.url, '/api/sites/demo/appointments/catalogue')).body.today as string;

const slotsOf = async (procedureId: string, day: string) =>
  (await request(server.url, `/api/sites/demo/appointments/slots?procedureId=${procedureId}&date=${day}`))
    .body as {
    start: number;
    left: number;
  }[];

describe('book, check in, be called', () => {
  it('books on a phone, checks in at the kiosk by code, and the counter calls it with its booked time', async () => {
    const { page, errors } = await openBooking();
    await page.getByTestId('book-field-f-hotich').waitFor();
    await shot(page, 'appt-book-fields');
    await toSlots(page);
    const tomorrow = addDays(localDay(Date.now(), TZ), 1);
    await page.getByTestId(`day-${tomorrow}`).click();
    await page.getByTestId('slot-09:00').click();
    await page.getByTestId('book-name').fill('Nguyễn Thị Mai');
    await page.getByTestId('book-phone').fill('0912 345 678');
    expect(await text(page.getByTestId('book-privacy'))).toContain('Nghị định 13/2023/NĐ-CP');
    await shot(page, 'appt-book-person');
    await page.getByTestId('book-submit').click();
    const code = (await text(page.getByTestId('booking-code'))).trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);
    await page.getByTestId('booking-qr').waitFor();
    await shot(page, 'appt-book-done');
    // The booking's own page opens from its link.
    await page.getByTestId('booking-manage-link').click();
    await expect.poll(() => page.getByTestId('booking-status').getAttribute('data-status')).toBe('booked');
    expect(errors, 'console errors').toEqual([]);
    await page.context().close();

    // The server's day moves to ten minutes before the booked time: inside the check-in window.
    const start =
      (await slotsOf('p-khai-sinh', tomorrow)).find((s) => formatLocalTime(s.start, TZ) === '09:00')?.start ??
      0;
    offset = start - 10 * 60_000 - Date.now();
    const kiosk = await openPage(browser, kioskUrl(server), PORTRAIT);
    await kiosk.page.getByTestId('home-checkin').click();
    await kiosk.page.getByTestId('checkin-code').waitFor();
    // A USB scanner types the code and Enter into the focused field.
    await kiosk.page.keyboard.type(code.toLowerCase());
    await kiosk.page.keyboard.press('Enter');
    const number = (await text(kiosk.page.getByTestId('ticket-number'))).trim();
    expect(number).toMatch(/^A\d{3}$/);
    await shot(kiosk.page, 'appt-kiosk-ticket');
    await kiosk.page.context().close();

    const counter = await openCounter(browser, server, 'canbo1', passwordOf(server, 'canbo1'), 'c1');
    await counter.page.getByTestId('call-next').click();
    await currentIs(counter.page, number, 'calling');
    expect(await text(counter.page.getByTestId('current-appointment'))).toContain('Lịch hẹn 09:00');
    await shot(counter.page, 'appt-counter');
    await counter.page.context().close();
    // The server's clock stays ahead for the other tests: a hub's day never goes back.
  });
});

describe('remote ticket', () => {
  it('takes a remote ticket, confirms arrival on the status page and is called', async () => {
    const { page } = await openBooking();
    await page.getByTestId('book-field-f-hotich').click();
    await page.getByTestId('book-procedure-p-khai-sinh').click();
    await page.getByTestId('remote-this').click();
    await page.getByTestId('book-phone').fill(phone());
    await page.getByTestId('remote-submit').click();
    await page.waitForURL(/\/t\//);
    await page.getByTestId('remote-arrived').waitFor();
    expect(await page.getByTestId('remote-advice').getAttribute('data-set-off')).toBe('true');
    await shot(page, 'appt-remote-status');
    await page.getByTestId('remote-arrived').click();
    await page.getByTestId('remote-confirmed').waitFor();
    const number = (await text(page.getByTestId('status-number'))).trim();
    // The counter device of counter 1 calls until it reaches this ticket.
    for (let i = 0; i < 10; i++) {
      const call = await request(server.url, '/api/sites/demo/counters/c1/call-next', {
        body: {},
        auth: server.keys.counter,
      });
      if (call.body.ticket?.displayNumber === number) break;
      await request(server.url, '/api/sites/demo/counters/c1/finish', {
        body: {},
        auth: server.keys.counter,
      });
    }
    await expect.poll(() => page.getByTestId('status-state').getAttribute('data-state')).toBe('called');
    expect(await text(page.getByTestId('status-state'))).toContain('Đến lượt Quý khách — mời đến Quầy 1');
    await page.context().close();
  });
});

describe('refusals in Vietnamese', () => {
  it('a slot taken meanwhile, a phone over its limit, a closed day', async () => {
    const day = addDays(await serverDay(), 2);
    const slots = await slotsOf('p-ket-hon', day);
    const target = slots.find((s) => formatLocalTime(s.start, TZ) === '10:00');
    expect(target?.left).toBe(2);
    const { page } = await openBooking();
    await toSlots(page, 'p-ket-hon');
    await page.getByTestId(`day-${day}`).click();
    await page.getByTestId('slot-10:00').click();
    // Someone else takes the last seats while this citizen types.
    for (let i = 0; i < 2; i++) {
      const body = {
        procedureId: 'p-ket-hon',
        start: target?.start,
        name: 'Người Khác',
        phone: phone(),
        requestId: `e2e-full-${i}-${Date.now()}`,
      };
      expect((await request(server.url, '/api/sites/demo/appointments', { body })).status).toBe(201);
    }
    await page.getByTestId('book-name').fill('Trần Văn Bình');
    await page.getByTestId('book-phone').fill(phone());
    await page.getByTestId('book-submit').click();
    expect(await text(page.getByTestId('book-error'))).toBe(
      'Khung giờ này vừa hết chỗ. Vui lòng chọn giờ khác.',
    );
    await shot(page, 'appt-refused-full');

    // Over the phone limit: this number already has two bookings for that day.
    const busy = phone();
    for (const hhmm of ['08:00', '08:30']) {
      const s = slots.find((x) => formatLocalTime(x.start, TZ) === hhmm);
      const body = {
        procedureId: 'p-ket-hon',
        start: s?.start,
        name: 'Lâm Thị Sa',
        phone: busy,
        requestId: `e2e-lim-${hhmm.replace(':', '')}-${Date.now()}`,
      };
      expect((await request(server.url, '/api/sites/demo/appointments', { body })).status).toBe(201);
    }
    await page.getByTestId('book-back').click();
    await page.getByTestId(`day-${day}`).click();
    await page.getByTestId('slot-11:00').click();
    await page.getByTestId('book-name').fill('Lâm Thị Sa');
    await page.getByTestId('book-phone').fill(busy);
    await page.getByTestId('book-submit').click();
    expect(await text(page.getByTestId('book-error'))).toBe(
      'Số điện thoại này đã đặt đủ số lịch hẹn được phép.',
    );

    // A holiday offers no time, and says so.
    const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
    const cfg = await request(server.url, '/api/sites/demo/config', { auth: admin });
    const holiday = addDays(day, 1);
    await request(server.url, '/api/sites/demo/config/site', {
      method: 'PUT',
      auth: admin,
      body: { ...cfg.body.config.site, holidays: [holiday] },
    });
    await page.getByTestId('book-back').click();
    await page.getByTestId(`day-${holiday}`).click();
    expect(await text(page.getByTestId('no-slots'))).toContain('trung tâm không làm việc');
    await page.context().close();
  });

  it('the kiosk says when to come back for a booking checked in too early', async () => {
    const day = addDays(await serverDay(), 5);
    const s = (await slotsOf('p-khai-sinh', day)).find((x) => formatLocalTime(x.start, TZ) === '14:00');
    const body = {
      procedureId: 'p-khai-sinh',
      start: s?.start,
      name: 'Sơn Thị Kim',
      phone: phone(),
      requestId: `e2e-early-${Date.now()}`,
    };
    const booked = await request(server.url, '/api/sites/demo/appointments', { body });
    const kiosk = await openPage(browser, kioskUrl(server), PORTRAIT);
    await kiosk.page.getByTestId('home-checkin').click();
    for (const c of booked.body.code as string) await kiosk.page.getByTestId(`checkin-key-${c}`).click();
    await kiosk.page.getByTestId('checkin-submit').click();
    expect(await text(kiosk.page.getByTestId('checkin-error'))).toBe(
      'Chưa đến giờ xác nhận. Quý khách vui lòng quay lại lúc 13:45.',
    );
    await shot(kiosk.page, 'appt-kiosk-early');
    await kiosk.page.context().close();
  });
});
