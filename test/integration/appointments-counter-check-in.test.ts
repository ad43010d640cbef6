// The counter's check-in of a booked citizen without the code, on a real server with a movable
// clock: today's bookings found by name (accents ignored), phone digits or code; the phone masked;
// who may search (officers and managers, no device); the check-in's window rule and the ticket.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

const TZ = 'Asia/Ho_Chi_Minh';
const TODAY = '2026-03-02';
const at = (h: number, m = 0) => instantOfLocal(TODAY, h * 60 + m, TZ);

let now = at(8);
let server: TestServer;
let officer: string;
let lan = '';
let binh = '';

const search = (q: string, auth: string | undefined = officer) =>
  request(server.url, `/api/sites/demo/appointments/search?q=${encodeURIComponent(q)}`, { auth });

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const password = server.report.officers.find((o) => o.username === 'canbo1')?.password ?? '';
  officer = await login(server.url, 'canbo1', password);
  const book = async (name: string, phone: string, h: number) => {
    const res = await request(server.url, '/api/sites/demo/appointments', {
      body: { procedureId: 'p-khai-sinh', start: at(h), name, phone, requestId: `req-ci-${phone}` },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.code as string;
  };
  lan = await book('Nguyễn Thị Lan', '0912345678', 9);
  binh = await book('Trần Văn Bình', '0987654321', 10);
});
afterAll(async () => {
  await server.close();
});

describe('counter check-in: search', () => {
  it('finds today’s booking by name without accents, by phone digits and by code', async () => {
    const byName = await search('nguyen lan');
    expect(byName.status).toBe(200);
    expect(byName.body).toEqual([
      expect.objectContaining({
        code: lan,
        name: 'Nguyễn Thị Lan',
        phone: '•••••••678',
        procedureId: 'p-khai-sinh',
        startLocal: '09:00',
        opensAtLocal: '08:45',
        status: 'booked',
        timing: 'too_early',
      }),
    ]);
    expect((await search('+84 987 654')).body.map((m: { code: string }) => m.code)).toEqual([binh]);
    expect((await search(binh.toLowerCase())).body.map((m: { code: string }) => m.code)).toEqual([binh]);
    expect((await search('Thị Bình')).body).toEqual([]);
    // The phone number never leaves whole.
    expect(JSON.stringify((await search('0912345678')).body)).not.toContain('0912345678');
  });

  it('refuses a query too short or too long with invalid_input', async () => {
    const short = await search('a');
    expect(short.status).toBe(400);
    expect(short.body.error.code).toBe('invalid_input');
    expect((await search('x'.repeat(201))).status).toBe(400);
  });

  it('is for officers and managers of the site only: no device, nobody anonymous', async () => {
    expect((await request(server.url, '/api/sites/demo/appointments/search?q=lan')).status).toBe(401);
    for (const key of [
      server.keys.kiosk,
      server.keys.counter,
      server.keys.display,
      server.keys.integration,
    ]) {
      const res = await search('lan', key);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
    expect((await search('lan', admin)).status).toBe(200);
  });
});

describe('counter check-in: the check-in', () => {
  it('keeps the window rule, then issues the appointment ticket once', async () => {
    const checkIn = () =>
      request(server.url, `/api/sites/demo/appointments/${lan}/check-in`, { body: {}, auth: officer });
    const early = await checkIn();
    expect(early.status).toBe(422);
    expect(early.body.error.details).toMatchObject({ reason: 'too_early', opensAtLocal: '08:45' });
    now = at(8, 50);
    const ok = await checkIn();
    expect(ok.status).toBe(201);
    expect(ok.body.ticket).toMatchObject({ procedureId: 'p-khai-sinh', status: 'waiting' });
    // The ticket carries its booked time (the ordering places it by it).
    const status = await request(server.url, `/api/tickets/${ok.body.statusToken}`);
    expect(status.body).toMatchObject({ bookedAt: at(9) });
    const again = await checkIn();
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_checked_in');
    expect((await search('lan')).body[0]).toMatchObject({ code: lan, status: 'checked_in', timing: 'open' });
  });
});
