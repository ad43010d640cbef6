// The disk refuses a write or an fsync (fault injection at the store seam, a real server on a
// port): the kiosk gets 503 site_unavailable, state and snapshots are exactly as before the
// command, /health says 503 with the reason, and once the disk takes writes again the hub
// resumes by itself — the next ticket gets the next number, nothing lost or repeated.
import { afterEach, describe, expect, it } from 'vitest';
import { FaultyFs } from '../support/faulty-fs.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

async function start(fs: FaultyFs): Promise<TestServer> {
  const s = await startTestServer({ storeOptions: { fs }, hubOptions: { recoveryIntervalMs: 50 } });
  servers.push(s);
  return s;
}

let requestCounter = 0;
function issue(s: TestServer) {
  requestCounter += 1;
  return request(s.url, '/api/sites/demo/tickets', {
    auth: s.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `fault-req-${String(requestCounter).padStart(4, '0')}` },
  });
}

async function snapshot(s: TestServer) {
  const res = await request(s.url, '/api/sites/demo/snapshot', { auth: s.keys.display });
  expect(res.status).toBe(200);
  return res.body;
}

async function waitForHealth(s: TestServer, status: number): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await request(s.url, '/health')).status === status) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`/health never answered ${status}`);
}

describe.each([
  ['write', 'ENOSPC'],
  ['datasync', 'EIO'],
] as const)('a failing %s (%s)', (op, errno) => {
  it('refuses with 503, changes nothing, reports it, and resumes without a restart', async () => {
    const fs = new FaultyFs();
    const s = await start(fs);
    const first = await issue(s);
    expect(first.status).toBe(201);
    expect(first.body.ticket.displayNumber).toBe('A001');
    const before = await snapshot(s);

    fs.fail(op, errno);
    const refused = await issue(s);
    expect(refused.status).toBe(503);
    expect(refused.body.error.code).toBe('site_unavailable');

    const during = await snapshot(s);
    expect(during.seq).toBe(before.seq);
    expect(during.tickets ?? during.waiting).toEqual(before.tickets ?? before.waiting);
    const health = await request(s.url, '/health');
    expect(health.status).toBe(503);
    expect(health.body.reason).toBe('storage_unavailable');
    const manager = await request(s.url, '/api/sites/demo/health', {
      auth: s.keys.integration,
    });
    // The integration device may not read the monitor: the details are for managers.
    expect(manager.status).toBe(403);
    expect((await issue(s)).status).toBe(503);

    fs.heal();
    await waitForHealth(s, 200);
    const next = await issue(s);
    expect(next.status).toBe(201);
    expect(next.body.ticket.displayNumber).toBe('A002');
    const after = await snapshot(s);
    expect(after.seq).toBe(before.seq + 1);
  });
});

describe('the reply waits for the fsync', () => {
  it('does not answer a kiosk before its ticket is synced to disk', async () => {
    const fs = new FaultyFs();
    const s = await start(fs);
    expect((await issue(s)).status).toBe(201);
    let release: () => void = () => undefined;
    fs.hold = new Promise<void>((r) => {
      release = r;
    });
    const syncsBefore = fs.datasyncs;
    let answered = false;
    const pending = issue(s).then((res) => {
      answered = true;
      return res;
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(answered).toBe(false);
    fs.hold = null;
    release();
    const res = await pending;
    expect(res.status).toBe(201);
    expect(fs.datasyncs).toBeGreaterThan(syncsBefore);
  });
});
