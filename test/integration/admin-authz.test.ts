// Managers of site A cannot see or change site B: every admin route on B answers 403 and B's
// configuration, accounts and devices stay exactly as they were. The same routes on A succeed
// (so the refusals are about the site, not a broken route). Staff, devices and anonymous
// callers are refused too; managers never create administrators or centres.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSocket } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: string;
let managerA: string;
let staffA: string;
let userB: { id: string };
const A = 'demo';
const B = 'phuong-b';

const SITE_B = {
  id: B,
  name: { vi: 'Trung tâm Phục vụ hành chính công phường B' },
  ward: { vi: 'Phường B' },
  province: { vi: 'Tỉnh Vĩnh Long' },
  timeZone: 'Asia/Ho_Chi_Minh',
  openingHours: Object.fromEntries(
    ['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, [{ start: '00:00', end: '24:00' }]]),
  ),
  holidays: [],
};

/** Every admin route, for a site; bodies are valid so only authorization can refuse them. */
function routes(site: string, ids: { device: string; ticket: string; user: string }) {
  const field = { code: 'ZZ', name: { vi: 'Lĩnh vực Z' } };
  return [
    { method: 'GET', path: `/api/sites/${site}/config` },
    {
      method: 'PUT',
      path: `/api/sites/${site}/config/site`,
      body: { ...SITE_B, id: undefined, name: { vi: 'Đổi tên' } },
    },
    {
      method: 'PUT',
      path: `/api/sites/${site}/config/rules`,
      body: {
        recallLimit: 2,
        startOnCall: false,
        noShowReactivateMinutes: 30,
        transferPlacement: 'keep',
        starvationGuardMinutes: 20,
        etaSampleSize: 20,
        defaultServiceMinutes: 6,
      },
    },
    { method: 'POST', path: `/api/sites/${site}/config/fields`, body: field },
    {
      method: 'PUT',
      path: `/api/sites/${site}/config/series/s-a`,
      body: {
        name: { vi: 'Dãy A đổi' },
        prefix: 'A',
        start: 1,
        end: 999,
        step: 1,
        padding: 3,
        dailyCap: 0,
        onExhausted: 'wrap',
        targetWaitMinutes: 15,
      },
    },
    {
      method: 'POST',
      path: `/api/sites/${site}/config/counters`,
      body: { number: 77, name: { vi: 'Quầy 77' }, zone: '', series: [{ seriesId: 's-a' }], policy: 'fifo' },
    },
    {
      method: 'PUT',
      path: `/api/sites/${site}/settings/kiosk`,
      body: { idleSeconds: 30, ticketScreenSeconds: 10, showPriority: false },
    },
    { method: 'GET', path: `/api/sites/${site}/catalogue-export?format=csv` },
    {
      method: 'POST',
      path: `/api/sites/${site}/catalogue-import?format=csv`,
      raw: 'Mã TTHC,Tên thủ tục,Mã lĩnh vực\r\n1.000001,Thủ tục mới,ZZ\r\n',
    },
    { method: 'POST', path: `/api/sites/${site}/slip-preview`, body: {} },
    { method: 'GET', path: `/api/sites/${site}/monitor` },
    { method: 'GET', path: `/api/sites/${site}/audit` },
    {
      method: 'POST',
      path: `/api/sites/${site}/tickets/${ids.ticket}/transfer`,
      body: { toSeriesId: 's-a' },
    },
    { method: 'POST', path: `/api/sites/${site}/tickets/${ids.ticket}/cancel`, body: {} },
    { method: 'GET', path: `/api/sites/${site}/devices` },
    { method: 'POST', path: `/api/sites/${site}/devices`, body: { kind: 'display', name: 'TV lạ' } },
    {
      method: 'PUT',
      path: `/api/sites/${site}/devices/${ids.device}/printer`,
      body: { printer: 'tcp://10.0.0.9:9100' },
    },
    { method: 'POST', path: `/api/sites/${site}/devices/${ids.device}/revoke`, body: {} },
    {
      method: 'PUT',
      path: `/api/users/${ids.user}`,
      body: { fullName: 'Đổi', role: 'staff', siteIds: [site], disabled: true },
    },
    { method: 'POST', path: `/api/users/${ids.user}/password`, body: { password: 'mat-khau-moi-1' } },
    {
      method: 'POST',
      path: '/api/users',
      body: {
        username: `moi-${site}`,
        fullName: 'Mới',
        role: 'staff',
        siteIds: [site],
        password: 'mat-khau-1',
      },
    },
  ] as { method: string; path: string; body?: unknown; raw?: string }[];
}

async function call(route: { method: string; path: string; body?: unknown; raw?: string }, auth?: string) {
  if (route.raw !== undefined) {
    const res = await fetch(server.url + route.path, {
      method: route.method,
      headers: { 'content-type': 'text/csv', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
      body: route.raw,
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  }
  return request(server.url, route.path, { method: route.method, body: route.body, auth });
}

function stateOf(site: string) {
  const data = server.app.store.config;
  return JSON.stringify({
    site: data.sites.find((s) => s.config.site.id === site),
    users: data.users.filter((u) => u.siteIds.includes(site)),
    devices: data.devices.filter((d) => d.siteId === site),
  });
}

async function fixtures(site: string) {
  const device = await request(server.url, `/api/sites/${site}/devices`, {
    auth: admin,
    body: { kind: 'kiosk', name: `Kiosk ${site}` },
  });
  const field = await request(server.url, `/api/sites/${site}/config/fields`, {
    auth: admin,
    body: { code: 'HT', name: { vi: 'Hộ tịch' } },
  });
  const proc = await request(server.url, `/api/sites/${site}/config/procedures`, {
    auth: admin,
    body: {
      code: '1.001193',
      name: { vi: 'Khai sinh' },
      fieldId: field.body.item?.id ?? 'f-hotich',
      seriesId: 's-a',
    },
  });
  const ticket = await request(server.url, `/api/sites/${site}/tickets`, {
    auth: device.body.key,
    body: { procedureId: proc.body.item.id, requestId: `authz-${site}-1` },
  });
  expect(ticket.status).toBe(201);
  return {
    device: device.body.id as string,
    ticket: ticket.body.ticket.id as string,
    key: device.body.key as string,
  };
}

let idsA: { device: string; ticket: string; user: string };
let idsB: { device: string; ticket: string; user: string };

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  const created = await request(server.url, '/api/admin/sites', { auth: admin, body: SITE_B });
  expect(created.status).toBe(201);
  const mk = async (username: string, role: string, siteIds: string[]) => {
    const res = await request(server.url, '/api/users', {
      auth: admin,
      body: { username, fullName: username, role, siteIds, password: 'mat-khau-123' },
    });
    expect(res.status).toBe(201);
    return res.body.user as { id: string };
  };
  await mk('quanly-a', 'manager', [A]);
  await mk('canbo-a', 'staff', [A]);
  const userA = await mk('canbo-a2', 'staff', [A]);
  userB = await mk('canbo-b', 'staff', [B]);
  managerA = await login(server.url, 'quanly-a', 'mat-khau-123');
  staffA = await login(server.url, 'canbo-a', 'mat-khau-123');
  const fa = await fixtures(A);
  const fb = await fixtures(B);
  idsA = { device: fa.device, ticket: fa.ticket, user: userA.id };
  idsB = { device: fb.device, ticket: fb.ticket, user: userB.id };
});

afterAll(async () => {
  await server.close();
});

describe('a manager of site A', () => {
  it('is refused (403) on every admin route of site B, and B does not change', async () => {
    const before = stateOf(B);
    const monitorBefore = await request(server.url, `/api/sites/${B}/monitor`, { auth: admin });
    for (const route of routes(B, idsB)) {
      const res = await call(route, managerA);
      expect(res.status, `${route.method} ${route.path}`).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(stateOf(B)).toBe(before);
    const monitorAfter = await request(server.url, `/api/sites/${B}/monitor`, { auth: admin });
    expect(monitorAfter.body.waiting).toEqual(monitorBefore.body.waiting);
  });

  it('does not see site B in the console context, the account list or over the socket', async () => {
    const ctx = await request(server.url, '/api/admin/context', { auth: managerA });
    expect(ctx.body.sites.map((s: any) => s.id)).toEqual([A]);
    const users = await request(server.url, '/api/users', { auth: managerA });
    expect(users.body.map((u: any) => u.username)).not.toContain('canbo-b');
    expect(users.body.map((u: any) => u.username)).not.toContain('admin');
    const socket = connectSocket(server.url, { token: managerA, siteId: B });
    const error = await new Promise<any>((resolve) => socket.once('connect_error', resolve));
    socket.close();
    expect(error.data.code).toBe('forbidden');
  });

  it('may do the same on site A (so the refusals above are about the site)', async () => {
    for (const route of routes(A, idsA)) {
      const res = await call(route, managerA);
      expect([200, 201], `${route.method} ${route.path}: ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  });

  it('never creates an administrator, a centre, or an account for site B', async () => {
    const asAdmin = await request(server.url, '/api/users', {
      auth: managerA,
      body: { username: 'sep', fullName: 'Sếp', role: 'admin', siteIds: [], password: 'mat-khau-123' },
    });
    expect(asAdmin.status).toBe(403);
    const both = await request(server.url, '/api/users', {
      auth: managerA,
      body: {
        username: 'hai-noi',
        fullName: 'Hai nơi',
        role: 'staff',
        siteIds: [A, B],
        password: 'mat-khau-123',
      },
    });
    expect(both.status).toBe(403);
    const site = await request(server.url, '/api/admin/sites', {
      auth: managerA,
      body: { ...SITE_B, id: 'phuong-c' },
    });
    expect(site.status).toBe(403);
    expect(server.app.store.config.users.some((u) => u.username === 'sep' || u.username === 'hai-noi')).toBe(
      false,
    );
    expect(server.app.store.config.sites.some((s) => s.config.site.id === 'phuong-c')).toBe(false);
  });
});

describe('others', () => {
  it('staff, devices and anonymous callers are refused on the admin routes', async () => {
    const before = stateOf(A);
    for (const auth of [staffA, server.keys.kiosk, server.keys.display, undefined]) {
      for (const route of routes(A, idsA).filter((r) => r.method !== 'GET' || !r.path.endsWith('/devices'))) {
        const res = await call(route, auth);
        expect([401, 403], `${route.method} ${route.path}`).toContain(res.status);
      }
    }
    expect(stateOf(A)).toBe(before);
  });

  it('nobody disables themselves or changes their own role', async () => {
    const me = await request(server.url, '/api/auth/me', { auth: managerA });
    expect(me.status).toBe(200);
    const self = me.body.user as { id: string; fullName: string };
    for (const change of [
      { role: 'staff', disabled: false },
      { role: 'manager', disabled: true },
    ]) {
      const res = await request(server.url, `/api/users/${self.id}`, {
        auth: managerA,
        method: 'PUT',
        body: { fullName: self.fullName, siteIds: [A], ...change },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    const unchanged = await request(server.url, '/api/auth/me', { auth: managerA });
    expect(unchanged.body.user.role).toBe('manager');
  });

  it("keeps a kiosk's own actions to kiosks: help calls and its printer's state", async () => {
    for (const auth of [admin, managerA, server.keys.display, server.keys.counter]) {
      const help = await request(server.url, `/api/sites/${A}/help-calls`, { auth, body: {} });
      expect(help.status).toBe(403);
      const printer = await request(server.url, `/api/sites/${A}/printers/self`, { auth });
      expect(printer.status).toBe(403);
    }
    const kiosk = await request(server.url, `/api/sites/${A}/help-calls`, {
      auth: server.keys.kiosk,
      body: {},
    });
    expect(kiosk.status).toBe(201);
  });
});
