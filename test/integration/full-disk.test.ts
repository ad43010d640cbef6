// A real full disk: a small tmpfs is the data directory (the suite runs as root, as CI does). It
// fills up while kiosks issue tickets, then space is freed: every acknowledged ticket is there,
// every refusal was a clear 503 (never a 500), and the hub resumes without a restart.
import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, request, startTestServer, type TestServer } from '../support/test-server.js';

let mount = '';
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
  if (mount) {
    execFileSync('umount', [mount]);
    await rm(mount, { recursive: true, force: true });
    mount = '';
  }
});

async function fill(dir: string): Promise<string> {
  const path = join(dir, 'filler.bin');
  const handle = await open(path, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  try {
    for (;;) await handle.write(chunk);
  } catch (error) {
    expect((error as NodeJS.ErrnoException).code).toBe('ENOSPC');
  } finally {
    await handle.close();
  }
  return path;
}

describe('a full disk', () => {
  it('refuses clearly while full, loses nothing, and resumes by itself once space is freed', async () => {
    mount = await mkdtemp(join(tmpdir(), 'luot-full-'));
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount]);
    const start = async () => {
      const s = await startTestServer({
        dataDir: mount,
        keepData: true,
        hubOptions: { recoveryIntervalMs: 50 },
      });
      servers.push(s);
      return s;
    };
    const s = await start();
    let n = 0;
    const issue = () =>
      request(s.url, '/api/sites/demo/tickets', {
        auth: s.keys.kiosk,
        body: { procedureId: 'p-khai-sinh', requestId: `full-${String(++n).padStart(4, '0')}` },
      });
    const acked: { number: string; token: string }[] = [];
    const take = async () => {
      const res = await issue();
      expect([201, 503], JSON.stringify(res.body)).toContain(res.status);
      if (res.status === 201)
        acked.push({ number: res.body.ticket.displayNumber, token: res.body.statusToken });
      else expect(res.body.error.code).toBe('site_unavailable');
      return res.status;
    };
    for (let i = 0; i < 3; i++) expect(await take()).toBe(201);

    const filler = await fill(mount);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push(await take());
    expect(statuses).toContain(503);
    expect((await request(s.url, '/health')).status).toBe(503);
    const signIn = await request(s.url, '/api/auth/login', {
      body: { username: 'admin', password: ADMIN_PASSWORD },
    });
    expect(signIn.status).toBe(503);
    expect(signIn.body.error.code).toBe('site_unavailable');

    await rm(filler);
    for (let i = 0; i < 200 && (await request(s.url, '/health')).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 25));
    }
    expect((await request(s.url, '/health')).status).toBe(200);
    expect(await take()).toBe(201);
    const numbers = acked.map((a) => a.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.at(-1)).toBe(`A${String(acked.length).padStart(3, '0')}`);

    await s.close();
    servers.splice(0);
    const again = await start();
    for (const a of acked) {
      const status = await request(again.url, `/api/tickets/${a.token}`);
      expect(status.status).toBe(200);
      expect(status.body.status).toBe('waiting');
    }
    const snapshot = await request(again.url, '/api/sites/demo/snapshot', { auth: s.keys.display });
    expect(snapshot.body.waiting.total).toBe(acked.length);
  });
});
