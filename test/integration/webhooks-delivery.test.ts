// Signed webhooks against a real receiver on loopback: who may subscribe, what a delivery looks
// like (signature, headers, order, completeness), the delivery log, a receiver that fails and
// recovers, pause/resume/replay, delete, and the URL rule.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReceiver, type Receiver } from '../support/webhook-receiver.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

const SECRET = 'a-shared-secret-of-32-characters!';
const FAST = { retryBaseMs: 20, retryMaxMs: 200, timeoutMs: 2000, idleMs: 1000 };
let server: TestServer;
let admin: string;
let manager: string;
let staff: string;
let receiver: Receiver;
let n = 0;

const hooks = '/api/sites/demo/webhooks';

async function issue(): Promise<{ id: string; displayNumber: string; statusToken: string }> {
  const res = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `hook-req-${String(n++).padStart(4, '0')}` },
  });
  expect(res.status).toBe(201);
  return { ...res.body.ticket, statusToken: res.body.statusToken };
}
const counter = (action: string, body: unknown = {}) =>
  request(server.url, `/api/sites/demo/counters/c1/${action}`, { auth: server.keys.counter, body });

async function subscribe(events: string[], url = receiver.url): Promise<string> {
  const res = await request(server.url, hooks, { auth: manager, body: { url, events, secret: SECRET } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.id).toMatch(/^wh_/);
  return res.body.id;
}

/** Seqs strictly increase (after deduplication by delivery id) and every signature checks. */
function expectInOrderAndSigned(list: Receiver['received']): void {
  for (const r of list) expect(r.signatureOk, r.deliveryId).toBe(true);
  const positions = list.map((r) => r.body.seq * 1000 + Number(r.deliveryId.split(':').at(-1)));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(positions).size).toBe(positions.length);
}

beforeAll(async () => {
  server = await startTestServer({ options: { integrations: { allowPrivate: true, timing: FAST } } });
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  for (const [username, role] of [
    ['quanly-hook', 'manager'],
    ['canbo-hook', 'staff'],
  ]) {
    const res = await request(server.url, '/api/users', {
      auth: admin,
      body: { username, fullName: username, role, siteIds: ['demo'], password: 'mat-khau-123' },
    });
    expect(res.status).toBe(201);
  }
  manager = await login(server.url, 'quanly-hook', 'mat-khau-123');
  staff = await login(server.url, 'canbo-hook', 'mat-khau-123');
  receiver = await startReceiver(SECRET);
});

afterAll(async () => {
  await server.close();
  await receiver.close();
});

