// A centre on its own embedded hub feeds the province (a PostgreSQL hub): while the province is
// unreachable the centre keeps issuing; once it is back, the next round sends everything it lacks,
// and a resend adds nothing. The province view shows the hosted and the feeding centre side by
// side, ranked; a staff account sees none; damaged lines are refused.
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../server/logger.js';
import { FeedPusher } from '../../server/feed/feed-pusher.js';
import { encodeJournalLine } from '../../server/store/journal-line.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { freePort } from '../support/cluster-harness.js';
import { createTestDatabase, sql, type TestDatabase } from '../support/pg-database.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function province(db: TestDatabase, port: number): Promise<TestServer> {
  // The port of a province just closed may take a moment to be free again.
  for (let attempt = 0; ; attempt++) {
    const store = await PgStore.open(db.url, { poolSize: 4 });
    try {
      return await startTestServer({ store, port });
    } catch (error) {
      await store.close().catch(() => undefined);
      if (attempt > 50 || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

async function fedCount(db: TestDatabase): Promise<number> {
  const rows = await sql<{ n: string }>(db.url, 'SELECT count(*) AS n FROM luot_fed_events');
  return Number(rows[0]?.n);
}

describe('centres that feed the province', () => {
  it('catches up after the province was unreachable, with nothing missing or doubled', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const port = await freePort();
    let prov = await province(db, port);
    const admin = await login(prov.url, 'admin', ADMIN_PASSWORD);
    const made = await request(prov.url, '/api/province/centres', {
      auth: admin,
      body: { centreId: 'phuong-1', name: 'Trung tâm phường 1' },
    });
    expect(made.status).toBe(201);
    const key = made.body.key as string;
    const officer = prov.report.officers[0];
    await prov.close();

    // The centre: its own hub on files; the province is down.
    const centre = await startTestServer();
    cleanups.push(() => centre.close());
    const pusher = new FeedPusher({
      provinceUrl: `http://127.0.0.1:${port}`,
      key,
      store: centre.app.store,
      siteIds: () => ['demo'],
      logger: silentLogger,
    });
    cleanups.push(() => pusher.stop());
    for (let i = 0; i < 6; i++) {
      const res = await request(centre.url, '/api/sites/demo/tickets', {
        auth: centre.keys.kiosk,
        body: { procedureId: 'p-khai-sinh', requestId: `feed-${i}-abcdef` },
      });
      expect(res.status).toBe(201);
      await pusher.pushNow();
    }
    await request(centre.url, '/api/sites/demo/counters/c1/call-next', {
      auth: centre.keys.counter,
      body: {},
    });

    prov = await province(db, port);
    cleanups.push(() => prov.close());
    expect(await fedCount(db)).toBe(0);
    await pusher.pushNow();
    const day = (await centre.app.store.listDays('demo')).at(-1) ?? '';
    const journal = await centre.app.store.readDay('demo', day);
    expect(journal.length).toBeGreaterThan(6);
    expect(await fedCount(db)).toBe(journal.length);

    // At least once: a resend of lines already held changes nothing and answers where it stands.
    const resend = await request(prov.url, '/api/province/feed', {
      headers: { 'x-luot-feed-key': key },
      body: { siteId: 'demo', day, lines: journal.slice(0, 3).map((e) => encodeJournalLine(e).slice(0, -1)) },
    });
    expect(resend.status).toBe(200);
    expect(resend.body.seq).toBe(journal.length);
    await pusher.pushNow();
    expect(await fedCount(db)).toBe(journal.length);

    // The province view: the hosted demo centre and the feeding centre with its figures.
    const admin2 = await login(prov.url, 'admin', ADMIN_PASSWORD);
    const view = await request(prov.url, '/api/province/overview', { auth: admin2 });
    expect(view.status).toBe(200);
    const fed = view.body.centres.find((c: { kind: string }) => c.kind === 'fed');
    expect(fed).toMatchObject({ centreId: 'phuong-1', siteId: 'demo', name: 'Trung tâm phường 1' });
    expect(fed.figures.waiting).toBe(5);
    expect(view.body.centres.some((c: { kind: string }) => c.kind === 'hosted')).toBe(true);
    // Ranked by who needs help now: the feeding centre has citizens waiting, the hosted one none.
    expect(view.body.centres[0].kind).toBe('fed');

    const staff = await login(prov.url, officer?.username ?? '', officer?.password ?? '');
    expect((await request(prov.url, '/api/province/overview', { auth: staff })).status).toBe(403);
  });

  it('refuses a wrong key, a damaged line and a gap, each with its code', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const prov = await province(db, 0);
    cleanups.push(() => prov.close());
    const admin = await login(prov.url, 'admin', ADMIN_PASSWORD);
    const key = (
      await request(prov.url, '/api/province/centres', {
        auth: admin,
        body: { centreId: 'xa-2', name: 'Xã 2' },
      })
    ).body.key as string;
    const line = (seq: number) =>
      encodeJournalLine({ type: 'counter:resumed', counterId: 'c1', at: 1_770_000_000_000 + seq, seq }).slice(
        0,
        -1,
      );
    const send = (lines: string[], k = key) =>
      request(prov.url, '/api/province/feed', {
        headers: { 'x-luot-feed-key': k },
        body: { siteId: 'xa-2', day: '2026-03-02', lines },
      });
    expect((await send([line(1)], 'feed_wrong_key_0123456789')).body.error.code).toBe('feed_key_invalid');
    expect((await send([line(1).replace('c1', 'c2')])).body.error.code).toBe('feed_invalid');
    const gap = await send([line(3)]);
    expect(gap.status).toBe(409);
    expect(gap.body.error.code).toBe('feed_gap');
    expect((await send([line(1), line(2)])).body.seq).toBe(2);
    expect((await send([line(3)])).body.seq).toBe(3);
    expect(await fedCount(db)).toBe(3);
  });
});
