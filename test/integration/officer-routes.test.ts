// The officer routes: series with targets, the rating scale, and today's figures. Readable by
// the site's staff, managers, admins and counter devices; refused to anyone else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let now = Date.UTC(2026, 2, 2, 2, 0, 0); // 09:00 in Hồ Chí Minh City
let staff: string;
let admin: string;
let outsider: string;

const MINUTE = 60_000;
const PATHS = [
  '/api/sites/demo/series',
  '/api/sites/demo/rating-settings',
  '/api/sites/demo/officers/me/today',
];

beforeAll(async () => {
  server = await startTestServer({ clock: () => now });
  const password = server.report.officers.find((o) => o.username === 'canbo1')?.password ?? '';
  staff = await login(server.url, 'canbo1', password);
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  // A manager of another centre only.
  const passwordHash = await hashPassword('other-centre-password');
  await server.app.store.updateConfig((data) => {
    data.users.push({
      id: 'u-other',
      username: 'khac',
      fullName: 'Quản lý nơi khác',
      role: 'manager',
      siteIds: ['other-centre'],
      passwordHash,
      disabled: false,
      createdAt: now,
    });
  });
  outsider = await login(server.url, 'khac', 'other-centre-password');
});

afterAll(async () => {
  await server?.close();
});

describe('who may read', () => {
  it('lets staff, admins and the counter device read', async () => {
    for (const auth of [staff, admin, server.keys.counter]) {
      for (const path of PATHS) {
        const res = await request(server.url, path, { auth });
        expect(res.status, `${path}`).toBe(200);
      }
    }
  });

  it('refuses other devices, strangers and other centres', async () => {
    for (const path of PATHS) {
      for (const auth of [server.keys.display, server.keys.kiosk, server.keys.integration, outsider]) {
        const res = await request(server.url, path, { auth });
        expect(res.status, `${path}`).toBe(403);
        expect(res.body.error.code).toBe('forbidden');
      }
      const anonymous = await request(server.url, path);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.error.code).toBe('unauthorized');
    }
  });

  it('answers 404 for an unknown centre and a malformed id', async () => {
    expect((await request(server.url, '/api/sites/nowhere/series', { auth: admin })).status).toBe(404);
    expect((await request(server.url, '/api/sites/..%2Fetc/series', { auth: admin })).status).toBe(404);
    expect(
      (await request(server.url, '/api/sites/nowhere/series', { auth: server.keys.counter })).status,
    ).toBe(403);
  });
});

describe('what they read', () => {
  it('lists the series with their target waits', async () => {
    const res = await request(server.url, '/api/sites/demo/series', { auth: staff });
    const a = res.body.find((s: { id: string }) => s.id === SERIES_IDS.hoTich);
    expect(a).toEqual({
      id: SERIES_IDS.hoTich,
      name: expect.objectContaining({ vi: 'Hộ tịch – Nuôi con nuôi' }),
      prefix: 'A',
      targetWaitMinutes: 15,
    });
    expect(res.body).toHaveLength(6);
  });

  it('gives the rating scale of the site', async () => {
    const res = await request(server.url, '/api/sites/demo/rating-settings', { auth: server.keys.counter });
    expect(res.body.scale).toBe(3);
    expect(res.body.levels.map((l: { label: { vi: string } }) => l.label.vi)).toEqual([
      'Rất hài lòng',
      'Hài lòng',
      'Không hài lòng',
    ]);
    expect(res.body.closeAfterSeconds).toBe(30);
    expect(res.body.reasons.length).toBeGreaterThan(0);
  });

  it("computes today's figures from the officer's own tickets", async () => {
    const empty = await request(server.url, '/api/sites/demo/officers/me/today', { auth: staff });
    expect(empty.body).toMatchObject({ scope: 'officer', served: 0, avgServiceMs: null, avgWaitMs: null });

    const procedureId = server.app.hubs
      .get('demo')
      ?.config.procedures.find((p) => p.seriesId === SERIES_IDS.hoTich)?.id;
    const issue = async (n: number) => {
      const res = await request(server.url, '/api/sites/demo/tickets', {
        auth: server.keys.kiosk,
        body: { procedureId, requestId: `officer-today-${n}` },
      });
      expect(res.status).toBe(201);
      return res.body.statusToken as string;
    };
    const act = async (action: string) => {
      const res = await request(server.url, `/api/sites/demo/counters/c1/${action}`, {
        auth: staff,
        body: {},
      });
      expect(res.status, action).toBe(200);
    };
    expect(
      (await request(server.url, '/api/sites/demo/counters/c1/sign-in', { auth: staff, body: {} })).status,
    ).toBe(200);
    const t1 = await issue(1);
    await issue(2);
    await issue(3);
    // Ticket 1: waits 4 min, served 6 min, rated satisfied. Ticket 2: waits 12 min, served 2 min.
    now += 4 * MINUTE;
    await act('call-next');
    await act('start');
    now += 6 * MINUTE;
    await act('finish');
    await act('call-next');
    await act('start');
    now += 2 * MINUTE;
    await act('finish');
    // Ticket 3: waits 12 min, no-show.
    await act('call-next');
    await act('no-show');
    const rated = await request(server.url, `/api/tickets/${t1}/rating`, { body: { level: 2 } });
    expect(rated.status, JSON.stringify(rated.body)).toBe(201);

    const res = await request(server.url, '/api/sites/demo/officers/me/today', { auth: staff });
    expect(res.body).toEqual({
      scope: 'officer',
      day: '2026-03-02',
      served: 2,
      noShows: 1,
      avgServiceMs: 4 * MINUTE,
      avgWaitMs: Math.round(((4 + 10 + 12) * MINUTE) / 3),
      ratings: 1,
      satisfaction: 1,
    });
    // The counter device sees the same tickets as its counter's; another officer sees none.
    const device = await request(server.url, '/api/sites/demo/officers/me/today', {
      auth: server.keys.counter,
    });
    expect(device.body).toMatchObject({ scope: 'counter', served: 2, noShows: 1 });
    const other = await request(server.url, '/api/sites/demo/officers/me/today', { auth: admin });
    expect(other.body).toMatchObject({ scope: 'officer', served: 0 });
  });
});
