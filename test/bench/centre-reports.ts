// Reports over a set of centres: the per-procedure report merged across 125 centres (a province
// such as Vĩnh Long) over one month (20 working days), every centre as big as the bench centre
// (1,200 tickets a working day: 3 M tickets in all, the pessimistic case — commune centres issue
// far fewer). The journals are written once and their day caches built once, then copied to every
// centre (a day cache does not name its centre), so the run measures what a province officer
// waits for on a hub whose days were summarised at midnight: "warm" = day caches read from disk,
// "hot" = the same request again (memory cache, bounded, so only part of it stays).
// Run alone with `npx tsx test/bench/centre-reports.ts`.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { centreSetReport } from '../../server/reports/centre-set-report.js';
import type { ReportContext } from '../../server/reports/context.js';
import { ReportDays } from '../../server/reports/day-cache.js';
import { readJournalLines } from '../../server/reports/day-source.js';
import { scanDays } from '../../server/reports/context.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { BENCH_SITE, benchConfig, workingDays, writeHistory } from './reports-history.js';

const CENTRES = Number(process.env.CENTRES ?? 125);
const FROM = '2026-02-02';
const TO = '2026-02-27';

export async function benchCentreReports(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-bench-centres-'));
  try {
    const days = workingDays(FROM, TO);
    await writeHistory(dataDir, days, 0);
    const cacheDir = join(dataDir, 'reports-cache');
    const source = {
      listDays: async () => [...days],
      readDay: (_siteId: string, day: string) =>
        readJournalLines(join(dataDir, 'sites', BENCH_SITE, 'days', `${day}.jsonl`)),
      cacheDir,
    };
    const context = (siteId: string, reportDays: ReportDays): ReportContext => {
      const config = benchConfig();
      config.site.id = siteId;
      return {
        siteId,
        config,
        settings: defaultSiteSettings(),
        users: [],
        days: reportDays,
        live: null,
        now: Date.parse(`${TO}T12:00:00Z`),
      };
    };
    await scanDays(context(BENCH_SITE, new ReportDays(source)), { from: FROM, to: TO }, () => undefined);
    const ids = Array.from({ length: CENTRES }, (_, i) => `centre-${i}`);
    for (const id of ids) await cp(join(cacheDir, BENCH_SITE), join(cacheDir, id), { recursive: true });
    const run = async (reportDays: ReportDays) => {
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      const r = await centreSetReport(
        ids.map((id) => context(id, reportDays)),
        'procedures',
        { siteIds: ids, from: FROM, to: TO },
        Date.now(),
      );
      const used = process.cpuUsage(cpu);
      return { ms: performance.now() - t0, cpuMs: (used.user + used.system) / 1000, r };
    };
    const fresh = new ReportDays(source);
    const warm = await run(fresh);
    const rss = process.memoryUsage().rss;
    const hot = await run(fresh);
    return {
      centres: CENTRES,
      days: days.length,
      tickets: warm.r.total.issued,
      rows: warm.r.rows.length,
      warmMs: Math.round(warm.ms),
      warmCpuMs: Math.round(warm.cpuMs),
      hotMs: Math.round(hot.ms),
      hotCpuMs: Math.round(hot.cpuMs),
      rssMb: Math.round(rss / 1024 / 1024),
      load: Math.round(loadavg()[0] * 10) / 10,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await benchCentreReports()));
}
