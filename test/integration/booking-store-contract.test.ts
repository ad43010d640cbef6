// The booking store contract: the same tests against the embedded journal (FileBookingStore) and
// PostgreSQL (PgBookingStore, each test in its own database, dropped after). What the appointments
// rely on: events come back per site in call order after a reopen, a purge's rewrite replaces the
// whole journal and appends go on after it, damage is refused naming where. For PostgreSQL also
// what a cluster relies on: a rewrite that fails changes nothing, a row lost is seen, and a second
// writer of a site is refused instead of writing beside the live one.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BookingEvent } from '../../server/appointments/booking-events.js';
import { type BookingStore, FileBookingStore } from '../../server/appointments/booking-store.js';
import { CorruptDataError, StoreWriteError } from '../../server/store/errors.js';
import { PgBookingStore } from '../../server/store/pg/pg-booking-store.js';
import { createTestDatabase, sql } from '../support/pg-database.js';
import { storeContractCleanup } from '../support/store-contract.js';

interface Subject {
  open(): Promise<BookingStore>;
  /** Replaces the stored form of a site's n-th event (1-based) with text that is not one. */
  damage(siteId: string, n: number, text: string): Promise<void>;
  /** Words the refusal of a damaged site must contain. */
  names(siteId: string): string[];
  cleanup(): Promise<void>;
}

const after = storeContractCleanup();

const fileSubject = async (): Promise<Subject> => {
  const dir = await mkdtemp(join(tmpdir(), 'luot-bookings-'));
  const path = (siteId: string) => join(dir, 'sites', siteId, 'appointments.jsonl');
  return {
    open: async () => new FileBookingStore(dir),
    damage: async (siteId, n, text) => {
      const lines = (await readFile(path(siteId), 'utf8')).split('\n');
      lines[n - 1] = text;
      await writeFile(path(siteId), lines.join('\n'));
    },
    names: (siteId) => [join('sites', siteId, 'appointments.jsonl'), 'line 2'],
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
};

async function pgOpen(url: string): Promise<{ bookings: PgBookingStore }> {
  return { bookings: await after.onPg(url, (pg) => new PgBookingStore(pg.pool, pg.location)) };
}

const pgSubject = async (): Promise<Subject> => {
  const db = await createTestDatabase();
  return {
    open: async () => (await pgOpen(db.url)).bookings,
    damage: async (siteId, n, text) => {
      await sql(
        db.url,
        `UPDATE luot_booking_events SET event = $3 WHERE site_id = $1
         AND seq = (SELECT seq FROM luot_booking_events WHERE site_id = $1 ORDER BY seq OFFSET $2 LIMIT 1)`,
        [siteId, n - 1, text],
      );
    },
    names: (siteId) => ['table luot_booking_events', `site ${siteId}`, 'row seq 2'],
    cleanup: () => db.drop(),
  };
};

const AT = 1_772_500_000_000;
let n = 0;
function created(siteId: string, name: string | null = 'Nguyễn Thị Lan'): BookingEvent {
  n += 1;
  return {
    type: 'booking:created',
    at: AT + n,
    booking: {
      code: `C${String(n).padStart(5, '0')}`,
      manageToken: `token-${siteId}-${n}-abcdefghijkl`,
      siteId,
      kind: 'slot',
      procedureId: 'p-khai-sinh',
      start: AT + 3_600_000,
      slotMinutes: 15,
      day: '2026-03-03',
      name,
      phone: name ? '0912345678' : null,
      language: 'vi',
      requestId: `req-${n}`,
      createdAt: AT + n,
      status: 'booked',
      cancelledAt: null,
      checkedInAt: null,
      ticketId: null,
      purged: name === null,
    },
  };
}
const cancelled = (code: string): BookingEvent => ({ type: 'booking:cancelled', at: AT + 99, code });
const codeOf = (e: BookingEvent) => (e.type === 'booking:created' ? e.booking.code : e.code);

describe.each([
  ['file journal', fileSubject],
  ['PostgreSQL', pgSubject],
])('booking store contract: %s', (_name, make) => {
  it('gives nothing for a site without bookings, then every event per site in call order after a reopen', async () => {
    const subject = await after.subjectOf(make);
    let store = await subject.open();
    expect(await store.load('demo')).toEqual([]);
    const a = Array.from({ length: 12 }, () => created('demo'));
    const b = [created('phuong-b')];
    // Appends made at once are kept in the order they were made.
    await Promise.all([...a.map((e) => store.append('demo', [e])), store.append('phuong-b', b)]);
    await store.append('demo', []);
    await store.close();
    store = await subject.open();
    expect(await store.load('demo')).toEqual(a);
    expect(await store.load('phuong-b')).toEqual(b);
    // Appends go on after the events already there.
    const more = [cancelled(codeOf(a[0] as BookingEvent)), created('demo')];
    await store.append('demo', more);
    expect(await (await subject.open()).load('demo')).toEqual([...a, ...more]);
  });

  it('replaces the whole journal on a rewrite (the purge), and appends go on after it', async () => {
    const subject = await after.subjectOf(make);
    const store = await subject.open();
    const first = [created('demo'), created('demo'), created('demo')];
    await store.append('demo', first);
    expect(await store.load('demo')).toEqual(first);
    const purged = first.map((e) =>
      e.type === 'booking:created'
        ? { ...e, booking: { ...e.booking, name: null, phone: null, purged: true } }
        : e,
    );
    await store.rewrite('demo', purged);
    const later = created('demo');
    await store.append('demo', [later]);
    const reopened = await subject.open();
    const events = await reopened.load('demo');
    expect(events).toEqual([...purged, later]);
    // The erased values are gone from what is stored: only the later booking has a phone.
    expect(JSON.stringify(events.slice(0, purged.length))).not.toContain('0912345678');
    // A rewrite to nothing leaves an empty journal that takes appends.
    await reopened.rewrite('demo', []);
    expect(await reopened.load('demo')).toEqual([]);
    await reopened.append('demo', [later]);
    expect(await (await subject.open()).load('demo')).toEqual([later]);
  });

  it.each([
    ['not JSON', '{"type":"booking:cancelled","at":'],
    ['not a booking event', '{"type":"booking:cancelled","at":1,"code":"X","extra":true}'],
  ])('refuses a journal with an event that is %s, naming where', async (_what, text) => {
    const subject = await after.subjectOf(make);
    let store = await subject.open();
    await store.append('demo', [created('demo'), created('demo'), created('demo')]);
    await store.close();
    await subject.damage('demo', 2, text);
    store = await subject.open();
    const error = await store.load('demo').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptDataError);
    for (const word of subject.names('demo')) expect((error as Error).message).toContain(word);
  });
});

