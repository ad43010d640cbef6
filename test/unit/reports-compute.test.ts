// Reports computed from a fixture day with known timestamps equal hand-computed values exactly.
// The day (Monday 2026-03-02, Asia/Ho_Chi_Minh), minutes after 08:00:
//   c1 (series A, target 15 min), officer u-a signed in 0–70, paused for lunch 27–57
//     T1 khai sinh  issued 0, called 5, started 6,  finished 10, rated 3
//     T2 khai sinh  issued 1, called 10, started 10, finished 20, rated 2
//     T3 kết hôn    issued 2, called 20, started 21, finished 27, rated 1 (wait, attitude)
//     T4 khai sinh  issued 3, called 57, no-show 60
//     T5 khai sinh  issued 30, cancelled 50 (never called, waited 20 > 15)
//     T6 khai sinh  issued 40, cancelled 45 (never called, waited 5)
//   c3 (series B, target 20 min), officer u-b signed in from 0
//     T7 đất đai    issued 0, called 2, started 2, finished 12, rated 3
//     T8 đất đai    issued 65, never called, expired when the day closes at 600
import { describe, expect, it } from 'vitest';
import { closeDayEvents, type QueueEvent } from '../../shared/domain/index.js';
import type { FinishOutcome } from '../../shared/domain/model.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import type { GroupedReport } from '../../shared/protocol/report-views.js';
import type { ReportContext } from '../../server/reports/context.js';
import { ReportDays, rowsOfEvents } from '../../server/reports/day-cache.js';
import type { DaySource } from '../../server/reports/day-source.js';
import type { ReportQuery } from '../../server/reports/query.js';
import {
  groupedReport,
  loadReport,
  officerTimeReport,
  satisfactionReport,
  summaryReport,
} from '../../server/reports/reports.js';
import { nearestRank, summarize } from '../../server/reports/stats.js';
import { MONDAY_8AM, testSiteConfig } from '../support/fixtures.js';
import { harness, MINUTE } from '../support/engine-harness.js';

const DAY = '2026-03-02';

function fixtureDay() {
  const h = harness();
  const at = (m: number) => {
    h.ctx.now = MONDAY_8AM + m * MINUTE;
  };
  const ids: Record<string, string> = {};
  const issue = (name: string, m: number, procedureId: string) => {
    at(m);
    ids[name] = h.issue(procedureId).id;
  };
  const callNext = (m: number, counterId: string, officerId: string) => {
    at(m);
    h.ok({ type: 'counter:call-next', counterId, officerId });
  };
  const step = (
    m: number,
    type: 'counter:start' | 'counter:finish' | 'counter:no-show',
    counterId: string,
    outcome?: FinishOutcome,
  ) => {
    at(m);
    h.ok({ type, counterId, ...(outcome ? { outcome } : {}) } as Parameters<typeof h.ok>[0]);
  };
  const rate = (name: string, level: number, reasons: string[] = []) =>
    h.ok({ type: 'ticket:rate', ticketId: ids[name], level, scale: 3, reasons, via: 'counter' });

  at(0);
  h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u-a' });
  h.ok({ type: 'counter:sign-in', counterId: 'c3', officerId: 'u-b' });
  issue('T1', 0, 'p-khaisinh');
  issue('T7', 0, 'p-datdai');
  issue('T2', 1, 'p-khaisinh');
  issue('T3', 2, 'p-kethon');
  callNext(2, 'c3', 'u-b');
  step(2, 'counter:start', 'c3');
  issue('T4', 3, 'p-khaisinh');
  callNext(5, 'c1', 'u-a');
  step(6, 'counter:start', 'c1');
  step(10, 'counter:finish', 'c1', 'received');
  rate('T1', 3);
  callNext(10, 'c1', 'u-a');
  step(10, 'counter:start', 'c1');
  step(12, 'counter:finish', 'c3', 'returned');
  rate('T7', 3);
  step(20, 'counter:finish', 'c1');
  rate('T2', 2);
  callNext(20, 'c1', 'u-a');
  step(21, 'counter:start', 'c1');
  step(27, 'counter:finish', 'c1');
  rate('T3', 1, ['wait', 'attitude']);
  h.ok({ type: 'counter:pause', counterId: 'c1', reason: 'lunch' });
  issue('T5', 30, 'p-khaisinh');
  issue('T6', 40, 'p-khaisinh');
  at(45);
  h.ok({ type: 'ticket:cancel', ticketId: ids.T6 });
  at(50);
  h.ok({ type: 'ticket:cancel', ticketId: ids.T5 });
  at(57);
  h.ok({ type: 'counter:resume', counterId: 'c1' });
  callNext(57, 'c1', 'u-a');
  step(60, 'counter:no-show', 'c1');
  issue('T8', 65, 'p-datdai');
  at(70);
  h.ok({ type: 'counter:sign-out', counterId: 'c1', officerId: 'u-a' });
  at(600);
  const closing = closeDayEvents(h.state, h.ctx.now);
  const events: QueueEvent[] = [...h.events, ...closing];
  return { config: h.config, events, ids };
}

