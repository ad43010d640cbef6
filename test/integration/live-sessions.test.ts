// Sockets keep only the rights their credential still has (a real hub, real socket.io clients):
// logout, expiry, disabling (which also frees the officer's counter), removal from a site and
// demotion reach live sockets at once; queue:sync is checked like every other command.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ack, connected, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin = '';
const sockets: TestSocket[] = [];
const MANAGER_PASSWORD = 'Quan-ly-manh-2026-x';

function open(token: string, extra: Record<string, string> = {}): TestSocket {
  const s = connectSocket(server.url, { token, ...extra });
  sockets.push(s);
  return s;
}

const officerPassword = (u: string) => server.report.officers.find((o) => o.username === u)?.password ?? '';

async function userId(username: string): Promise<string> {
  const users = await request(server.url, '/api/users', { auth: admin });
  return (users.body as { id: string; username: string }[]).find((u) => u.username === username)?.id ?? '';
}

function cutWith(socket: TestSocket): Promise<string> {
  return Promise.all([
    waitFor<{ code: string }>(socket, 'session:ended'),
    waitFor(socket, 'disconnect'),
  ]).then(([ended]) => ended.code);
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  const site = await request(server.url, '/api/admin/sites', {
    auth: admin,
    body: {
      id: 'site-b',
      name: { vi: 'Trung tâm B' },
      ward: { vi: 'Phường B' },
      province: { vi: 'Tỉnh B' },
      timeZone: 'Asia/Ho_Chi_Minh',
      openingHours: {},
      holidays: [],
    },
  });
  expect(site.status, JSON.stringify(site.body)).toBe(201);
  const manager = await request(server.url, '/api/users', {
    auth: admin,
    body: {
      username: 'quanly',
      password: MANAGER_PASSWORD,
      fullName: 'Trần Văn Quản',
      role: 'manager',
      siteIds: ['demo', 'site-b'],
    },
  });
  expect(manager.status, JSON.stringify(manager.body)).toBe(201);
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.close();
});

describe('live sessions', () => {
  it('logout cuts the socket of that session at once', async () => {
    const token = await login(server.url, 'canbo1', officerPassword('canbo1'));
    const socket = open(token);
    await connected(socket);
    const cut = cutWith(socket);
    expect((await request(server.url, '/api/auth/logout', { auth: token, body: {} })).status).toBeLessThan(
      300,
    );
    expect(await cut).toBe('unauthorized');
  });

  it('disabling an officer cuts their socket and frees their counter', async () => {
    const token = await login(server.url, 'canbo2', officerPassword('canbo2'));
    expect(
      (await request(server.url, '/api/sites/demo/counters/c4/sign-in', { auth: token, body: {} })).status,
    ).toBe(200);
    const socket = open(token);
    await connected(socket);
    const cut = cutWith(socket);
    const id = await userId('canbo2');
    const res = await request(server.url, `/api/users/${id}`, {
      method: 'PUT',
      auth: admin,
      body: { fullName: 'Thạch Minh Tuấn', role: 'staff', siteIds: ['demo'], disabled: true },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(await cut).toMatch(/unauthorized|account_disabled/);
    const counters = await request(server.url, '/api/sites/demo/counters', { auth: admin });
    const c4 = (counters.body as { id: string; officerId: string | null }[]).find((c) => c.id === 'c4');
    expect(c4?.officerId ?? null).toBeNull();
  });

  it('removal from a site cuts the socket following that site, and re-scopes a demoted manager', async () => {
    const token = await login(server.url, 'quanly', MANAGER_PASSWORD);
    const demo = open(token, { siteId: 'demo' });
    const b = open(token, { siteId: 'site-b' });
    await Promise.all([connected(demo), connected(b)]);
    const ticket = async () =>
      (
        await request(server.url, '/api/sites/demo/tickets', {
          auth: server.keys.kiosk,
          body: { procedureId: 'p-khai-sinh', requestId: `live-${Math.random().toString(36).slice(2, 10)}` },
        })
      ).body.ticket.id as string;
    const first = await ticket();
    expect((await ack(b, 'queue:sync', {})).ok).toBe(true);
    expect((await ack(demo, 'ticket:cancel', { ticketId: first })).ok).toBe(true);

    const id = await userId('quanly');
    const cutB = cutWith(b);
    const demoted = await request(server.url, `/api/users/${id}`, {
      method: 'PUT',
      auth: admin,
      body: { fullName: 'Trần Văn Quản', role: 'staff', siteIds: ['demo'], disabled: false },
    });
    expect(demoted.status, JSON.stringify(demoted.body)).toBe(200);
    expect(await cutB).toBe('forbidden');
    // Still connected to demo, now with a staff member's rights: no cancelling others' tickets.
    const second = await ticket();
    const refused = await ack(demo, 'ticket:cancel', { ticketId: second });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('forbidden');
  });
});

describe('session expiry', () => {
  it('a socket whose session expired is refused and cut at its next command', async () => {
    const now = { t: Date.now() };
    const local = await startTestServer({ clock: () => now.t });
    try {
      const password = local.report.officers.find((o) => o.username === 'canbo3')?.password ?? '';
      const token = await login(local.url, 'canbo3', password);
      const socket = connectSocket(local.url, { token });
      sockets.push(socket);
      await connected(socket);
      expect((await ack(socket, 'queue:sync', {})).ok).toBe(true);
      now.t += 13 * 3600_000;
      const cut = cutWith(socket);
      const reply = await ack(socket, 'queue:sync', {});
      expect(reply.ok).toBe(false);
      expect(reply.error.code).toBe('unauthorized');
      expect(await cut).toBe('token_expired');
    } finally {
      await local.close();
    }
  });
});