describe('PostgreSQL booking store: what the file cannot tell and a cluster needs', () => {
  it('refuses a site whose rows do not match its head (a row lost or added)', async () => {
    const db = await createTestDatabase();
    after.cleanUpLast(db.drop);
    const { bookings } = await pgOpen(db.url);
    await bookings.append('demo', [created('demo'), created('demo'), created('demo')]);
    await sql(db.url, `DELETE FROM luot_booking_events WHERE site_id = 'demo' AND seq = 2`);
    await expect((await pgOpen(db.url)).bookings.load('demo')).rejects.toThrow(
      'has seq 3 where 2 was expected',
    );
    await sql(db.url, `DELETE FROM luot_booking_events WHERE site_id = 'demo' AND seq = 3`);
    await expect((await pgOpen(db.url)).bookings.load('demo')).rejects.toThrow(
      'ends at seq 1 but its head says 3',
    );
    await sql(db.url, `DELETE FROM luot_booking_heads WHERE site_id = 'demo'`);
    const error = await (await pgOpen(db.url)).bookings.load('demo').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptDataError);
    expect((error as Error).message).toContain('site demo');
    expect((error as Error).message).toContain('no head row');
  });

  it('keeps the old journal whole when a rewrite fails half-way', async () => {
    const db = await createTestDatabase();
    after.cleanUpLast(db.drop);
    const { bookings } = await pgOpen(db.url);
    const before = [created('demo'), created('demo')];
    await bookings.append('demo', before);
    // The database refuses the rewrite's last row (a real trigger, as a full disk would).
    await sql(
      db.url,
      `CREATE FUNCTION refuse_row() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql;
       CREATE TRIGGER refuse BEFORE INSERT ON luot_booking_events FOR EACH ROW
         WHEN (NEW.event LIKE '%Refused Row%') EXECUTE FUNCTION refuse_row();`,
    );
    const rewrite = [...before, created('demo', 'Refused Row')];
    const error = await bookings.rewrite('demo', rewrite).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreWriteError);
    expect((error as Error).message).toContain('site demo');
    expect(await (await pgOpen(db.url)).bookings.load('demo')).toEqual(before);
    // The same store goes on appending where the journal really ends.
    const next = created('demo');
    await bookings.append('demo', [next]);
    expect(await (await pgOpen(db.url)).bookings.load('demo')).toEqual([...before, next]);
  });

  it('refuses a second writer of a site (ECONFLICT) instead of writing beside the live one', async () => {
    const db = await createTestDatabase();
    after.cleanUpLast(db.drop);
    const a = (await pgOpen(db.url)).bookings;
    const b = (await pgOpen(db.url)).bookings;
    await a.append('demo', [created('demo')]);
    expect(await b.load('demo')).toHaveLength(1);
    const fromA = created('demo');
    await a.append('demo', [fromA]);
    // b decided on one booking, but there are two now: its append and its rewrite are refused.
    for (const attempt of [() => b.append('demo', [created('demo')]), () => b.rewrite('demo', [])]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreWriteError);
      expect((error as StoreWriteError).errno).toBe('ECONFLICT');
    }
    // Loaded again, b knows where the journal ends and may write.
    expect(await b.load('demo')).toHaveLength(2);
    const fromB = created('demo');
    await b.append('demo', [fromB]);
    expect((await (await pgOpen(db.url)).bookings.load('demo')).map(codeOf)).toEqual(
      [(await a.load('demo'))[0], fromA, fromB].map((e) => codeOf(e as BookingEvent)),
    );
    // Two stores starting the same site at once: exactly one first append wins.
    const c = (await pgOpen(db.url)).bookings;
    const d = (await pgOpen(db.url)).bookings;
    expect(await c.load('new-site')).toEqual([]);
    expect(await d.load('new-site')).toEqual([]);
    const results = await Promise.allSettled([
      c.append('new-site', [created('new-site')]),
      d.append('new-site', [created('new-site')]),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await (await pgOpen(db.url)).bookings.load('new-site')).toHaveLength(1);
  });
});