function memorySource(days: Record<string, QueueEvent[]>, cacheDir: string | null = null): DaySource {
  return {
    listDays: async () => Object.keys(days).sort(),
    readDay: async (_site, day) => days[day] ?? [],
    cacheDir,
  };
}

function context(
  events: QueueEvent[],
  days = new ReportDays(memorySource({ [DAY]: events })),
): ReportContext {
  const { config } = fixtureDay();
  return {
    siteId: config.site.id,
    config,
    settings: defaultSiteSettings(),
    users: [],
    days,
    live: null,
    now: MONDAY_8AM + 24 * 60 * MINUTE,
  };
}

const query = (filters: ReportQuery['filters'] = {}, by: ReportQuery['by'] = 'month'): ReportQuery => ({
  from: DAY,
  to: DAY,
  filters,
  by,
});

const M = MINUTE;

describe('statistics', () => {
  it('takes the median as the middle value, or the mean of the two middle values', () => {
    expect(summarize([5, 1, 3]).median).toBe(3);
    expect(summarize([4, 1, 3, 10]).median).toBe(3.5);
  });

  it('takes p90 by nearest rank: the value at rank ceil(0.9 n)', () => {
    expect(nearestRank(90, 10)).toBe(9);
    expect(nearestRank(90, 70)).toBe(63);
    expect(nearestRank(90, 1)).toBe(1);
    expect(nearestRank(90, 3)).toBe(3);
    const values = Array.from({ length: 20 }, (_, i) => (i + 1) * 1000);
    expect(summarize(values)).toEqual({ count: 20, mean: 10_500, median: 10_500, p90: 18_000, max: 20_000 });
  });

  it('gives nulls, not zeros, when there is nothing to measure', () => {
    expect(summarize([])).toEqual({ count: 0, mean: null, median: null, p90: null, max: null });
  });
});

