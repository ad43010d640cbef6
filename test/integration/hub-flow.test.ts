// The hub end to end on a real port with real socket.io clients: a kiosk issues, a counter
// calls, the display receives; retries are idempotent; concurrent calls never share a ticket;
// a display connected across a server restart resyncs to the right state.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { ack, connected, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
});

async function server(opts: Parameters<typeof startTestServer>[0] = {}): Promise<TestServer> {
  const s = await startTestServer(opts);
  servers.push(s);
  return s;
}
function socket(url: string, auth: Parameters<typeof connectSocket>[1], reconnection = false): TestSocket {
  const s = connectSocket(url, auth, { reconnection });
  sockets.push(s);
  return s;
}

describe('hub flow', () => {
  it('kiosk issues, counter calls, and the display receives the call after its snapshot', async () => {
    const s = await server();
    const display = socket(s.url, { key: s.keys.display });
    const snapshot = await waitFor(display, 'queue:snapshot');
    expect(snapshot.siteId).toBe('demo');
    const issued = await request(s.url, '/api/sites/demo/tickets', {
      auth: s.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'kiosk-req-0001' },
    });
    expect(issued.status).toBe(201);
    expect(issued.body.ticket.displayNumber).toMatch(/^A\d{3}$/);
    expect(issued.body.statusToken).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const counter = socket(s.url, { key: s.keys.counter });
    await connected(counter);
    const calledEvent = waitFor(display, 'queue:deltas');
    const result = await ack(counter, 'counter:call-next', { counterId: 'c1' });
    expect(result.ok).toBe(true);
    expect(result.data.ticket.id).toBe(issued.body.ticket.id);
    const [delta] = await calledEvent;
    expect(delta.name).toBe('ticket:called');
    expect(delta.call.displayNumber).toBe(issued.body.ticket.displayNumber);
    expect(delta.call.counterNumber).toBe(1);
    expect(delta.seq).toBe(snapshot.seq + 2);
    expect(delta.ticketId).toBe(issued.body.ticket.id);
    expect(delta.counter.current.status).toBe('called');
  });

  it('returns the same ticket for a retried requestId, over REST and over the socket', async () => {
    const s = await server();
    const body = { procedureId: 'p-khai-sinh', requestId: 'retry-req-0001' };
    const first = await request(s.url, '/api/sites/demo/tickets', { auth: s.keys.kiosk, body });
    const second = await request(s.url, '/api/sites/demo/tickets', { auth: s.keys.kiosk, body });
    expect(second.status).toBe(201);
    expect(second.body.ticket.id).toBe(first.body.ticket.id);
    const kiosk = socket(s.url, { key: s.keys.kiosk });
    await connected(kiosk);
    const third = await ack(kiosk, 'ticket:take', body);
    expect(third.ok).toBe(true);
    expect(third.data.ticket.id).toBe(first.body.ticket.id);
    const snap = await request(s.url, '/api/sites/demo/snapshot', { auth: s.keys.display });
    expect(snap.body.waiting.total).toBe(1);
  });

  it('gives 50 counters calling at the same moment 50 different tickets', async () => {
    const s = await server();
    const hub = s.app.hubs.get('demo');
    if (!hub) throw new Error('no demo hub');
    const config = structuredClone(hub.config);
    for (let i = 7; i <= 56; i++) {
      config.counters.push({
        id: `x${i}`,
        number: i,
        name: { vi: `Quầy ${i}` },
        zone: 'C',
        series: [{ seriesId: 's-a' }],
        policy: 'fifo',
      });
    }
    hub.reconfigure(config, hub.settings);
    for (let i = 0; i < 60; i++) {
      const r = await request(s.url, '/api/sites/demo/tickets', {
        auth: s.keys.kiosk,
        body: { procedureId: 'p-khai-sinh', requestId: `bulk-${String(i).padStart(6, '0')}` },
      });
      expect(r.status).toBe(201);
    }
    const token = await login(s.url, 'admin', ADMIN_PASSWORD);
    const clients = Array.from({ length: 50 }, () => socket(s.url, { token, siteId: 'demo' }));
    await Promise.all(clients.map(connected));
    const results = await Promise.all(
      clients.map((c, i) => ack(c, 'counter:call-next', { counterId: `x${i + 7}` })),
    );
    const ids = results.map((r) => {
      expect(r.ok).toBe(true);
      return r.data.ticket.id as string;
    });
    expect(new Set(ids).size).toBe(50);
    const holders = [...hub.state.counters.values()].filter((c) => c.currentTicketId).length;
    expect(holders).toBe(50);
  });

  it('resyncs a display connected across a server restart to the right state', async () => {
    const first = await server({ keepData: true });
    const port = Number(new URL(first.url).port);
    const issued = await request(first.url, '/api/sites/demo/tickets', {
      auth: first.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'restart-0001' },
    });
    await request(first.url, '/api/sites/demo/counters/c1/call-next', { auth: first.keys.counter, body: {} });
    const display = socket(first.url, { key: first.keys.display }, true);
    const before = await waitFor(display, 'queue:snapshot');
    expect(before.counters.find((c: any) => c.id === 'c1').current.id).toBe(issued.body.ticket.id);
    servers.splice(servers.indexOf(first), 1);
    await first.close();
    const restarted = await server({ dataDir: first.dataDir, port });
    const after = await waitFor(display, 'queue:snapshot', () => true, 8000);
    expect(after.counters.find((c: any) => c.id === 'c1').current.displayNumber).toBe(
      issued.body.ticket.displayNumber,
    );
    expect(after.seq).toBe(before.seq);
    const next = await request(restarted.url, '/api/sites/demo/tickets', {
      auth: first.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'restart-0002' },
    });
    expect(next.body.ticket.number).toBe(issued.body.ticket.number + 1);
  });

  it('follows one ticket on the phone page socket and reveals no other ticket', async () => {
    const s = await server();
    const issued = await request(s.url, '/api/sites/demo/tickets', {
      auth: s.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'phone-0001' },
    });
    const phone = socket(s.url, { statusToken: issued.body.statusToken });
    const first = await waitFor(phone, 'ticket:status');
    expect(first.status).toBe('waiting');
    expect(JSON.stringify(first)).not.toContain(issued.body.statusToken);
    const called = waitFor(phone, 'ticket:status', (st: any) => st.status === 'called');
    await request(s.url, '/api/sites/demo/counters/c1/call-next', { auth: s.keys.counter, body: {} });
    expect((await called).counterNumber).toBe(1);
    const refused = await ack(phone, 'counter:call-next', { counterId: 'c1' });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('forbidden');
    const bad = await request(s.url, '/api/tickets/AAAAAAAAAAAAAAAAAAAAAAAA');
    expect(bad.status).toBe(404);
    expect(bad.body.error.code).toBe('not_found');
  });
});

describe('rating tablet reconnecting', () => {
  it('gets the pending rating again while the citizen may still rate, and not after rating', async () => {
    const s = await server();
    await request(s.url, '/api/sites/demo/tickets', {
      auth: s.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'tablet-0001' },
    });
    await request(s.url, '/api/sites/demo/counters/c1/call-next', { auth: s.keys.counter, body: {} });
    const finished = await request(s.url, '/api/sites/demo/counters/c1/finish', {
      auth: s.keys.counter,
      body: {},
    });
    expect(finished.status).toBe(200);
    const tablet = socket(s.url, { key: s.keys.counter });
    const pending = await waitFor(tablet, 'rating:requested');
    expect(pending.ticket.id).toBe(finished.body.ticket.id);
    expect(pending.until).toBeGreaterThan(Date.now());
    const rated = await ack(tablet, 'counter:rate', {
      counterId: 'c1',
      ticketId: pending.ticket.id,
      level: 3,
    });
    expect(rated.ok).toBe(true);
    const again = socket(s.url, { key: s.keys.counter });
    await waitFor(again, 'counter:queue');
    const none = await waitFor(again, 'rating:requested', () => true, 500).catch(() => null);
    expect(none).toBeNull();
  });
});
