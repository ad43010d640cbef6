// Bookings are durable and never overbooked: many concurrent requests for one slot get exactly its
// seats, and a booking acknowledged before a kill -9 is there after the restart, with no slot
// holding more bookings than its seats.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../shared/i18n/time.js';
import { request, startTestServer } from '../support/test-server.js';

const CHILD = join(import.meta.dirname, '..', 'support', 'appointments-child.ts');
const tomorrow = () => addDays(localDay(Date.now(), 'Asia/Ho_Chi_Minh'), 1);
let n = 0;
const phone = () => `09${String(10_000_000 + n++).slice(-8)}`;
const body = (start: number, procedureId: string) => ({
  procedureId,
  start,
  name: 'Lê Thị Bền',
  phone: phone(),
  requestId: `dur-${process.pid}-${n++}`,
});

describe('no overbooking', () => {
  it('forty concurrent requests for one slot get exactly its seats; the rest are slot_full', async () => {
    const server = await startTestServer();
    try {
      const slots = await request(
        server.url,
        `/api/sites/demo/appointments/slots?procedureId=p-chung-thuc-ban-sao&date=${tomorrow()}`,
      );
      const slot = slots.body[10];
      expect(slot.capacity).toBe(4);
      const results = await Promise.all(
        Array.from({ length: 40 }, () =>
          request(server.url, '/api/sites/demo/appointments', {
            body: body(slot.start, 'p-chung-thuc-ban-sao'),
          }),
        ),
      );
      const statuses = results.map((r) => r.status);
      expect(statuses.filter((s) => s === 201)).toHaveLength(4);
      expect(statuses.filter((s) => s === 409)).toHaveLength(36);
      expect(new Set(results.filter((r) => r.status === 409).map((r) => r.body.error.code))).toEqual(
        new Set(['slot_full']),
      );
    } finally {
      await server.close();
    }
  });
});

function startChild(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /URL (\S+)/.exec(out);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', (code) => reject(new Error(`child exited (${code}): ${err}`)));
  });
}

describe('kill -9', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('keeps every acknowledged booking, and no slot holds more than its seats', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'luot-appt-crash-'));
    dirs.push(dataDir);
    const { child, url } = await startChild(dataDir);
    const slots = await request(
      url,
      `/api/sites/demo/appointments/slots?procedureId=p-chung-thuc-ban-sao&date=${tomorrow()}`,
    );
    const starts: number[] = slots.body.slice(0, 5).map((s: { start: number }) => s.start);
    const acked: { token: string; code: string; start: number }[] = [];
    let killed = false;
    const exited = new Promise<void>((ok) => child.on('exit', () => ok()));
    // Four clients book as fast as they can; the child is killed after the 12th acknowledgement.
    const client = async (k: number) => {
      for (let i = 0; !killed; i++) {
        const start = starts[(k + i) % starts.length];
        const res = await request(url, '/api/sites/demo/appointments', {
          body: body(start, 'p-chung-thuc-ban-sao'),
        }).catch(() => null);
        if (!res) return;
        if (res.status === 201) acked.push({ token: res.body.manageToken, code: res.body.code, start });
        if (acked.length >= 12 && !killed) {
          killed = true;
          child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([client(0), client(1), client(2), client(3)]);
    await exited;
    expect(acked.length).toBeGreaterThanOrEqual(12);

    const server = await startTestServer({ dataDir, keepData: true });
    try {
      for (const a of acked) {
        const view = await request(server.url, `/api/appointments/${a.token}`);
        expect(view.status, `booking ${a.code} acknowledged but lost`).toBe(200);
        expect(view.body).toMatchObject({ code: a.code, start: a.start, status: 'booked' });
      }
      const site = await server.app.appointments?.site('demo');
      const perSlot = new Map<number, number>();
      for (const b of site?.book.all() ?? []) perSlot.set(b.start, (perSlot.get(b.start) ?? 0) + 1);
      for (const count of perSlot.values()) expect(count).toBeLessThanOrEqual(4);
      // The restarted server goes on booking where the old one stopped.
      const free = starts.find((s) => (perSlot.get(s) ?? 0) < 4);
      if (free !== undefined) {
        const more = await request(server.url, '/api/sites/demo/appointments', {
          body: body(free, 'p-chung-thuc-ban-sao'),
        });
        expect(more.status).toBe(201);
      }
    } finally {
      await server.close();
    }
  });
});