describe('reports from a fixture day', () => {
  const { events } = fixtureDay();

  it('counts tickets by outcome and measures wait and service per procedure', async () => {
    const r = (await groupedReport(context(events), 'procedures', query())) as GroupedReport;
    const byId = Object.fromEntries(r.rows.map((row) => [row.key, row]));
    expect(r.rows.map((row) => row.key)).toEqual(['p-khaisinh', 'p-datdai', 'p-kethon']);

    const ks = byId['p-khaisinh'];
    expect(ks.code).toBe('1.001193.000.00.00.H59');
    expect([ks.issued, ks.served, ks.noShow, ks.cancelled, ks.expired, ks.open]).toEqual([5, 2, 1, 2, 0, 0]);
    // waits 5, 9, 54 min
    expect(ks.wait).toEqual({ count: 3, mean: (68 * M) / 3, median: 9 * M, p90: 54 * M, max: 54 * M });
    // services 4, 10 min
    expect(ks.service).toEqual({ count: 2, mean: 7 * M, median: 7 * M, p90: 10 * M, max: 10 * M });
    // within 15 min: T1, T2; against it: T4 (54) and T5 (cancelled after 20 uncalled); T6 is neutral
    expect(ks.serviceLevel).toEqual({ within: 2, total: 4, pct: 50 });
    expect(ks.satisfaction).toMatchObject({ ratings: 2, satisfied: 2, rate: 100, coverage: 100 });

    const kt = byId['p-kethon'];
    expect(kt.wait).toEqual({ count: 1, mean: 18 * M, median: 18 * M, p90: 18 * M, max: 18 * M });
    expect(kt.service.mean).toBe(6 * M);
    expect(kt.serviceLevel).toEqual({ within: 0, total: 1, pct: 0 });
    expect(kt.satisfaction).toMatchObject({
      ratings: 1,
      satisfied: 0,
      rate: 0,
      reasons: { wait: 1, attitude: 1 },
    });

    const dd = byId['p-datdai'];
    expect([dd.issued, dd.served, dd.expired]).toEqual([2, 1, 1]);
    // T8 expired after 535 min uncalled: against the 20 min target
    expect(dd.serviceLevel).toEqual({ within: 1, total: 2, pct: 50 });

    const t = r.total;
    expect([t.issued, t.served, t.noShow, t.cancelled, t.expired]).toEqual([8, 4, 1, 2, 1]);
    // waits 2, 5, 9, 18, 54
    expect(t.wait).toEqual({ count: 5, mean: 17.6 * M, median: 9 * M, p90: 54 * M, max: 54 * M });
    // services 4, 6, 10, 10
    expect(t.service).toEqual({ count: 4, mean: 7.5 * M, median: 8 * M, p90: 10 * M, max: 10 * M });
    expect(t.serviceLevel).toEqual({ within: 3, total: 7, pct: 300 / 7 });
    expect(t.satisfaction).toMatchObject({ ratings: 4, satisfied: 3, rate: 75, coverage: 100 });
    expect(t.satisfaction.levels).toEqual({ '1': 1, '2': 1, '3': 2 });
  });

  it('groups by field, counter, officer and day, and applies filters', async () => {
    const ctx = context(events);
    const fields = await groupedReport(ctx, 'fields', query());
    expect(fields.rows.map((r) => [r.key, r.issued, r.served])).toEqual([
      ['f-hotich', 6, 3],
      ['f-datdai', 2, 1],
    ]);
    const counters = await groupedReport(ctx, 'counters', query());
    expect(counters.rows.map((r) => [r.key, r.issued, r.served, r.wait.count])).toEqual([
      ['c1', 4, 3, 4],
      [null, 3, 0, 0],
      ['c3', 1, 1, 1],
    ]);
    const officers = await groupedReport(ctx, 'officers', query({ counterId: 'c1' }));
    expect(officers.rows.map((r) => [r.key, r.issued, r.service.mean])).toEqual([['u-a', 4, (20 * M) / 3]]);
    const days = await groupedReport(ctx, 'days', query({ procedureId: 'p-khaisinh', channel: 'kiosk' }));
    expect(days.rows.map((r) => [r.key, r.issued])).toEqual([[DAY, 5]]);
    const none = await groupedReport(ctx, 'days', query({ channel: 'staff' }));
    expect(none.total.issued).toBe(0);
    expect(none.rows).toEqual([]);
    expect(none.total.wait.mean).toBeNull();
    const normal = await summaryReport(ctx, query({ priority: 'none' }));
    expect(normal.total.issued).toBe(8);
    const priority = await summaryReport(ctx, query({ priority: 'any' }));
    expect(priority.total.issued).toBe(0);
  });

  it('counts the load per site-local hour and weekday and finds the peak', async () => {
    const r = await loadReport(context(events), query());
    // Monday: T1–T7 between 08:00 and 08:40, T8 at 09:05 (site time, whatever the process TZ)
    expect(r.cells[0][8]).toBe(7);
    expect(r.cells[0][9]).toBe(1);
    expect(r.cells.flat().reduce((a, b) => a + b, 0)).toBe(8);
    expect(r.daysPerWeekday).toEqual([1, 0, 0, 0, 0, 0, 0]);
    expect(r.peak).toEqual({ weekday: 1, hour: 8, count: 7 });
    expect(r.peakHours).toEqual([
      { hour: 8, count: 7, perDay: 7 },
      { hour: 9, count: 1, perDay: 1 },
    ]);
  });

  it("splits officers' time into serving, idle and paused by reason", async () => {
    const r = await officerTimeReport(context(events), query());
    const byId = Object.fromEntries(r.rows.map((row) => [row.officerId, row]));
    // u-a: signed in 0–70; serving 5–10, 10–20, 20–27, 57–60 = 25; lunch 27–57 = 30; idle 15
    expect(byId['u-a']).toMatchObject({
      signedIn: 70 * M,
      serving: 25 * M,
      idle: 15 * M,
      pausedTotal: 30 * M,
      paused: { lunch: 30 * M },
      served: 3,
      counters: ['c1'],
    });
    // u-b never signed out: the session ends at the day's last activity (u-a's sign-out at 70)
    expect(byId['u-b']).toMatchObject({
      signedIn: 70 * M,
      serving: 10 * M,
      idle: 60 * M,
      pausedTotal: 0,
      served: 1,
    });
    expect(r.total).toMatchObject({ signedIn: 140 * M, serving: 35 * M, idle: 75 * M, pausedTotal: 30 * M });
    expect(r.reasons).toEqual(['lunch']);
    const filtered = await officerTimeReport(context(events), query({ officerId: 'u-b' }));
    expect(filtered.rows.map((row) => row.officerId)).toEqual(['u-b']);
  });

  it('rates satisfaction per group with its reasons', async () => {
    const r = await satisfactionReport(context(events), query({}, 'officer'));
    expect(r.rows.map((row) => [row.key, row.satisfaction.ratings, row.satisfaction.rate])).toEqual([
      ['u-a', 3, (2 * 100) / 3],
      [null, 0, null],
      ['u-b', 1, 100],
    ]);
    expect(r.reasons.slice(0, 2).map((x) => [x.id, x.count])).toEqual([
      ['attitude', 1],
      ['wait', 1],
    ]);
    expect(r.scale.map((s) => [s.level, s.satisfied])).toEqual([
      [3, true],
      [2, true],
      [1, false],
    ]);
  });

  it('gives 93.0% satisfied for 93 positive ratings of 100 and coverage = ratings / served', async () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u-a' });
    for (let i = 0; i < 120; i++) {
      h.issue('p-khaisinh');
      h.advance(MINUTE);
      h.ok({ type: 'counter:call-next', counterId: 'c1', officerId: 'u-a' });
      h.ok({ type: 'counter:start', counterId: 'c1' });
      h.advance(MINUTE);
      const done = h.ok({ type: 'counter:finish', counterId: 'c1' });
      const ticketId = done.ticketId ?? '';
      if (i < 100) {
        const level = i < 60 ? 3 : i < 93 ? 2 : 1;
        h.ok({ type: 'ticket:rate', ticketId, level, scale: 3, via: 'phone' });
      }
    }
    const events100 = [...h.events, ...closeDayEvents(h.state, h.ctx.now)];
    const r = await summaryReport(context(events100), query());
    expect(r.total.satisfaction).toMatchObject({ ratings: 100, satisfied: 93, rate: 93 });
    expect(r.total.satisfaction.coverage).toBe((100 * 100) / 120);
  });
});

