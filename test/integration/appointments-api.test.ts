// The booking API on a real server with the demo centre and a movable clock: the contract's codes
// (201, 409 slot_full, 429 phone limit, 409 already_checked_in, 422 outside_window), who may check
// in, a booked ticket called in its place, remote tickets passed over until confirmed, the monitor
// and report figures, and personal data erased after the retention period.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, instantOfLocal } from '../../shared/i18n/time.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

const TZ = 'Asia/Ho_Chi_Minh';
const MIN = 60_000;
const TODAY = '2026-03-02';
const TOMORROW = addDays(TODAY, 1);
const at = (day: string, h: number, m = 0) => instantOfLocal(day, h * 60 + m, TZ);

let now = at(TODAY, 8);
let server: TestServer;
let admin: string;
let n = 0;
const phone = () => `09${String(10_000_000 + n++).slice(-8)}`;
const rid = () => `req-${Date.now()}-${n++}`;

function bookBody(start: number, procedureId = 'p-khai-sinh', overrides: Record<string, unknown> = {}) {
  return { procedureId, start, name: 'Nguyễn Thị Lan', phone: phone(), requestId: rid(), ...overrides };
}
const book = (body: unknown) => request(server.url, '/api/sites/demo/appointments', { body });
const checkIn = (code: string, auth = server.keys.kiosk) =>
  request(server.url, `/api/sites/demo/appointments/${code}/check-in`, { body: {}, auth });

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
});
afterAll(async () => {
  await server.close();
});

