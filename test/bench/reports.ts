// Report benchmark: the per-procedure report (counts, wait and service mean/median/p90/max,
// service level, satisfaction) over one year and over ten years of a big centre
// (1,200 tickets a working day). Journals are generated in the real format, a year at a time;
// each year's journals are deleted once its day caches are built, so the disk never holds more
// than one year of journals (~330 MB) plus the caches (~40 KB a day). "cold" = no cache: every
// day's journal is read, replayed and its cache written; "warm" = a fresh ReportDays reading
// the disk caches only; "hot" = the same instance again (memory cache).
// Run alone with `npx tsx test/bench/reports.ts`; benchReports() prints nothing itself.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { addDays } from '../../shared/i18n/time.js';
import type { ReportContext } from '../../server/reports/context.js';
import { ReportDays } from '../../server/reports/day-cache.js';
import { daySourceOf } from '../../server/reports/day-source.js';
import { groupedReport } from '../../server/reports/reports.js';
import { FileStore } from '../../server/store/file-store.js';
import { BENCH_SITE, benchConfig, workingDays, writeHistory } from './reports-history.js';

const LAST_DAY = '2026-02-27';
const YEARS = 10;

async function dirBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir).catch(() => [] as string[]))
    total += (await stat(join(dir, name))).size;
  return total;
}

const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
const round = (ms: number) => Math.round(ms);

export async function benchReports(): Promise<Record<string, number>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-bench-reports-'));
  const figures: Record<string, number> = {};
  try {
    const store = await FileStore.open(dataDir);
    // Journals are deleted once cached (to bound the disk), so the bench lists the days it wrote;
    // the server lists the journal directory (a readdir, microseconds).
    const written: string[] = [];
    const source = { ...daySourceOf(store), listDays: async () => [...written] };
    const cacheDir = join(dataDir, 'reports-cache', BENCH_SITE);
    const journalDir = join(dataDir, 'sites', BENCH_SITE, 'days');
    const config = benchConfig();
    const context = (days: ReportDays): ReportContext => ({
      siteId: BENCH_SITE,
      config,
      settings: defaultSiteSettings(),
      users: [],
      days,
      live: null,
      now: Date.parse(`${LAST_DAY}T12:00:00Z`),
    });
    const report = async (days: ReportDays, from: string, to: string) => {
      const heap = process.memoryUsage().heapUsed;
      const rss = process.memoryUsage().rss;
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      const r = await groupedReport(context(days), 'procedures', { from, to, filters: {}, by: 'month' });
      const ms = performance.now() - t0;
      const used = process.cpuUsage(cpu);
      const mem = process.memoryUsage();
      return {
        ms,
        // CPU time of this process: the fairer figure on a machine shared with other work.
        cpuMs: (used.user + used.system) / 1000,
        heapMb: mb(mem.heapUsed - heap),
        rssMb: mb(mem.rss - rss),
        issued: r.total.issued,
      };
    };

    // Years oldest first; the last one is the "one year" range.
    const first = addDays(LAST_DAY, -(365 * YEARS + Math.floor(YEARS / 4)) + 1);
    const allDays = workingDays(first, LAST_DAY);
    const yearStarts = Array.from({ length: YEARS }, (_, i) => addDays(LAST_DAY, -365 * (YEARS - i) + 1));
    let generateMs = 0;
    let journalBytes = 0;
    let coldMs = 0;
    let coldCpuMs = 0;
    let tickets = 0;
    let maxJournalMb = 0;
    for (let y = 0; y < YEARS; y++) {
      const from = y === 0 ? first : yearStarts[y];
      const to = y === YEARS - 1 ? LAST_DAY : addDays(yearStarts[y + 1], -1);
      const days = allDays.filter((d) => d >= from && d <= to);
      const t0 = performance.now();
      journalBytes += await writeHistory(dataDir, days, allDays.indexOf(days[0]));
      written.push(...days);
      generateMs += performance.now() - t0;
      maxJournalMb = Math.max(maxJournalMb, mb(await dirBytes(journalDir)));
      const cold = await report(new ReportDays(source), from, to);
      coldMs += cold.ms;
      coldCpuMs += cold.cpuMs;
      tickets += cold.issued;
      if (y === YEARS - 1) {
        figures.oneYearColdMs = round(cold.ms);
        figures.oneYearColdCpuMs = round(cold.cpuMs);
        figures.oneYearColdHeapMb = cold.heapMb;
        figures.oneYearDays = days.length;
        figures.oneYearTickets = cold.issued;
        const fresh = new ReportDays(source);
        const warm = await report(fresh, from, to);
        figures.oneYearWarmMs = round(warm.ms);
        figures.oneYearWarmCpuMs = round(warm.cpuMs);
        figures.oneYearWarmHeapMb = warm.heapMb;
        const hot = await report(fresh, from, to);
        figures.oneYearHotMs = round(hot.ms);
        figures.oneYearHotCpuMs = round(hot.cpuMs);
      }
      // Keep the caches, drop the journals: the disk holds one year of journals at most.
      await rm(journalDir, { recursive: true, force: true });
    }
    figures.generateSeconds = Math.round(generateMs / 100) / 10;
    figures.journalMbPerYear = mb(journalBytes / YEARS);
    figures.journalMbTenYears = mb(journalBytes);
    figures.maxJournalMbOnDisk = maxJournalMb;
    figures.cacheMbTenYears = mb(await dirBytes(cacheDir));
    figures.tenYearColdMs = round(coldMs);
    figures.tenYearColdCpuMs = round(coldCpuMs);
    figures.tenYearDays = allDays.length;
    figures.tenYearTickets = tickets;
    const fresh = new ReportDays(source);
    const warm = await report(fresh, first, LAST_DAY);
    if (warm.issued !== tickets)
      throw new Error(`ten-year report counted ${warm.issued} of ${tickets} tickets`);
    figures.tenYearWarmMs = round(warm.ms);
    figures.tenYearWarmCpuMs = round(warm.cpuMs);
    figures.tenYearWarmHeapMb = warm.heapMb;
    figures.tenYearWarmRssMb = warm.rssMb;
    const hot = await report(fresh, first, LAST_DAY);
    figures.tenYearHotMs = round(hot.ms);
    figures.tenYearHotCpuMs = round(hot.cpuMs);
    figures.loadAverage = Math.round(loadavg()[0] * 10) / 10;
    figures.rssMb = mb(process.memoryUsage().rss);
    await store.close();
    return figures;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchReports();
  for (const [k, v] of Object.entries(figures)) process.stdout.write(`${k.padEnd(24)} ${v}\n`);
}
