// Moving a ward up with its bookings and webhooks: `npm run import-to-pg` (the real script, as a
// process) copies the ward's appointments journal, integration settings, subscriptions and delivery
// cursors; run twice it adds nothing; a hub on the database then finds the booking by its link and
// delivers on from the ward's cursor to the same receiver (nothing sent twice). A booking or an
// integration the database holds differently is refused and named, never overwritten.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localDay } from '../../shared/i18n/time.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { importDir } from '../support/import-to-pg.js';
import { createTestDatabase, sql } from '../support/pg-database.js';
import { until } from '../support/pg-hub.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { startReceiver } from '../support/webhook-receiver.js';

const SECRET = 'a-shared-secret-of-32-characters!';
const FAST = { retryBaseMs: 20, retryMaxMs: 200, timeoutMs: 2000, idleMs: 1000 };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

let n = 0;
/** A ticket issued with the ward's kiosk key (it works on the database unchanged). */
async function issue(s: TestServer, kiosk: string): Promise<string> {
  const res = await request(s.url, '/api/sites/demo/tickets', {
    auth: kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `import-hook-${String(n++).padStart(4, '0')}` },
  });
  expect(res.status).toBe(201);
  return res.body.ticket.id as string;
}

describe('import-to-pg: bookings and integrations', () => {
  it('imports them, is safe to re-run, and a hub on PostgreSQL books and delivers on', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const receiver = await startReceiver(SECRET);
    cleanups.push(() => receiver.close());
    const options = { integrations: { allowPrivate: true, timing: FAST } };

    const ward = await startTestServer({ keepData: true, options });
    cleanups.push(() => rm(ward.dataDir, { recursive: true, force: true }));
    const admin = await login(ward.url, 'admin', ADMIN_PASSWORD);
    const hook = await request(ward.url, '/api/sites/demo/webhooks', {
      auth: admin,
      body: { url: receiver.url, events: ['ticket.issued'], secret: SECRET },
    });
    expect(hook.status).toBe(201);
    const id = hook.body.id as string;
    const kiosk = ward.keys.kiosk;
    const first = await issue(ward, kiosk);
    await receiver.waitFor((r) => r.length === 1);
    const cursorFile = join(ward.dataDir, 'integrations', 'demo', 'cursors', `${id}.json`);
    const delivered = receiver.received[0]?.body.seq ?? 0;
    await until(
      'the ward’s cursor',
      async () =>
        existsSync(cursorFile) &&
        (JSON.parse(await readFile(cursorFile, 'utf8')) as { seq: number }).seq >= delivered,
    );
    const day = addDays(localDay(Date.now(), 'Asia/Ho_Chi_Minh'), 1);
    const slots = await request(
      ward.url,
      `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${day}`,
    );
    const booked = await request(ward.url, '/api/sites/demo/appointments', {
      body: {
        procedureId: 'p-khai-sinh',
        start: slots.body[3].start,
        name: 'Lê Thị Bền',
        phone: '0987654321',
        requestId: 'import-booking-1',
      },
    });
    expect(booked.status).toBe(201);
    await ward.close();

    const once = await importDir(db, ward.dataDir);
    expect(once.stderr).toBe('');
    expect(once.code).toBe(0);
    expect(once.stdout).toMatch(
      /bookings of 1 site\(s\), 1 booking event\(s\) added; integrations of 1 site\(s\), 1 added, 1 delivery cursor\(s\) added/,
    );
    const twice = await importDir(db, ward.dataDir);
    expect(twice.code).toBe(0);
    expect(twice.stdout).toMatch(
      /bookings of 1 site\(s\), 0 booking event\(s\) added; integrations of 1 site\(s\), 0 added, 0 delivery cursor\(s\) added/,
    );
    expect(await sql(db.url, 'SELECT site_id, first_seq, last_seq FROM luot_booking_heads')).toEqual([
      { site_id: 'demo', first_seq: '1', last_seq: '1' },
    ]);

    const hub = await startTestServer({ store: await PgStore.open(db.url, { poolSize: 4 }), options });
    const view = await request(hub.url, `/api/appointments/${booked.body.manageToken}`);
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ code: booked.body.code, name: 'Lê Thị Bền', status: 'booked' });
    const hubAdmin = await login(hub.url, 'admin', ADMIN_PASSWORD);
    const hooks = await request(hub.url, '/api/sites/demo/webhooks', { auth: hubAdmin });
    expect(hooks.body.map((h: { id: string }) => h.id)).toEqual([id]);
    // Delivery goes on from the ward's cursor: the new ticket only, signed with the same secret.
    const second = await issue(hub, kiosk);
    await receiver.waitFor((r) => r.length === 2);
    expect(receiver.received.map((r) => r.body.data.ticketId)).toEqual([first, second]);
    expect(receiver.received.every((r) => r.signatureOk)).toBe(true);
    await hub.close();

    // The database now holds something else than the files: refused and named, nothing overwritten.
    await sql(db.url, `UPDATE luot_booking_events SET event = replace(event, 'Lê Thị Bền', 'Người Khác')`);
    await sql(
      db.url,
      `UPDATE luot_integrations SET data = jsonb_set(data, '{settings,turnNearAhead}', '9') WHERE site_id = 'demo'`,
    );
    const refused = await importDir(db, ward.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Refused: demo bookings: the database holds 1 booking event(s)');
    expect(refused.stderr).toContain('Refused: demo integrations: the database holds other settings');
    const kept = await sql<{ event: string }>(db.url, 'SELECT event FROM luot_booking_events');
    expect(kept.map((r) => r.event).join()).toContain('Người Khác');
  }, 90_000);
});
