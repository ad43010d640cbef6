// Calls that no longer hold, on a real hub with real socket.io clients: an officer withdraws a
// mistaken call (the display drops it, the ticket waits again), pausing with a call pending
// withdraws it, a citizen gives up from the phone page, and counters nobody is signed in to read
// as closed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDelta } from '../../shared/protocol/snapshot-reducer.js';
import type { QueueDelta, QueueSnapshot } from '../../shared/protocol/views.js';
import { ack, connected, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';
import { login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
const sockets: TestSocket[] = [];
let n = 0;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.close();
});

function socket(auth: Parameters<typeof connectSocket>[1]): TestSocket {
  const s = connectSocket(server.url, auth);
  sockets.push(s);
  return s;
}

async function issue(): Promise<{ id: string; token: string; number: string }> {
  n += 1;
  const res = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `withdraw-${String(n).padStart(4, '0')}` },
  });
  expect(res.status).toBe(201);
  return { id: res.body.ticket.id, token: res.body.statusToken, number: res.body.ticket.displayNumber };
}

/** A display's copy of the queue, kept by the same reducer the display uses. */
async function displayCopy(): Promise<{ snap: () => QueueSnapshot; seen: string[]; display: TestSocket }> {
  const display = socket({ key: server.keys.display });
  let snap = (await waitFor(display, 'queue:snapshot')) as QueueSnapshot;
  const seen: string[] = [];
  display.on('queue:snapshot', (s: QueueSnapshot) => {
    snap = s;
  });
  display.on('queue:deltas', (deltas: QueueDelta[]) => {
    for (const delta of deltas) {
      seen.push(delta.name);
      expect(applyDelta(snap, delta)).toBe('applied');
    }
  });
  return { snap: () => snap, seen, display };
}

describe('withdrawing a call', () => {
  it('takes the call off the display and puts the ticket back at its place', async () => {
    const copy = await displayCopy();
    const counter = socket({ key: server.keys.counter });
    await connected(counter);
    const first = await issue();
    const called = await ack(counter, 'counter:call', { counterId: 'c1', ticketId: first.id });
    expect(called.ok, JSON.stringify(called)).toBe(true);
    await expect.poll(() => copy.snap().recentCalls.some((c) => c.ticketId === first.id)).toBe(true);

    const withdrawn = waitFor(copy.display, 'queue:deltas', (ds: QueueDelta[]) =>
      ds.some((d) => d.name === 'ticket:call-withdrawn'),
    );
    const res = await ack(counter, 'counter:withdraw-call', { counterId: 'c1' });
    expect(res.ok, JSON.stringify(res)).toBe(true);
    expect(res.data.ticket).toMatchObject({ id: first.id, status: 'waiting', counterId: null });
    await withdrawn;
    await expect.poll(() => copy.snap().recentCalls.some((c) => c.ticketId === first.id)).toBe(false);
    expect(copy.snap().counters.find((c) => c.id === 'c1')?.current).toBeNull();
    // A display connecting now agrees: the call is gone from the hub's recent calls too.
    const fresh = (await waitFor(socket({ key: server.keys.display }), 'queue:snapshot')) as QueueSnapshot;
    expect(fresh.recentCalls.some((c) => c.ticketId === first.id)).toBe(false);
    // The ticket is first in line again.
    const queue = await request(server.url, '/api/sites/demo/counters/c1/queue', {
      auth: server.keys.counter,
    });
    expect(queue.body.tickets[0].id).toBe(first.id);
    // Once the citizen is at the desk there is nothing to withdraw.
    await ack(counter, 'counter:call', { counterId: 'c1', ticketId: first.id });
    await ack(counter, 'counter:start', { counterId: 'c1' });
    const late = await ack(counter, 'counter:withdraw-call', { counterId: 'c1' });
    expect(late.error?.code).toBe('ticket_not_called');
    await ack(counter, 'counter:finish', { counterId: 'c1' });
  });

  it('is refused for another counter (the counter key operates its own counter only)', async () => {
    const counter = socket({ key: server.keys.counter });
    await connected(counter);
    const res = await ack(counter, 'counter:withdraw-call', { counterId: 'c2' });
    expect(res.ok).toBe(false);
    expect(res.error.code).toBe('forbidden');
  });

  it('withdraws a pending call when the counter pauses', async () => {
    const copy = await displayCopy();
    const counter = socket({ key: server.keys.counter });
    await connected(counter);
    const t = await issue();
    await ack(counter, 'counter:call', { counterId: 'c1', ticketId: t.id });
    await expect.poll(() => copy.snap().recentCalls.some((c) => c.ticketId === t.id)).toBe(true);
    const paused = await ack(counter, 'counter:pause', { counterId: 'c1', reason: 'meeting' });
    expect(paused.ok, JSON.stringify(paused)).toBe(true);
    await expect.poll(() => copy.snap().recentCalls.some((c) => c.ticketId === t.id)).toBe(false);
    expect(copy.seen).toContain('ticket:call-withdrawn');
    await ack(counter, 'counter:resume', { counterId: 'c1' });
  });
});