describe('catalogue and slots', () => {
  it('lists the demo procedures open to bookings and their free slots', async () => {
    const cat = await request(server.url, '/api/sites/demo/appointments/catalogue');
    expect(cat.status).toBe(200);
    const ids = cat.body.fields.flatMap((f: { procedures: { id: string }[] }) =>
      f.procedures.map((p) => p.id),
    );
    expect(ids).toEqual(expect.arrayContaining(['p-khai-sinh', 'p-ket-hon', 'p-chung-thuc-ban-sao']));
    expect(cat.body.retentionDays).toBe(30);
    const slots = await request(
      server.url,
      `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${TOMORROW}`,
    );
    expect(slots.status).toBe(200);
    expect(slots.body[0]).toEqual({ start: at(TOMORROW, 0), capacity: 3, left: 3 });
    expect(slots.body).toHaveLength(48);
  });

  it('refuses a bad query with invalid_input and an unknown procedure with 404', async () => {
    const bad = await request(
      server.url,
      '/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=2-3',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
    const unknown = await request(
      server.url,
      `/api/sites/demo/appointments/slots?procedureId=nope&date=${TOMORROW}`,
    );
    expect(unknown.status).toBe(404);
  });
});

describe('booking', () => {
  it('books a slot: 201 with code and token, the slot has one seat less, a retry gives the same booking', async () => {
    const start = at(TOMORROW, 9);
    const body = bookBody(start);
    const res = await book(body);
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      code: expect.stringMatching(/^[A-Z2-9]{6}$/),
      manageToken: expect.any(String),
      start,
      procedureId: 'p-khai-sinh',
    });
    const again = await book(body);
    expect(again.status).toBe(201);
    expect(again.body.code).toBe(res.body.code);
    const slots = await request(
      server.url,
      `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${TOMORROW}`,
    );
    expect(slots.body.find((s: { start: number }) => s.start === start)).toEqual({
      start,
      capacity: 3,
      left: 2,
    });
    const view = await request(server.url, `/api/appointments/${res.body.manageToken}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ code: res.body.code, status: 'booked', name: 'Nguyễn Thị Lan' });
    expect(view.body.phone).toMatch(/^09\d\*{4}\d{3}$/);
  });

  it('409 slot_full once the booking share of a slot is taken', async () => {
    const start = at(TOMORROW, 10);
    for (let i = 0; i < 3; i++) expect((await book(bookBody(start))).status).toBe(201);
    const full = await book(bookBody(start));
    expect(full.status).toBe(409);
    expect(full.body.error.code).toBe('slot_full');
  });

  it('429 phone_limit over the bookings a phone may make for one day', async () => {
    const mine = phone();
    expect((await book(bookBody(at(TOMORROW, 11), 'p-khai-sinh', { phone: mine }))).status).toBe(201);
    expect((await book(bookBody(at(TOMORROW, 12), 'p-ket-hon', { phone: mine }))).status).toBe(201);
    const third = await book(bookBody(at(TOMORROW, 13), 'p-khai-sinh', { phone: mine }));
    expect(third.status).toBe(429);
    expect(third.body.error).toMatchObject({ code: 'phone_limit', details: { kind: 'day', limit: 2 } });
  });

  it('409 closed_day on a holiday, 400 for a bad phone number or a missing name', async () => {
    const cfg = await request(server.url, '/api/sites/demo/config', { auth: admin });
    const holiday = addDays(TODAY, 3);
    const put = await request(server.url, '/api/sites/demo/config/site', {
      method: 'PUT',
      auth: admin,
      body: { ...cfg.body.config.site, holidays: [holiday] },
    });
    expect(put.status).toBe(200);
    const closed = await book(bookBody(at(holiday, 9)));
    expect(closed.status).toBe(409);
    expect(closed.body.error.code).toBe('closed_day');
    const badPhone = await book(bookBody(at(TOMORROW, 14), 'p-khai-sinh', { phone: '12345' }));
    expect(badPhone.status).toBe(400);
    expect(badPhone.body.error.code).toBe('phone_invalid');
    const noName = await book(bookBody(at(TOMORROW, 14), 'p-khai-sinh', { name: ' ' }));
    expect(noName.status).toBe(400);
    expect(noName.body.error.code).toBe('invalid_input');
  });

  it('moves and cancels by the manage token; a cancelled booking frees its seat and cannot check in', async () => {
    const res = await book(bookBody(at(TOMORROW, 15)));
    const token = res.body.manageToken;
    const moved = await request(server.url, `/api/appointments/${token}`, {
      method: 'PATCH',
      body: { start: at(TOMORROW, 16) },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.start).toBe(at(TOMORROW, 16));
    const cancelled = await request(server.url, `/api/appointments/${token}`, { method: 'DELETE' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    const slots = await request(
      server.url,
      `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${TOMORROW}`,
    );
    expect(slots.body.find((s: { start: number }) => s.start === at(TOMORROW, 16)).left).toBe(3);
    const refused = await checkIn(res.body.code);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('booking_cancelled');
    expect((await request(server.url, '/api/appointments/not-a-real-token-xyz')).status).toBe(404);
  });
});

describe('check-in', () => {
  it('422 outside_window with the window, 201 inside it, 409 already_checked_in after; the counter calls it in its place', async () => {
    const start = at(TODAY, 9);
    const res = await book(bookBody(start));
    expect(res.status).toBe(201);
    const early = await checkIn(res.body.code);
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({
      code: 'outside_window',
      details: {
        reason: 'too_early',
        window: { opensAt: start - 15 * MIN, closesAt: start + 10 * MIN },
        opensAtLocal: '08:45',
      },
    });
    expect(early.body.error.message).toContain('08:45');

    // A walk-in arrives at 08:50, after the booking opened but before its time (09:00 − 5 min lead).
    now = at(TODAY, 8, 50);
    const walkIn = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: rid() },
    });
    expect(walkIn.status).toBe(201);
    const early2 = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: rid() },
    });
    now = at(TODAY, 8, 52);
    const ok = await checkIn(res.body.code.toLowerCase());
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      ticket: { procedureId: 'p-khai-sinh', status: 'waiting' },
      statusUrl: expect.stringContaining('/t/'),
    });
    const twice = await checkIn(res.body.code);
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_checked_in');

    // Its place is 08:55 (booked 09:00, lead 5 min): after both walk-ins of 08:50.
    const calls: string[] = [];
    for (let i = 0; i < 3; i++) {
      const call = await request(server.url, '/api/sites/demo/counters/c1/call-next', {
        body: {},
        auth: server.keys.counter,
      });
      expect(call.status).toBe(200);
      calls.push(call.body.ticket.id);
      if (call.body.ticket.id === ok.body.ticket.id) {
        expect(call.body.ticket).toMatchObject({ channel: 'appointment', bookedAt: start });
      }
      await request(server.url, '/api/sites/demo/counters/c1/finish', {
        body: {},
        auth: server.keys.counter,
      });
    }
    expect(calls).toEqual([walkIn.body.ticket.id, early2.body.ticket.id, ok.body.ticket.id]);
  });

  it('422 too_late after the window, and only kiosks and staff of the site may check in', async () => {
    const start = at(TODAY, 9, 30);
    const res = await book(bookBody(start));
    expect((await checkIn(res.body.code, '')).status).toBe(401);
    expect((await checkIn(res.body.code, server.keys.display)).status).toBe(403);
    now = at(TODAY, 9, 41);
    const late = await checkIn(res.body.code);
    expect(late.status).toBe(422);
    expect(late.body.error.details.reason).toBe('too_late');
    expect(late.body.error.message).toContain('lấy số thứ tự thông thường');
    const unknown = await checkIn('ZZZZZZ');
    expect(unknown.status).toBe(404);
  });
});

describe('remote tickets', () => {
  it('is passed over as a no-show until confirmed, then called in its place', async () => {
    now = at(TODAY, 10);
    const take = (p = phone()) =>
      request(server.url, '/api/sites/demo/remote-tickets', {
        body: { procedureId: 'p-khai-sinh', phone: p, requestId: rid() },
      });
    const r1 = await take();
    expect(r1.status).toBe(201);
    const token1 = r1.body.statusToken;
    const status = await request(server.url, `/api/tickets/${token1}`);
    expect(status.body.remote).toEqual({ awaitingArrival: true, notifyAhead: 5 });
    const r2 = await take();
    const mine = phone();
    expect((await take(mine)).status).toBe(201);
    const again = await take(mine);
    expect(again.status).toBe(429);
    expect(again.body.error.code).toBe('phone_limit');

    const arrived = await request(server.url, `/api/tickets/${r2.body.statusToken}/arrived`, { body: {} });
    expect(arrived.status).toBe(200);
    expect(arrived.body.remote.awaitingArrival).toBe(false);
    const call = await request(server.url, '/api/sites/demo/counters/c1/call-next', {
      body: {},
      auth: server.keys.counter,
    });
    expect(call.body.ticket.id).toBe(r2.body.ticket.id);
    const skipped = await request(server.url, `/api/tickets/${token1}`);
    expect(skipped.body.status).toBe('no_show');
    const tooLate = await request(server.url, `/api/tickets/${token1}/arrived`, { body: {} });
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error.code).toBe('ticket_not_waiting');
    await request(server.url, '/api/sites/demo/counters/c1/finish', { body: {}, auth: server.keys.counter });
  });
});

describe('monitor, report and personal data', () => {
  it('shows today’s slots and the report to managers only', async () => {
    const today = await request(server.url, '/api/sites/demo/appointments/today', { auth: admin });
    expect(today.status).toBe(200);
    const nine = today.body.find((s: { start: number }) => s.start === at(TODAY, 9));
    expect(nine).toMatchObject({ procedureId: 'p-khai-sinh', booked: 1, checkedIn: 1, missed: 0 });
    const half = today.body.find((s: { start: number }) => s.start === at(TODAY, 9, 30));
    expect(half).toMatchObject({ booked: 1, checkedIn: 0, missed: 1 });
    expect(
      (await request(server.url, '/api/sites/demo/appointments/today', { auth: server.keys.kiosk })).status,
    ).toBe(403);

    const report = await request(
      server.url,
      `/api/sites/demo/appointments/report?from=${TODAY}&to=${TOMORROW}`,
      { auth: admin },
    );
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ shown: 1, missed: 1, punctuality: { early: 1, onTime: 0, late: 0 } });
    expect(report.body.booked).toBeGreaterThanOrEqual(8);
    expect(report.body.waits.booked.count).toBe(1);
    expect(report.body.waits.remote.count).toBe(1);
    expect(report.body.waits.walkIn.count).toBe(2);
  });

  it('erases names and phone numbers after the retention period, from the journal too', async () => {
    const res = await book(bookBody(at(TOMORROW, 17), 'p-khai-sinh', { name: 'Trần Văn Xoá' }));
    const journal = join(server.dataDir, 'sites', 'demo', 'appointments.jsonl');
    expect(await readFile(journal, 'utf8')).toContain('Trần Văn Xoá');
    // The oldest booking of the test is today at 09:00: nothing is due a minute before its 30 days.
    now = at(TODAY, 9) + 30 * 86_400_000 - MIN;
    expect(await server.app.appointments?.purgeAll()).toBe(0);
    now = at(TOMORROW, 17) + 30 * 86_400_000 + MIN;
    expect(await server.app.appointments?.purgeAll()).toBeGreaterThan(0);
    const view = await request(server.url, `/api/appointments/${res.body.manageToken}`);
    expect(view.body).toMatchObject({ name: null, phone: null });
    const text = await readFile(journal, 'utf8');
    expect(text).not.toContain('Trần Văn Xoá');
    expect(text).not.toContain('Nguyễn Thị Lan');
    // The figures survive: the booking is still counted.
    expect(text.split('\n').filter(Boolean).length).toBeGreaterThan(5);
  });
});