describe('the per-day cache', () => {
  it('gives the same rows and reports as a fresh replay, from memory and from disk', async () => {
    const { mkdtemp, readdir, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { events } = fixtureDay();
    const dir = await mkdtemp(join(tmpdir(), 'luot-report-cache-'));
    try {
      const source = memorySource({ [DAY]: events }, dir);
      const zone = 'Asia/Ho_Chi_Minh';
      const fresh = rowsOfEvents('site-a', DAY, events, zone);
      const first = new ReportDays(source);
      expect(await first.get('site-a', DAY, zone, null)).toEqual(fresh);
      expect(await readdir(join(dir, 'site-a'))).toEqual([`${DAY}.bin`]);
      // A new instance has an empty memory: the rows come from the file.
      const again = new ReportDays({ ...source, readDay: async () => [] });
      expect(await again.get('site-a', DAY, zone, null)).toEqual(fresh);
      const fromDisk = await groupedReport(context(events, again), 'procedures', query());
      const replayed = await groupedReport(
        context(events, new ReportDays(memorySource({ [DAY]: events }))),
        'procedures',
        query(),
      );
      expect(fromDisk).toEqual(replayed);
      expect(fromDisk.total.outcomes).toMatchObject({ received: 1, returned: 1, guided: 0 });
      // A damaged cache file is rebuilt from the journal.
      const { writeFile } = await import('node:fs/promises');
      await writeFile(join(dir, 'site-a', `${DAY}.bin`), 'LUOTRPT2 torn');
      expect(await new ReportDays(source).get('site-a', DAY, zone, null)).toEqual(fresh);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('does not cache a day that is not closed', async () => {
    const { events } = fixtureDay();
    const open = events.filter((e) => e.type !== 'day:closed' && !(e.type === 'ticket:expired'));
    let reads = 0;
    const days = new ReportDays({
      listDays: async () => [DAY],
      readDay: async () => {
        reads += 1;
        return open;
      },
      cacheDir: null,
    });
    const rows = await days.get('site-a', DAY, 'Asia/Ho_Chi_Minh', null);
    expect(rows.closed).toBe(false);
    await days.get('site-a', DAY, 'Asia/Ho_Chi_Minh', null);
    expect(reads).toBe(2);
  });
});

void testSiteConfig;
