// The store contract: the same tests against the embedded file store and the PostgreSQL store
// (each PostgreSQL test in its own database, dropped after). What the hub relies on: config and
// sessions survive a reopen, a refused change changes nothing, a day's events come back in call
// order with seq +1, damage is refused naming where, audit by month; and for PostgreSQL, what a
// cluster relies on: a second writer can never take a seq, another node sees config changes.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueEvent } from '../../shared/domain/events.js';
import { firstStart } from '../../server/bootstrap.js';
import { CorruptDataError, StoreWriteError } from '../../server/store/errors.js';
import { FileStore } from '../../server/store/file-store.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import type { Store } from '../../server/store/store.js';
import { createTestDatabase, sql } from '../support/pg-database.js';

interface Subject {
  open(): Promise<Store>;
  /** Alters one stored line of a day (a byte changed outside Lượt). */
  damage(siteId: string, day: string, seq: number): Promise<void>;
  /** Removes one stored line of a day. */
  remove(siteId: string, day: string, seq: number): Promise<void>;
  cleanup(): Promise<void>;
}

const fileSubject = async (): Promise<Subject> => {
  const dir = await mkdtemp(join(tmpdir(), 'luot-contract-'));
  const path = (siteId: string, day: string) => join(dir, 'sites', siteId, 'days', `${day}.jsonl`);
  const edit = async (siteId: string, day: string, seq: number, f: (line: string) => string | null) => {
    const lines = (await readFile(path(siteId, day), 'utf8')).split('\n');
    const out = lines.flatMap((l, i) => (i === seq - 1 ? (f(l) ?? []) : [l]));
    await writeFile(path(siteId, day), out.join('\n'));
  };
  return {
    open: () => FileStore.open(dir),
    damage: (s, d, q) => edit(s, d, q, (l) => l.replace('"counterId":"c1"', '"counterId":"c9"')),
    remove: (s, d, q) => edit(s, d, q, () => null),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
};

const pgSubject = async (): Promise<Subject> => {
  const db = await createTestDatabase();
  return {
    open: () => PgStore.open(db.url, { poolSize: 4 }),
    damage: async (s, d, q) => {
      await sql(
        db.url,
        `UPDATE luot_events SET line = replace(line, '"counterId":"c1"', '"counterId":"c9"') WHERE site_id = $1 AND day = $2 AND seq = $3`,
        [s, d, q],
      );
    },
    remove: async (s, d, q) => {
      await sql(db.url, 'DELETE FROM luot_events WHERE site_id = $1 AND day = $2 AND seq = $3', [s, d, q]);
    },
    cleanup: () => db.drop(),
  };
};

const opened: Store[] = [];
const subjects: Subject[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close().catch(() => undefined);
  for (const s of subjects.splice(0)) await s.cleanup();
});

async function subjectOf(make: () => Promise<Subject>): Promise<Subject> {
  const s = await make();
  subjects.push(s);
  return s;
}

async function openOn(subject: Subject): Promise<Store> {
  const store = await subject.open();
  opened.push(store);
  return store;
}

async function closeStore(store: Store): Promise<void> {
  opened.splice(opened.indexOf(store), 1);
  await store.close();
}

function events(from: number, count: number): QueueEvent[] {
  return Array.from({ length: count }, (_, i) => ({
    type: 'counter:resumed' as const,
    counterId: 'c1',
    at: 1_770_000_000_000 + from + i,
    seq: from + i,
  }));
}

const DAY = '2026-03-02';

