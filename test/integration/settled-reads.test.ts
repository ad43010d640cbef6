// Readers see only what is durable. While a ticket's fsync is held, the writer has already applied
// it, but the monitor, the phone status page and the counters' heads must not show it; when the
// fsync then fails the ticket is refused, and no reader ever showed it (no phantom ticket).
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FaultyFs } from '../support/faulty-fs.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

function issue(s: TestServer, requestId: string) {
  return request(s.url, '/api/sites/demo/tickets', {
    auth: s.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId },
  });
}

/** Resolves once a journal line holding `text` has been written (before its fsync). */
async function writtenToJournal(dataDir: string, text: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    const files = await readdir(dataDir, { recursive: true });
    for (const f of files.filter((name) => name.endsWith('.jsonl'))) {
      const content = await readFile(join(dataDir, f), 'utf8').catch(() => '');
      if (content.includes(text)) return;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`${text} never reached the journal`);
}

async function waitingNumbers(s: TestServer, auth: string): Promise<string[]> {
  const res = await request(s.url, '/api/sites/demo/monitor', { auth });
  expect(res.status).toBe(200);
  return res.body.waiting.map((t: { displayNumber: string }) => t.displayNumber);
}

describe('reads are settled views', () => {
  it('never shows a ticket whose fsync has not completed, nor one the disk then refused', async () => {
    const fs = new FaultyFs();
    const s = await startTestServer({ storeOptions: { fs }, hubOptions: { recoveryIntervalMs: 50 } });
    servers.push(s);
    const admin = await login(s.url, 'admin', ADMIN_PASSWORD);
    const first = await issue(s, 'settled-0001');
    expect(first.status).toBe(201);
    expect(await waitingNumbers(s, admin)).toEqual(['A001']);

    let release: () => void = () => undefined;
    fs.hold = new Promise<void>((r) => {
      release = r;
    });
    const held = issue(s, 'settled-0002');
    await writtenToJournal(s.dataDir, 'settled-0002');
    // Applied by the writer, written, not yet synced: no reader sees it.
    expect(await waitingNumbers(s, admin)).toEqual(['A001']);
    const health = await request(s.url, '/api/sites/demo/health', { auth: admin });
    expect(health.status).toBe(200);

    fs.fail('datasync', 'EIO');
    fs.hold = null;
    release();
    expect((await held).status).toBe(503);
    expect(await waitingNumbers(s, admin)).toEqual(['A001']);

    fs.heal();
    for (let i = 0; i < 200 && (await request(s.url, '/health')).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    const next = await issue(s, 'settled-0003');
    expect(next.status).toBe(201);
    expect(next.body.ticket.displayNumber).toBe('A002');
    expect(await waitingNumbers(s, admin)).toEqual(['A001', 'A002']);
  });

  it('shows a held ticket once its fsync completes, with the phone page following', async () => {
    const fs = new FaultyFs();
    const s = await startTestServer({ storeOptions: { fs } });
    servers.push(s);
    const admin = await login(s.url, 'admin', ADMIN_PASSWORD);
    let release: () => void = () => undefined;
    fs.hold = new Promise<void>((r) => {
      release = r;
    });
    const held = issue(s, 'settled-0101');
    await writtenToJournal(s.dataDir, 'settled-0101');
    expect(await waitingNumbers(s, admin)).toEqual([]);
    fs.hold = null;
    release();
    const res = await held;
    expect(res.status).toBe(201);
    expect(await waitingNumbers(s, admin)).toEqual(['A001']);
    const phone = await request(s.url, `/api/tickets/${res.body.statusToken}`);
    expect(phone.status).toBe(200);
  });
});