describe('a citizen giving up on the phone page', () => {
  it('leaves the queue from the phone socket; the phone sees it cancelled', async () => {
    const t = await issue();
    const phone = socket({ statusToken: t.token });
    await waitFor(phone, 'ticket:status');
    const res = await ack(phone, 'ticket:give-up', {});
    expect(res.ok, JSON.stringify(res)).toBe(true);
    expect(res.data.status.status).toBe('cancelled');
    const again = await ack(phone, 'ticket:give-up', {});
    expect(again.error.code).toBe('ticket_not_waiting');
    const bad = await ack(phone, 'ticket:give-up', { extra: 1 });
    expect(bad.error.code).toBe('invalid_input');
  });

  it('works over HTTP with the token, and only with a real token', async () => {
    const t = await issue();
    const res = await request(server.url, `/api/tickets/${t.token}/give-up`, { body: {} });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status.status).toBe('cancelled');
    const unknown = await request(server.url, '/api/tickets/AAAAAAAAAAAAAAAAAAAAAAAA/give-up', { body: {} });
    expect(unknown.status).toBe(404);
  });

  it('is refused to sockets that follow no ticket (staff, devices)', async () => {
    const counter = socket({ key: server.keys.counter });
    await connected(counter);
    const res = await ack(counter, 'ticket:give-up', {});
    expect(res.ok).toBe(false);
    expect(res.error.code).toBe('forbidden');
  });
});

describe('closed counters', () => {
  it('read as closed until an officer signs in, and open at once after', async () => {
    const display = socket({ key: server.keys.display });
    const snap = (await waitFor(display, 'queue:snapshot')) as QueueSnapshot;
    expect(snap.counters.find((c) => c.id === 'c4')?.closed).toBe(true);
    const password = server.report.officers.find((o) => o.username === 'canbo2')?.password ?? '';
    const token = await login(server.url, 'canbo2', password);
    const signedIn = waitFor(display, 'queue:deltas', (ds: QueueDelta[]) =>
      ds.some((d) => d.name === 'counter:signed-in'),
    ).then((ds: QueueDelta[]) => ds.find((d) => d.name === 'counter:signed-in') as QueueDelta);
    expect(
      (await request(server.url, '/api/sites/demo/counters/c4/sign-in', { auth: token, body: {} })).status,
    ).toBe(200);
    expect((await signedIn).counter).toMatchObject({ id: 'c4', closed: false });
  });
});

describe('a visit with several procedures', () => {
  it('moves the same ticket to the next procedure’s line when the first is finished', async () => {
    const copy = await displayCopy();
    n += 1;
    const res = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: {
        procedureId: 'p-khai-sinh',
        moreProcedures: ['p-chung-thuc-ban-sao'],
        requestId: `visit-${String(n).padStart(4, '0')}`,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const id = res.body.ticket.id as string;
    const counter = socket({ key: server.keys.counter });
    await connected(counter);
    const called = await ack(counter, 'counter:call', { counterId: 'c1', ticketId: id });
    expect(called.data.ticket.visit).toEqual({ step: 1, total: 2, nextProcedureId: 'p-chung-thuc-ban-sao' });
    const moved = waitFor(copy.display, 'queue:deltas', (ds: QueueDelta[]) =>
      ds.some((d) => d.name === 'ticket:transferred' && d.ticketId === id),
    );
    const finished = await ack(counter, 'counter:finish', { counterId: 'c1', outcome: 'received' });
    expect(finished.ok, JSON.stringify(finished)).toBe(true);
    expect(finished.data.ticket).toMatchObject({
      id,
      status: 'waiting',
      procedureId: 'p-chung-thuc-ban-sao',
      seriesId: 's-b',
      displayNumber: res.body.ticket.displayNumber,
      visit: { step: 2, total: 2, nextProcedureId: null },
    });
    await moved;
    await expect.poll(() => copy.snap().recentCalls.some((c) => c.ticketId === id)).toBe(false);
    const bad = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', moreProcedures: ['nope'], requestId: 'visit-bad-0001' },
    });
    expect(bad.status).toBe(404);
  });
});
