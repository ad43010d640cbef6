// Printer routes against a real hub and a fake ESC/POS printer on loopback: a kiosk follows and
// reprints its own slips, managers list printers and print a test slip, refusals, and the
// printer:status-changed broadcast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { MAX_REPRINTS } from '../../server/http/routes/printer-routes.js';
import { silentLogger } from '../../server/logger.js';
import { createSlipPrinter } from '../../server/printing/slip-printer.js';
import type { Store } from '../../server/store/store.js';
import { decodeEscPos } from '../support/escpos-decode.js';
import { FakePrinter } from '../support/fake-printer.js';
import { slipPrinterOn } from '../support/slip-printer-on-fake.js';
import { connected, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';
import { login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let fake: FakePrinter;
let manager: string;
let otherManager: string;
let staff: string;
let kioskId: string;
const sockets: TestSocket[] = [];
let seq = 0;

async function addUser(username: string, role: 'manager' | 'staff', siteIds: string[]): Promise<string> {
  const passwordHash = await hashPassword('pw-for-tests-123');
  // No admin API for users yet: write the account straight into the hub's store.
  const store = (server.app.queue as unknown as { deps: { store: Store } }).deps.store;
  await store.updateConfig((data) => {
    data.users.push({
      id: `u-${username}`,
      username,
      fullName: username,
      role,
      siteIds,
      passwordHash,
      disabled: false,
      createdAt: 0,
    });
  });
  return login(server.url, username, 'pw-for-tests-123');
}

async function issue(): Promise<{ ticket: { id: string }; print: { status: string; jobId: string | null } }> {
  seq += 1;
  const res = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `printer-routes-${seq}-${Date.now()}` },
  });
  expect(res.status).toBe(201);
  return res.body;
}

const jobPath = (jobId: string) => `/api/sites/demo/print-jobs/${jobId}`;

beforeAll(async () => {
  fake = await FakePrinter.start();
  server = await startTestServer({ printer: slipPrinterOn(fake) });
  manager = await addUser('quanly-demo', 'manager', ['demo']);
  otherManager = await addUser('quanly-khac', 'manager', ['site-khac']);
  const officer = server.report.officers[0];
  staff = await login(server.url, officer.username, officer.password);
  const self = await request(server.url, '/api/sites/demo/printers/self', { auth: server.keys.kiosk });
  expect(self.status).toBe(200);
  kioskId = self.body.deviceId;
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server?.close();
  await fake?.close();
});

describe('print jobs of a kiosk', () => {
  it('shows a printed slip and reprints it exactly once more', async () => {
    const issued = await issue();
    expect(issued.print).toEqual({ status: 'printed', jobId: issued.ticket.id });
    const before = (await fake.waitForJobs(1)).length;

    const job = await request(server.url, jobPath(issued.ticket.id), { auth: server.keys.kiosk });
    expect(job.status).toBe(200);
    expect(job.body).toMatchObject({ jobId: issued.ticket.id, state: 'printed' });

    const again = await request(server.url, `${jobPath(issued.ticket.id)}/reprint`, {
      auth: server.keys.kiosk,
      body: {},
    });
    expect(again.status).toBe(200);
    expect(again.body.status).toBe('printed');
    expect(again.body.jobId).not.toBe(issued.ticket.id);
    const jobs = await fake.waitForJobs(before + 1);
    expect(jobs).toHaveLength(before + 1);
    expect(decodeEscPos(jobs[jobs.length - 1]).images[0].width).toBe(576);

    // The copy belongs to the same ticket: the kiosk may follow it too.
    const copy = await request(server.url, jobPath(again.body.jobId), { auth: server.keys.kiosk });
    expect(copy.body).toMatchObject({ state: 'printed', reprintOf: issued.ticket.id });
  });

  it('lets the staff of the site reprint, and caps reprints per slip', async () => {
    const issued = await issue();
    const path = `${jobPath(issued.ticket.id)}/reprint`;
    const byStaff = await request(server.url, path, { auth: staff, body: {} });
    expect(byStaff.status).toBe(200);
    for (let i = 1; i < MAX_REPRINTS; i++) {
      expect((await request(server.url, path, { auth: server.keys.kiosk, body: {} })).status).toBe(200);
    }
    const over = await request(server.url, path, { auth: server.keys.kiosk, body: {} });
    expect(over.status).toBe(409);
    expect(over.body.error.code).toBe('conflict');
  });

  it('refuses devices that are not kiosks, other sites, anonymous callers and bad input', async () => {
    const issued = await issue();
    const path = `${jobPath(issued.ticket.id)}/reprint`;
    const printedBefore = fake.jobs().length;
    const cases: [string | undefined, number][] = [
      [server.keys.display, 403],
      [server.keys.counter, 403],
      [otherManager, 403],
      [undefined, 401],
    ];
    for (const [auth, status] of cases) {
      const res = await request(server.url, path, { auth, body: {} });
      expect(res.status, String(auth)).toBe(status);
    }
    const get = await request(server.url, jobPath(issued.ticket.id), { auth: server.keys.display });
    expect(get.status).toBe(403);
    expect((await request(server.url, path, { auth: server.keys.kiosk, body: { copies: 2 } })).status).toBe(
      400,
    );
    expect(
      (await request(server.url, `${jobPath('no-such-job')}/reprint`, { auth: manager, body: {} })).status,
    ).toBe(404);
    expect(
      (await request(server.url, `${jobPath('bad%20id')}/reprint`, { auth: manager, body: {} })).status,
    ).toBe(404);
    // A job of this site asked for under another site id is not found there.
    const elsewhere = await request(
      server.url,
      `/api/sites/site-khac/print-jobs/${issued.ticket.id}/reprint`,
      {
        auth: otherManager,
        body: {},
      },
    );
    expect(elsewhere.status).toBe(404);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.jobs()).toHaveLength(printedBefore);
  });
});

