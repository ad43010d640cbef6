// Appointments on a hub that runs on PostgreSQL (real server/main.ts processes, LUOT_DATABASE_URL):
// a citizen books through the real booking API, the hub is killed with SIGKILL and another process
// starts on the database; the booking is there, the kiosk checks it in (a ticket of channel
// appointment), and after one more kill the check-in is there too. Under load, every booking
// acknowledged before the kill is there after it, and no slot holds more than its seats.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, instantOfLocal, localDay } from '../../shared/i18n/time.js';
import { createTestDatabase, sql } from '../support/pg-database.js';
import { clockAt, type PgHub, seedDemo, startPgHub } from '../support/pg-hub.js';
import { request } from '../support/test-server.js';

const TZ = 'Asia/Ho_Chi_Minh';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** The next Monday after today (the demo centre works on Mondays). */
function nextMonday(): string {
  let day = addDays(localDay(Date.now(), TZ), 1);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  return day;
}

describe('appointments on PostgreSQL', () => {
  it('keeps a booking made through the booking API across a kill -9, and the kiosk checks it in', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const dir = await mkdtemp(join(tmpdir(), 'luot-pg-appt-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const { keys } = await seedDemo(db);
    // The hubs live on a Monday at 08:50, ten minutes before the slot booked.
    const day = nextMonday();
    const slot = instantOfLocal(day, 9 * 60, TZ);
    const env = { LUOT_TEST_WALL_CLOCK_FILE: await clockAt(dir, instantOfLocal(day, 8 * 60 + 50, TZ)) };
    const hubs: PgHub[] = [];
    cleanups.push(async () => {
      for (const h of hubs) await h.kill();
    });
    const start = async () => {
      const hub = await startPgHub(db, join(dir, `node${hubs.length}`), env);
      hubs.push(hub);
      return hub;
    };

    let hub = await start();
    const slots = await request(
      hub.url,
      `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${day}`,
    );
    expect(slots.status).toBe(200);
    expect(slots.body.map((s: { start: number }) => s.start)).toContain(slot);
    const booking = {
      procedureId: 'p-khai-sinh',
      start: slot,
      name: 'Nguyễn Thị Lan',
      phone: '0912345678',
      requestId: 'pg-booking-0001',
    };
    const booked = await request(hub.url, '/api/sites/demo/appointments', { body: booking });
    expect(booked.status, JSON.stringify(booked.body)).toBe(201);
    const { code, manageToken } = booked.body as { code: string; manageToken: string };
    await hub.kill('SIGKILL');

    hub = await start();
    const view = await request(hub.url, `/api/appointments/${manageToken}`);
    expect(view.status, JSON.stringify(view.body)).toBe(200);
    expect(view.body).toMatchObject({ code, start: slot, status: 'booked', name: 'Nguyễn Thị Lan' });
    // The same request again is the same booking, not a second one.
    const again = await request(hub.url, '/api/sites/demo/appointments', { body: booking });
    expect(again.body.code).toBe(code);

    const checkIn = await request(hub.url, `/api/sites/demo/appointments/${code}/check-in`, {
      auth: keys.kiosk,
      body: {},
    });
    expect(checkIn.status, JSON.stringify(checkIn.body)).toBe(201);
    const ticket = checkIn.body.ticket as { id: string };
    const statusToken = checkIn.body.statusToken as string;
    await hub.kill('SIGKILL');

    hub = await start();
    const after = await request(hub.url, `/api/appointments/${manageToken}`);
    expect(after.body).toMatchObject({ code, status: 'checked_in' });
    // The ticket is in the site's journal as an appointment ticket, and its phone page works.
    const issued = await sql<{ line: string }>(
      db.url,
      `SELECT line FROM luot_events WHERE site_id = 'demo' AND line LIKE '%"ticket:issued"%'`,
    );
    expect(issued).toHaveLength(1);
    expect(issued[0]?.line).toContain(`"id":"${ticket.id}"`);
    expect(issued[0]?.line).toContain('"channel":"appointment"');
    expect((await request(hub.url, `/api/tickets/${statusToken}`)).status).toBe(200);
    // A second check-in is refused: the booking's check-in survived the kill.
    const twice = await request(hub.url, `/api/sites/demo/appointments/${code}/check-in`, {
      auth: keys.kiosk,
      body: {},
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_checked_in');
    const rows = await sql<{ n: string }>(
      db.url,
      `SELECT count(*) AS n FROM luot_booking_events WHERE site_id = 'demo'`,
    );
    expect(Number(rows[0]?.n)).toBe(2);
  }, 90_000);

  it('keeps every booking acknowledged before a kill -9 under load, and no slot holds more than its seats', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const dir = await mkdtemp(join(tmpdir(), 'luot-pg-appt-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    await seedDemo(db);
    const hubs: PgHub[] = [];
    cleanups.push(async () => {
      for (const h of hubs) await h.kill();
    });
    const first = await startPgHub(db, join(dir, 'node0'));
    hubs.push(first);
    const day = addDays(localDay(Date.now(), TZ), 1);
    const slots = await request(
      first.url,
      `/api/sites/demo/appointments/slots?procedureId=p-chung-thuc-ban-sao&date=${day}`,
    );
    const starts: number[] = slots.body.slice(0, 5).map((s: { start: number }) => s.start);
    const seats = slots.body[0].capacity as number;
    const acked: { token: string; code: string; start: number }[] = [];
    let killed = false;
    let k = 0;
    // Four clients book as fast as they can; the hub is killed after the 12th acknowledgement.
    const client = async (c: number) => {
      for (let i = 0; !killed; i++) {
        const start = starts[(c + i) % starts.length] as number;
        k += 1;
        const res = await request(first.url, '/api/sites/demo/appointments', {
          body: {
            procedureId: 'p-chung-thuc-ban-sao',
            start,
            name: 'Lê Thị Bền',
            phone: `09${String(10_000_000 + k).slice(-8)}`,
            requestId: `pg-load-${c}-${i}`,
          },
        }).catch(() => null);
        if (!res) return;
        if (res.status === 201) acked.push({ token: res.body.manageToken, code: res.body.code, start });
        if (acked.length >= 12 && !killed) {
          killed = true;
          await first.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(client));
    expect(acked.length).toBeGreaterThanOrEqual(12);

    const hub = await startPgHub(db, join(dir, 'node1'));
    hubs.push(hub);
    for (const a of acked) {
      const view = await request(hub.url, `/api/appointments/${a.token}`);
      expect(view.status, `booking ${a.code} acknowledged but lost`).toBe(200);
      expect(view.body).toMatchObject({ code: a.code, start: a.start, status: 'booked' });
    }
    const rows = await sql<{ event: string }>(
      db.url,
      `SELECT event FROM luot_booking_events WHERE site_id = 'demo' ORDER BY seq`,
    );
    const perSlot = new Map<number, number>();
    for (const { event } of rows) {
      const e = JSON.parse(event) as { type: string; booking?: { start: number } };
      if (e.booking) perSlot.set(e.booking.start, (perSlot.get(e.booking.start) ?? 0) + 1);
    }
    expect(rows.length).toBeGreaterThanOrEqual(acked.length);
    for (const count of perSlot.values()) expect(count).toBeLessThanOrEqual(seats);
    // The new process goes on booking where the killed one stopped.
    const free = starts.find((s) => (perSlot.get(s) ?? 0) < seats);
    if (free !== undefined) {
      const more = await request(hub.url, '/api/sites/demo/appointments', {
        body: {
          procedureId: 'p-chung-thuc-ban-sao',
          start: free,
          name: 'Lê Thị Bền',
          phone: '0933333333',
          requestId: 'pg-load-after',
        },
      });
      expect(more.status, JSON.stringify(more.body)).toBe(201);
    }
  }, 90_000);
});