describe.each([
  ['file store', fileSubject],
  ['PostgreSQL store', pgSubject],
])('store contract: %s', (_name, make) => {
  it('keeps the configuration and the sessions across a reopen', async () => {
    const subject = await subjectOf(make);
    let store = await openOn(subject);
    expect(store.config.users).toEqual([]);
    await firstStart(store, {
      adminPassword: 'contract-password',
      demo: true,
      clock: () => 1_770_000_000_000,
    });
    await store.updateSessions((s) => {
      s.push({ tokenHash: 'h1', userId: 'u-admin', createdAt: 1, expiresAt: 2 });
      s.push({ tokenHash: 'h2', userId: 'u-admin', createdAt: 3, expiresAt: 4 });
    });
    await store.updateSessions((s) => {
      s.splice(0, 1);
    });
    const config = structuredClone(store.config);
    await closeStore(store);
    store = await openOn(subject);
    expect(store.config).toEqual(config);
    expect(store.config.sites.map((s) => s.config.site.id)).toEqual(['demo']);
    expect(store.sessions).toEqual([{ tokenHash: 'h2', userId: 'u-admin', createdAt: 3, expiresAt: 4 }]);
  });

  it('changes nothing when a configuration change is refused', async () => {
    const subject = await subjectOf(make);
    const store = await openOn(subject);
    await firstStart(store, { adminPassword: 'contract-password', demo: false, clock: () => 1 });
    const before = structuredClone(store.config);
    await expect(
      store.updateConfig((data) => {
        data.users.splice(0);
        throw new Error('refused by the rule');
      }),
    ).rejects.toThrow('refused by the rule');
    // The store keeps serving changes after a refusal.
    const n = await store.updateConfig((data) => data.users.length);
    expect(n).toBe(1);
    expect(store.config).toEqual(before);
  });

  it('returns a day in call order with seq +1, and nothing for a day without events', async () => {
    const subject = await subjectOf(make);
    let store = await openOn(subject);
    expect(await store.readDay('site-a', DAY)).toEqual([]);
    const written = events(1, 12);
    await Promise.all(written.map((e) => store.appendEvents('site-a', DAY, [e])));
    await store.appendEvents('site-a', '2026-03-01', events(1, 2));
    await store.appendEvents('site-b', '2026-03-05', events(1, 1));
    expect(await store.readDay('site-a', DAY)).toEqual(written);
    await closeStore(store);
    store = await openOn(subject);
    expect(await store.readDay('site-a', DAY, { repair: true })).toEqual(written);
    expect(await store.listDays('site-a')).toEqual(['2026-03-01', DAY]);
    expect(await store.listDays('site-z')).toEqual([]);
    // Appends continue where the day ends.
    await store.appendEvents('site-a', DAY, events(13, 2));
    expect((await store.readDay('site-a', DAY)).map((e) => e.seq)).toEqual(events(1, 14).map((e) => e.seq));
  });

  it('refuses an altered line, naming the day and the line', async () => {
    const subject = await subjectOf(make);
    let store = await openOn(subject);
    await store.appendEvents('site-a', DAY, events(1, 5));
    await closeStore(store);
    await subject.damage('site-a', DAY, 3);
    store = await openOn(subject);
    const error = await store.readDay('site-a', DAY).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorruptDataError);
    expect((error as CorruptDataError).message).toContain('line 3 fails its checksum');
    expect((error as CorruptDataError).message).toContain('site-a');
  });

  it('refuses a day with a line missing (seq not +1)', async () => {
    const subject = await subjectOf(make);
    let store = await openOn(subject);
    await store.appendEvents('site-a', DAY, events(1, 5));
    await closeStore(store);
    await subject.remove('site-a', DAY, 2);
    store = await openOn(subject);
    await expect(store.readDay('site-a', DAY)).rejects.toThrow('has seq 3 where 2 was expected');
  });

  it('keeps the audit by month', async () => {
    const subject = await subjectOf(make);
    const store = await openOn(subject);
    const jan = Date.UTC(2026, 0, 15);
    const feb = Date.UTC(2026, 1, 3);
    await store.appendAudit({ at: jan, actor: 'u-admin', action: 'site.update', siteId: 'demo' });
    await store.appendAudit({
      at: feb,
      actor: 'u-admin',
      action: 'user.create',
      siteId: null,
      target: 'u-x',
    });
    await store.appendAudit({ at: jan + 1, actor: 'u-a', action: 'login', siteId: null });
    expect((await store.readAudit('2026-01')).map((e) => e.action)).toEqual(['site.update', 'login']);
    expect(await store.readAudit('2026-02')).toEqual([
      { at: feb, actor: 'u-admin', action: 'user.create', siteId: null, target: 'u-x' },
    ]);
    expect(await store.readAudit('2026-03')).toEqual([]);
  });
});

describe('PostgreSQL store: two nodes on one database', () => {
  it('never lets a second writer take a seq; the refused writer recovers to what is committed', async () => {
    const subject = await subjectOf(pgSubject);
    const a = await openOn(subject);
    const b = await openOn(subject);
    await a.appendEvents('demo', DAY, events(1, 3));
    // b has a stale view (it thinks the day ends at seq 2) and appends seq 3 again.
    const refused = await b.appendEvents('demo', DAY, events(3, 1)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreWriteError);
    expect((refused as StoreWriteError).errno).toBe('ECONFLICT');
    // A gap is refused too: b cannot write seq 5 after 3.
    const b2 = await openOn(subject);
    await expect(b2.appendEvents('demo', DAY, events(5, 1))).rejects.toBeInstanceOf(StoreWriteError);
    // Until recovered, the failed writer refuses everything, even a right seq.
    await expect(b.appendEvents('demo', DAY, events(4, 1))).rejects.toBeInstanceOf(StoreWriteError);
    expect(await b.recoverDay('demo', DAY)).toEqual(events(1, 3));
    await b.appendEvents('demo', DAY, events(4, 1));
    expect((await a.readDay('demo', DAY)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
  });

  it('shows a configuration change made on one node to the other', async () => {
    const subject = await subjectOf(pgSubject);
    const a = await openOn(subject);
    const b = await openOn(subject);
    await firstStart(a, { adminPassword: 'contract-password', demo: true, clock: () => 1 });
    await a.updateSessions((s) => {
      s.push({ tokenHash: 'h1', userId: 'u-admin', createdAt: 1, expiresAt: 2 });
    });
    for (let i = 0; i < 100 && (b.config.sites.length === 0 || b.sessions.length === 0); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(b.config.sites.map((s) => s.config.site.id)).toEqual(['demo']);
    expect(b.sessions.map((s) => s.tokenHash)).toEqual(['h1']);
    // Changes from both nodes are kept: b's change is made on the copy that holds a's.
    await Promise.all([
      a.updateConfig((d) => {
        d.users[0]!.fullName = 'Từ nút A';
      }),
      b.updateConfig((d) => {
        d.devices.splice(0, 1);
      }),
    ]);
    const c = await openOn(subject);
    expect(c.config.users[0]?.fullName).toBe('Từ nút A');
    expect(c.config.devices.length).toBe(3);
  });
});