describe('printer administration', () => {
  it('lists the default printer and each kiosk for managers only', async () => {
    const res = await request(server.url, '/api/sites/demo/printers?refresh=1', { auth: manager });
    expect(res.status).toBe(200);
    expect(res.body.configured).toBe(true);
    expect(res.body.default.state).toBe('ok');
    expect(res.body.kiosks).toContainEqual(
      expect.objectContaining({ deviceId: kioskId, usesDefault: true, printer: null, state: 'ok' }),
    );
    for (const auth of [staff, otherManager, server.keys.kiosk, server.keys.display]) {
      expect((await request(server.url, '/api/sites/demo/printers', { auth })).status).toBe(403);
    }
    expect((await request(server.url, '/api/sites/demo/printers')).status).toBe(401);
  });

  it('prints a test slip on the default printer or a kiosk’s printer', async () => {
    const before = fake.jobs().length;
    const res = await request(server.url, '/api/sites/demo/printers/test', { auth: manager, body: {} });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('printed');
    const byKiosk = await request(server.url, '/api/sites/demo/printers/test', {
      auth: manager,
      body: { deviceId: kioskId },
    });
    expect(byKiosk.body.status).toBe('printed');
    const jobs = await fake.waitForJobs(before + 2);
    const decoded = decodeEscPos(jobs[before]);
    expect(decoded.images[0].width).toBe(576);
    expect(decoded.cuts).toBeGreaterThanOrEqual(1);

    const unknown = await request(server.url, '/api/sites/demo/printers/test', {
      auth: manager,
      body: { deviceId: 'no-such-kiosk' },
    });
    expect(unknown.status).toBe(404);
    const bad = await request(server.url, '/api/sites/demo/printers/test', {
      auth: manager,
      body: { deviceId: 7 },
    });
    expect(bad.status).toBe(400);
    for (const auth of [staff, otherManager, server.keys.kiosk]) {
      expect((await request(server.url, '/api/sites/demo/printers/test', { auth, body: {} })).status).toBe(
        403,
      );
    }
  });

  it('tells a kiosk its own printer state, and nobody else', async () => {
    const self = await request(server.url, '/api/sites/demo/printers/self', { auth: server.keys.kiosk });
    expect(self.body).toMatchObject({ deviceId: kioskId, state: 'ok' });
    expect(
      (await request(server.url, '/api/sites/demo/printers/self', { auth: server.keys.display })).status,
    ).toBe(403);
    expect((await request(server.url, '/api/sites/demo/printers/self', { auth: manager })).status).toBe(403);
  });
});

describe('printer status broadcast', () => {
  it('tells the site which kiosks are hit when the printer runs out of paper, then when it is back', async () => {
    const display = connectSocket(server.url, { key: server.keys.display });
    sockets.push(display);
    await connected(display);
    const outOfPaper = waitFor(display, 'printer:status-changed', (p) => p.state === 'paper_out');
    fake.setState('paper_out');
    const issued = await issue();
    expect(issued.print.status).toBe('failed');
    const change = await outOfPaper;
    expect(change).toMatchObject({ printer: fake.target, state: 'paper_out', deviceIds: [kioskId] });
    expect(typeof change.at).toBe('number');

    const back = waitFor(display, 'printer:status-changed', (p) => p.state === 'ok');
    fake.setState('ok');
    const before = fake.jobs().length;
    const again = await request(server.url, `${jobPath(issued.ticket.id)}/reprint`, {
      auth: server.keys.kiosk,
      body: {},
    });
    expect(again.body.status).toBe('printed');
    expect((await back).deviceIds).toEqual([kioskId]);
    expect(await fake.waitForJobs(before + 1)).toHaveLength(before + 1);
  });

  it('does not copy a slip still waiting for the printer', async () => {
    fake.setState('cover_open');
    const slow = createSlipPrinter({
      defaultTarget: fake.target,
      logger: silentLogger,
      statusPollMs: 0,
      ackTimeoutMs: 200,
      retry: { maxAttempts: 50, delaysMs: [60_000] },
    });
    const other = await startTestServer({ printer: slow });
    try {
      const res = await request(other.url, '/api/sites/demo/tickets', {
        auth: other.keys.kiosk,
        body: { procedureId: 'p-khai-sinh', requestId: `queued-${Date.now()}` },
      });
      expect(res.body.print.status).toBe('queued');
      const jobId = res.body.print.jobId;
      const again = await request(other.url, `/api/sites/demo/print-jobs/${jobId}/reprint`, {
        auth: other.keys.kiosk,
        body: {},
      });
      expect(again.body).toEqual({ status: 'queued', jobId });
    } finally {
      fake.setState('ok');
      await other.close();
    }
  });
});

describe('without a print service', () => {
  it('answers not found for jobs and says no printer is configured', async () => {
    const bare = await startTestServer();
    try {
      const manage = await login(bare.url, 'admin', 'admin-password-for-tests');
      const list = await request(bare.url, '/api/sites/demo/printers', { auth: manage });
      expect(list.body.configured).toBe(false);
      const job = await request(bare.url, '/api/sites/demo/print-jobs/abc/reprint', {
        auth: bare.keys.kiosk,
        body: {},
      });
      expect(job.status).toBe(404);
    } finally {
      await bare.close();
    }
  });
});
