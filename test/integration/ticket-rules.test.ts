// The rules that depend on the queue, one small test each with real tickets held by another
// counter (a real hub on a port, real officers signed in at their counters): transfer reach,
// reactivating another counter's no-show, rating a ticket served elsewhere, taking over an
// occupied counter, cancelling another counter's ticket — and the rules hold inside the writer
// chain, against the state the command acts on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../server/auth/principal.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let canbo1 = '';
let canbo2 = '';
let admin = '';
let n = 0;

const post = (token: string, path: string, body: unknown = {}) =>
  request(server.url, `/api/sites/demo${path}`, { auth: token, body });

async function issue(): Promise<string> {
  n += 1;
  const res = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `rules-${String(n).padStart(4, '0')}` },
  });
  expect(res.status).toBe(201);
  return res.body.ticket.id as string;
}

/** canbo1 at c1 calls the next ticket; returns its id. */
async function callAtC1(): Promise<string> {
  const res = await post(canbo1, '/counters/c1/call-next');
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.ticket.id as string;
}

beforeAll(async () => {
  server = await startTestServer();
  const password = (u: string) => server.report.officers.find((o) => o.username === u)?.password ?? '';
  canbo1 = await login(server.url, 'canbo1', password('canbo1'));
  canbo2 = await login(server.url, 'canbo2', password('canbo2'));
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  expect((await post(canbo1, '/counters/c1/sign-in')).status).toBe(200);
  expect((await post(canbo2, '/counters/c4/sign-in')).status).toBe(200);
});

afterAll(async () => {
  await server?.close();
});

describe('ticket-scoped rules', () => {
  it('a counter may not transfer a ticket another counter holds, nor one of a line it does not serve', async () => {
    await issue();
    const held = await callAtC1();
    const waiting = await issue();
    const other = await post(canbo2, '/counters/c4/transfer', { ticketId: held, toCounterId: 'c4' });
    expect(other.status).toBe(403);
    expect(other.body.error.code).toBe('forbidden');
    const notServed = await post(canbo2, '/counters/c4/transfer', { ticketId: waiting, toCounterId: 'c4' });
    expect(notServed.status).toBe(403);
    const own = await post(canbo1, '/counters/c1/transfer', { ticketId: held, toCounterId: 'c2' });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    const served = await post(canbo1, '/counters/c1/transfer', { ticketId: waiting, toCounterId: 'c2' });
    expect(served.status, JSON.stringify(served.body)).toBe(200);
  });

  it("a counter may not reactivate another counter's no-show", async () => {
    await issue();
    const ticket = await callAtC1();
    expect((await post(canbo1, '/counters/c1/no-show')).status).toBe(200);
    const other = await post(canbo2, '/counters/c4/reactivate', { ticketId: ticket });
    expect(other.status).toBe(403);
    const own = await post(canbo1, '/counters/c1/reactivate', { ticketId: ticket });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
  });

  it('a counter may not rate a ticket served at another counter', async () => {
    await issue();
    // Clear what c1 holds, then serve one ticket there.
    const ticket = await callAtC1();
    expect((await post(canbo1, '/counters/c1/start')).status).toBe(200);
    expect((await post(canbo1, '/counters/c1/finish', {})).status).toBe(200);
    const other = await post(canbo2, '/counters/c4/rating', { ticketId: ticket, level: 1 });
    expect(other.status).toBe(403);
    const own = await post(canbo1, '/counters/c1/rating', { ticketId: ticket, level: 3 });
    expect(own.status, JSON.stringify(own.body)).toBe(201);
  });

  it("a counter may not cancel another counter's ticket; a manager may", async () => {
    await issue();
    const ticket = await callAtC1();
    const other = await post(canbo2, `/tickets/${ticket}/cancel`);
    expect(other.status).toBe(403);
    const byAdmin = await post(admin, `/tickets/${ticket}/cancel`);
    expect(byAdmin.status, JSON.stringify(byAdmin.body)).toBe(200);
  });

  it('staff may not take over an occupied counter; a manager may', async () => {
    const staff = await post(canbo2, '/counters/c1/sign-in', { takeOver: true });
    expect(staff.status).toBe(403);
    const plain = await post(canbo2, '/counters/c1/sign-in', {});
    expect(plain.status).toBe(409);
    expect(plain.body.error.code).toBe('counter_occupied');
  });
});

describe('inside the writer chain', () => {
  it('refuses a staff command that a take-over queued before it has made stale', async () => {
    await issue();
    const users = server.app.store.config.users;
    const user = (name: string) => {
      const u = users.find((x) => x.username === name);
      if (!u) throw new Error(name);
      return u;
    };
    const staff: Principal = { kind: 'user', user: user('canbo1'), via: 'bearer' };
    const manager: Principal = { kind: 'user', user: user('admin'), via: 'bearer' };
    const queue = server.app.queue;
    // Both are queued in this order before either runs: the staff command was allowed by the
    // state as it was when it arrived, but acts after the take-over.
    const takeOver = queue.signIn(manager, 'demo', 'c1', true);
    const staffCall = queue.counterAction(staff, 'demo', 'c1', 'call-next', {});
    const [took, called] = await Promise.allSettled([takeOver, staffCall]);
    expect(took.status).toBe('fulfilled');
    expect(called.status).toBe('rejected');
    expect(called.status === 'rejected' && called.reason).toMatchObject({ status: 403, code: 'forbidden' });
  });
});
