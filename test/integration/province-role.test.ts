// The province role on a hub on PostgreSQL: reads every centre (province overview, queue,
// reports) and changes none (configuration, accounts, counter work); a manager sees only theirs.
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { createTestDatabase } from '../support/pg-database.js';
import { ADMIN_PASSWORD, login, request, startTestServer } from '../support/test-server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const SITE = {
  name: { vi: 'Xã Long Hồ', en: 'Long Ho Commune' },
  ward: { vi: 'Xã Long Hồ', en: 'Long Ho Commune' },
  province: { vi: 'Vĩnh Long', en: 'Vinh Long' },
  timeZone: 'Asia/Ho_Chi_Minh',
  openingHours: { '1': [{ start: '07:30', end: '17:00' }] },
  holidays: [],
};

describe('province role', () => {
  it('sees every centre read-only; a manager sees only their own', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const store = await PgStore.open(db.url, { poolSize: 4 });
    const server = await startTestServer({ store });
    cleanups.push(() => server.close());
    const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
    expect(
      (await request(server.url, '/api/admin/sites', { auth: admin, body: { id: 'long-ho', ...SITE } }))
        .status,
    ).toBe(201);
    const account = (username: string, role: string, siteIds: string[]) =>
      request(server.url, '/api/users', {
        auth: admin,
        body: { username, password: 'Tinh-VinhLong-2026!', fullName: `Tài khoản ${username}`, role, siteIds },
      });
    expect((await account('tinh.vl', 'province', [])).status).toBe(201);
    expect((await account('ql.longho', 'manager', ['long-ho'])).status).toBe(201);

    const province = await login(server.url, 'tinh.vl', 'Tinh-VinhLong-2026!');
    const overview = await request(server.url, '/api/province/overview', { auth: province });
    expect(overview.status).toBe(200);
    expect(overview.body.centres.map((c: { siteId: string }) => c.siteId).sort()).toEqual([
      'demo',
      'long-ho',
    ]);
    const context = await request(server.url, '/api/admin/context', { auth: province });
    expect(context.body.sites.map((s: { id: string }) => s.id).sort()).toEqual(['demo', 'long-ho']);
    expect(context.body.provinceView).toBe(true);
    expect((await request(server.url, '/api/sites/long-ho/snapshot', { auth: province })).status).toBe(200);
    expect((await request(server.url, '/api/sites/demo/reports/options', { auth: province })).status).toBe(
      200,
    );

    // Nothing of a centre's set-up, its accounts or its queue may be changed.
    const rename = await request(server.url, '/api/sites/demo/config/site', {
      method: 'PUT',
      auth: province,
      body: { id: 'demo', ...SITE },
    });
    expect(rename.status).toBe(403);
    expect(rename.body.error.code).toBe('forbidden');
    const ticket = await request(server.url, '/api/sites/demo/tickets', {
      auth: province,
      body: { procedureId: 'p-khai-sinh', requestId: 'province-try-0001' },
    });
    expect(ticket.status).toBe(403);
    const user = await request(server.url, '/api/users', {
      auth: province,
      body: {
        username: 'ke.gian',
        password: 'Tinh-VinhLong-2026!',
        fullName: 'X',
        role: 'staff',
        siteIds: ['demo'],
      },
    });
    expect(user.status).toBe(403);
    expect(
      (
        await request(server.url, '/api/province/centres', {
          auth: province,
          body: { centreId: 'x', name: 'X' },
        })
      ).status,
    ).toBe(403);

    // A manager: the overview of their own centre only.
    const manager = await login(server.url, 'ql.longho', 'Tinh-VinhLong-2026!');
    const own = await request(server.url, '/api/province/overview', { auth: manager });
    expect(own.body.centres.map((c: { siteId: string }) => c.siteId)).toEqual(['long-ho']);
    // Only an administrator creates province accounts.
    const byManager = await request(server.url, '/api/users', {
      auth: manager,
      body: {
        username: 'tinh.2',
        password: 'Tinh-VinhLong-2026!',
        fullName: 'Y',
        role: 'province',
        siteIds: ['long-ho'],
      },
    });
    expect(byManager.status).toBe(403);
  });
});
