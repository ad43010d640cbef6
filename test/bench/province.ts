// Province figures: one hub on one PostgreSQL database hosting BENCH_CENTRES centres (124 by
// default: Vĩnh Long's communes and wards), every one a copy of the demo centre. Measured over HTTP
// on loopback with 32 clients at once: ticket issue throughput and latency across all centres,
// then counters calling (call-next + finish at one counter per centre). The floor, in the same run
// and on the same database: a bare INSERT + COMMIT round-trip (pg, autocommit), one at a time and
// with 32 at once — a command cannot be acknowledged faster than its commit.
import pg from 'pg';
import { firstStart, type FirstStartReport } from '../../server/bootstrap.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { createTestDatabase } from '../support/pg-database.js';
import { ADMIN_PASSWORD, login, startTestServer } from '../support/test-server.js';
import { load } from './load.js';
import { percentile, round } from './stats.js';

const CENTRES = Number(process.env.BENCH_CENTRES ?? 124);
const CLIENTS = 32;
const ISSUES = Number(process.env.BENCH_ISSUES ?? 3000);
const CALLS = Number(process.env.BENCH_CALLS ?? 1500);

async function post(url: string, token: string, body: unknown): Promise<{ ms: number; status: number }> {
  const start = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return { ms: performance.now() - start, status: res.status };
}

async function floor(url: string): Promise<Record<string, number>> {
  const pool = new pg.Pool({ connectionString: url, max: CLIENTS });
  try {
    await pool.query('CREATE TABLE bench_floor (id bigserial PRIMARY KEY, data jsonb NOT NULL)');
    const row = JSON.stringify({ type: 'ticket:issued', at: Date.now(), seq: 1 });
    const one = () => {
      const start = performance.now();
      return pool
        .query('INSERT INTO bench_floor (data) VALUES ($1)', [row])
        .then(() => performance.now() - start);
    };
    const serial = await load(1000, 1, one);
    const parallel = await load(ISSUES, CLIENTS, one);
    return {
      floorInsertCommitSerialP50Ms: round(percentile(serial.latencies, 50)),
      floorInsertCommitSerialP99Ms: round(percentile(serial.latencies, 99)),
      floorInsertCommit32PerSecond: Math.round(ISSUES / parallel.seconds),
      floorInsertCommit32P50Ms: round(percentile(parallel.latencies, 50)),
      floorInsertCommit32P99Ms: round(percentile(parallel.latencies, 99)),
    };
  } finally {
    await pool.end();
  }
}

export async function benchProvince(): Promise<Record<string, number>> {
  const db = await createTestDatabase();
  try {
    const store = await PgStore.open(db.url, { poolSize: 10 });
    (await firstStart(store, {
      adminPassword: ADMIN_PASSWORD,
      demo: true,
      clock: Date.now,
      forcePasswordChange: false,
    })) as FirstStartReport;
    const demo = store.config.sites[0];
    if (!demo) throw new Error('no demo centre');
    // Open every day, all day, with room for every ticket of the run.
    for (const series of demo.config.series) {
      series.end = Math.max(series.end, series.start + 99_999);
      series.dailyCap = 0;
    }
    const allDay = [{ start: '00:00', end: '23:59' }];
    demo.config.site.openingHours = Object.fromEntries(
      ['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, allDay]),
    );
    demo.config.site.holidays = [];
    await store.updateConfig((data) => {
      data.sites = [demo];
      for (let i = 1; i < CENTRES; i++) {
        const copy = structuredClone(demo);
        const id = `xa-${String(i).padStart(3, '0')}`;
        copy.config.site.id = id;
        copy.config.site.name = { vi: `Xã số ${i}`, en: `Commune ${i}` };
        data.sites.push(copy);
      }
    });
    const sites = store.config.sites.map((s) => s.config.site.id);
    const procedureId = demo.config.procedures[0]?.id ?? '';
    const server = await startTestServer({ store });
    try {
      const token = await login(server.url, 'admin', ADMIN_PASSWORD);
      const figures: Record<string, number> = { centres: sites.length, clients: CLIENTS };

      const issues = await load(ISSUES, CLIENTS, async (i) => {
        const site = sites[i % sites.length];
        const r = await post(`${server.url}/api/sites/${site}/tickets`, token, {
          procedureId,
          requestId: `bench-province-${String(i).padStart(6, '0')}`,
        });
        if (r.status !== 201) throw new Error(`issue at ${site}: HTTP ${r.status}`);
        return r.ms;
      });
      figures.issuesPerSecond = Math.round(ISSUES / issues.seconds);
      figures.issueP50Ms = round(percentile(issues.latencies, 50));
      figures.issueP99Ms = round(percentile(issues.latencies, 99));

      for (const site of sites)
        await post(`${server.url}/api/sites/${site}/counters/c1/sign-in`, token, { takeOver: true });
      // One client per centre's counter at a time: call the next, then finish it.
      const calls = await load(CALLS, Math.min(CLIENTS, sites.length), async (i) => {
        const site = sites[i % sites.length];
        const r = await post(`${server.url}/api/sites/${site}/counters/c1/call-next`, token, {});
        if (r.status !== 200) throw new Error(`call at ${site}: HTTP ${r.status}`);
        const f = await post(`${server.url}/api/sites/${site}/counters/c1/finish`, token, {});
        if (f.status !== 200) throw new Error(`finish at ${site}: HTTP ${f.status}`);
        return r.ms;
      });
      figures.callsPerSecond = Math.round(CALLS / calls.seconds);
      figures.callP50Ms = round(percentile(calls.latencies, 50));
      figures.callP99Ms = round(percentile(calls.latencies, 99));
      return { ...figures, ...(await floor(db.url)) };
    } finally {
      await server.close();
    }
  } finally {
    await db.drop();
  }
}