describe('webhook subscriptions', () => {
  it('only managers of the site (and admins) may subscribe or read deliveries', async () => {
    const body = { url: receiver.url, events: ['ticket.issued'], secret: SECRET };
    expect((await request(server.url, hooks, { body })).status).toBe(401);
    expect((await request(server.url, hooks, { auth: staff, body })).status).toBe(403);
    expect((await request(server.url, hooks, { auth: server.keys.integration, body })).status).toBe(403);
    expect((await request(server.url, hooks, { auth: staff })).status).toBe(403);
    const siteB = await request(server.url, '/api/admin/sites', {
      auth: admin,
      body: {
        id: 'phuong-b',
        name: { vi: 'Trung tâm phường B' },
        ward: { vi: 'Phường B' },
        province: { vi: 'Tỉnh Vĩnh Long' },
        timeZone: 'Asia/Ho_Chi_Minh',
        openingHours: { '1': [{ start: '00:00', end: '24:00' }] },
        holidays: [],
      },
    });
    expect(siteB.status, JSON.stringify(siteB.body)).toBe(201);
    const other = await request(server.url, '/api/users', {
      auth: admin,
      body: {
        username: 'quanly-khac',
        fullName: 'x',
        role: 'manager',
        siteIds: ['phuong-b'],
        password: 'mat-khau-123',
      },
    });
    expect(other.status).toBe(201);
    const otherManager = await login(server.url, 'quanly-khac', 'mat-khau-123');
    expect((await request(server.url, hooks, { auth: otherManager, body })).status).toBe(403);
    const id = await subscribe(['ticket.issued']);
    expect((await request(server.url, `${hooks}/${id}/deliveries`, { auth: staff })).status).toBe(403);
    const list = await request(server.url, hooks, { auth: manager });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    expect((await request(server.url, `${hooks}/${id}`, { auth: manager, method: 'DELETE' })).status).toBe(
      204,
    );
    expect((await request(server.url, `${hooks}/${id}`, { auth: manager })).status).toBe(404);
  });

  it('refuses bad bodies with a clear code', async () => {
    const bad = [
      { url: 'ftp://example.com/x', events: ['ticket.issued'], secret: SECRET },
      { url: receiver.url, events: ['ticket.exploded'], secret: SECRET },
      { url: receiver.url, events: ['ticket.issued'], secret: 'short' },
      { url: receiver.url, events: [], secret: SECRET },
      { url: receiver.url, events: ['ticket.issued'], secret: SECRET, extra: 1 },
    ];
    for (const body of bad) {
      const res = await request(server.url, hooks, { auth: manager, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
    }
  });

  it('refuses cloud metadata, link-local and the hub itself even when private targets are allowed', async () => {
    const port = new URL(server.url).port;
    for (const url of [
      'http://169.254.169.254/latest/meta-data/',
      'http://[fe80::1]/x',
      'http://0.0.0.0:9/x',
      `http://127.0.0.1:${port}/api/sites`,
      `http://localhost:${port}/api/sites`,
      'http://user:pw@example.com/x',
    ]) {
      const res = await request(server.url, hooks, {
        auth: manager,
        body: { url, events: ['ticket.issued'], secret: SECRET },
      });
      expect(res.status, url).toBe(400);
      expect(res.body.error.code, url).toBe('url_not_allowed');
    }
  });
});

describe('deliveries', () => {
  it('delivers every subscribed event, signed, in seq order, with the dossier code on finish and rating', async () => {
    receiver.received.length = 0;
    const id = await subscribe([
      'ticket.issued',
      'ticket.called',
      'ticket.finished',
      'ticket.rated',
      'counter.paused',
    ]);
    const signIn = await request(server.url, '/api/sites/demo/counters/c1/resume', {
      auth: server.keys.counter,
      body: {},
    });
    expect([200, 409]).toContain(signIn.status);
    const tickets = [await issue(), await issue(), await issue()];
    expect((await counter('call-next')).status).toBe(200);
    const finish = await counter('finish', { dossierCode: ' 000.00.53.h48-220921-0099 ' });
    expect(finish.status, JSON.stringify(finish.body)).toBe(200);
    const rated = await request(server.url, `/api/tickets/${tickets[0].statusToken}/rating`, {
      body: { level: 3 },
    });
    expect(rated.status).toBe(201);
    expect((await counter('pause', { reason: 'lunch' })).status).toBe(200);
    await receiver.waitFor((r) => r.length >= 7);
    const got = receiver.received;
    expect(got.map((r) => r.body.type)).toEqual([
      'ticket.issued',
      'ticket.issued',
      'ticket.issued',
      'ticket.called',
      'ticket.finished',
      'ticket.rated',
      'counter.paused',
    ]);
    expectInOrderAndSigned(got);
    for (const r of got) {
      expect(r.event).toBe(r.body.type);
      expect(r.body.siteId).toBe('demo');
      expect(r.deliveryId.startsWith(`${id}:`)).toBe(true);
      expect(Object.keys(r.body).sort()).toEqual(['at', 'data', 'id', 'seq', 'siteId', 'type']);
    }
    expect(got.slice(0, 3).map((r) => r.body.data.displayNumber)).toEqual(
      tickets.map((t) => t.displayNumber),
    );
    expect(got[4].body.data.dossierCode).toBe('000.00.53.H48-220921-0099');
    expect(got[5].body.data.dossierCode).toBe('000.00.53.H48-220921-0099');
    expect(got[5].body.data.rating.level).toBe(3);
    expect(got[6].body.data.reason).toBe('lunch');
    const log = await request(server.url, `${hooks}/${id}/deliveries`, { auth: manager });
    expect(log.status).toBe(200);
    expect(log.body).toHaveLength(7);
    expect(log.body.every((d: { status: string }) => d.status === 'delivered')).toBe(true);
    expect((await counter('resume')).status).toBe(200);
    await request(server.url, `${hooks}/${id}`, { auth: manager, method: 'DELETE' });
  });

  it('a receiver that fails then recovers gets everything in order, and the log keeps the error', async () => {
    receiver.received.length = 0;
    const id = await subscribe(['ticket.issued']);
    receiver.failNext = 4;
    const issued = [];
    for (let i = 0; i < 6; i++) issued.push(await issue());
    await receiver.waitFor((r) => r.length >= 6);
    expect(receiver.received.map((r) => r.body.data.displayNumber)).toEqual(
      issued.map((t) => t.displayNumber),
    );
    expectInOrderAndSigned(receiver.received);
    const log = await request(server.url, `${hooks}/${id}/deliveries`, { auth: manager });
    const failed = log.body.filter((d: { status: string }) => d.status === 'failed');
    expect(failed.length).toBe(4);
    expect(failed[0].error).toContain('HTTP 500');
    // Retries of one event keep its delivery id.
    const firstId = receiver.received[0].deliveryId;
    expect(log.body.filter((d: { deliveryId: string }) => d.deliveryId === firstId).length).toBe(5);
    await request(server.url, `${hooks}/${id}`, { auth: manager, method: 'DELETE' });
  });

  it('pause holds deliveries, resume sends what was missed, replay sends again from a seq', async () => {
    receiver.received.length = 0;
    const id = await subscribe(['ticket.issued']);
    const paused = await request(server.url, `${hooks}/${id}/pause`, { auth: manager, body: {} });
    expect(paused.body.paused).toBe(true);
    const first = await issue();
    const second = await issue();
    const view = await request(server.url, `${hooks}/${id}`, { auth: manager });
    expect(view.body.paused).toBe(true);
    expect(receiver.received).toHaveLength(0);
    await request(server.url, `${hooks}/${id}/resume`, { auth: manager, body: {} });
    await receiver.waitFor((r) => r.length >= 2);
    expect(receiver.received.map((r) => r.body.data.displayNumber)).toEqual([
      first.displayNumber,
      second.displayNumber,
    ]);
    const fromSeq = receiver.received[0].body.seq;
    const replay = await request(server.url, `${hooks}/${id}/replay`, { auth: manager, body: { fromSeq } });
    expect(replay.status).toBe(200);
    await receiver.waitFor((r) => r.length >= 4);
    expect(receiver.received.slice(2).map((r) => r.deliveryId)).toEqual(
      receiver.received.slice(0, 2).map((r) => r.deliveryId),
    );
    const bad = await request(server.url, `${hooks}/${id}/replay`, { auth: manager, body: { fromSeq: 0 } });
    expect(bad.status).toBe(400);
    await request(server.url, `${hooks}/${id}`, { auth: manager, method: 'DELETE' });
  });

  it('sends ticket.turn-near once a ticket has at most N people ahead', async () => {
    receiver.received.length = 0;
    const settings = await request(server.url, '/api/sites/demo/integrations/settings', { auth: manager });
    expect(settings.status).toBe(200);
    const put = await request(server.url, '/api/sites/demo/integrations/settings', {
      auth: manager,
      method: 'PUT',
      body: { ...settings.body, turnNearAhead: 1 },
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);
    const id = await subscribe(['ticket.turn-near']);
    // Clear the line first so the count starts from known tickets.
    while ((await counter('call-next')).body.ticket) await counter('finish');
    const before = receiver.received.length;
    const mine = [await issue(), await issue(), await issue(), await issue()];
    const ours = new Set(mine.map((t) => t.displayNumber));
    // Deliveries of earlier tickets may still arrive: look at this test's tickets only.
    const numbers = () =>
      receiver.received
        .slice(before)
        .map((r) => r.body.data.displayNumber)
        .filter((number) => ours.has(number));
    await receiver.waitFor(() => numbers().length >= 2);
    // A ticket issued with 0 or 1 people ahead is near its turn at once; the third is not.
    expect(numbers()).toEqual([mine[0].displayNumber, mine[1].displayNumber]);
    await counter('call-next');
    await receiver.waitFor(() => numbers().length >= 3);
    expect(numbers()).toEqual(mine.slice(0, 3).map((t) => t.displayNumber));
    expect(receiver.received.at(-1)?.body.data.ahead).toBe(1);
    expectInOrderAndSigned(receiver.received);
    await request(server.url, `${hooks}/${id}`, { auth: manager, method: 'DELETE' });
  });

  it('exports the dossier codes with their ticket, counter and rating (managers only)', async () => {
    const path = '/api/sites/demo/reports/dossier-codes.csv';
    expect((await request(server.url, path, { auth: staff })).status).toBe(403);
    const csv = await request(server.url, path, { auth: manager });
    expect(csv.status).toBe(200);
    const line = String(csv.body)
      .split('\r\n')
      .find((l) => l.includes('000.00.53.H48-220921-0099'));
    expect(line).toBeDefined();
    expect(line).toContain('3/3');
    expect(String(csv.body)).toContain('Mã hồ sơ');
    const xlsx = await fetch(`${server.url}/api/sites/demo/reports/dossier-codes.xlsx?from=2020-01-01`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const bad = await request(server.url, `${path}?from=2026-13-45`, { auth: manager });
    expect(bad.status).toBe(400);
  });
});
