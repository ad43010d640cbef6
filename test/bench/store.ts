// Durable storage figures: issue latency and throughput with an fsync per commit, the same with
// ten years of closed history on disk, and recovery time with a day of 5,000 tickets.
import { link, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SiteHub } from '../../server/hub/site-hub.js';
import { FileStore } from '../../server/store/file-store.js';
import { addDays, localDay } from '../../shared/i18n/time.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { testSiteConfig } from '../support/fixtures.js';
import { percentile, round } from './stats.js';

const PROCEDURES = ['p-khaisinh', 'p-kethon', 'p-datdai'];

/** The test site with number blocks large enough for a benchmark. */
function benchConfig() {
  const config = testSiteConfig();
  for (const series of config.series) {
    series.end = 999_999;
    series.padding = 6;
  }
  return config;
}

async function openHub(dataDir: string) {
  const store = await FileStore.open(dataDir);
  const hub = await SiteHub.load(benchConfig(), defaultSiteSettings(), store, Date.now);
  return { store, hub };
}

async function sequentialLatency(hub: SiteHub, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    const r = await hub.execute({ type: 'ticket:issue', procedureId: PROCEDURES[i % 3] });
    times.push(performance.now() - start);
    if (!r.ok) throw new Error(r.error.code);
  }
  return times;
}

async function throughput(hub: SiteHub, inFlight: number, durationMs: number): Promise<number> {
  let done = 0;
  const end = performance.now() + durationMs;
  const worker = async () => {
    while (performance.now() < end) {
      const r = await hub.execute({ type: 'ticket:issue', procedureId: PROCEDURES[done % 3] });
      if (!r.ok) throw new Error(r.error.code);
      done++;
    }
  };
  const start = performance.now();
  await Promise.all(Array.from({ length: inFlight }, worker));
  return done / ((performance.now() - start) / 1000);
}

/** A realistic closed day: 1,200 tickets called and finished, then day:closed. */
async function writeClosedDay(dataDir: string, day: string): Promise<string> {
  const store = await FileStore.open(dataDir);
  const clock = { t: Date.parse(`${day}T01:00:00Z`) };
  const hub = await SiteHub.load(benchConfig(), defaultSiteSettings(), store, () => clock.t);
  for (let i = 0; i < 1200; i++) {
    clock.t += 20_000;
    await hub.execute({ type: 'ticket:issue', procedureId: PROCEDURES[i % 3] });
    if (i % 2 === 1) {
      for (const counterId of ['c1', 'c3']) {
        await hub.execute({ type: 'counter:call-next', counterId });
        await hub.execute({ type: 'counter:start', counterId });
      }
    }
  }
  clock.t = Date.parse(`${addDays(day, 1)}T00:00:00Z`);
  await hub.rollDay();
  await hub.close();
  await store.close();
  return store.dayPath('site-a', day);
}

export async function benchStore(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const root = await mkdtemp(join(tmpdir(), 'luot-bench-store-'));
  try {
    // 1. Empty history.
    const empty = await openHub(join(root, 'empty'));
    await sequentialLatency(empty.hub, 200);
    const lat = await sequentialLatency(empty.hub, 2000);
    figures.issueP50Ms = round(percentile(lat, 50), 3);
    figures.issueP99Ms = round(percentile(lat, 99), 3);
    figures.issuePerSecond50InFlight = Math.round(await throughput(empty.hub, 50, 3000));
    await empty.hub.close();
    await empty.store.close();

    // 2. Ten years of a big centre's closed days (1,200 tickets each). One real closed day is
    // generated, and 3,650 day files are hard links to it: the directory and the files exist as
    // they would, at the cost of one file's bytes.
    const historyDir = join(root, 'history');
    const today = localDay(Date.now(), 'Asia/Ho_Chi_Minh');
    const template = await writeClosedDay(join(root, 'template'), addDays(today, -3651));
    const daysDir = join(historyDir, 'sites', 'site-a', 'days');
    await mkdir(daysDir, { recursive: true });
    for (let i = 1; i <= 3650; i++) await link(template, join(daysDir, `${addDays(today, -i)}.jsonl`));
    figures.historyDays = (await readdir(daysDir)).length;
    const history = await openHub(historyDir);
    await sequentialLatency(history.hub, 200);
    const histLat = await sequentialLatency(history.hub, 2000);
    figures.issueP50MsWithHistory = round(percentile(histLat, 50), 3);
    figures.issueP99MsWithHistory = round(percentile(histLat, 99), 3);
    figures.historyToEmptyP50Ratio = round(figures.issueP50MsWithHistory / figures.issueP50Ms, 3);
    figures.issuePerSecondWithHistory = Math.round(await throughput(history.hub, 50, 3000));
    await history.hub.close();
    await history.store.close();

    // 3. Recovery with a day of 5,000 tickets stored.
    const dayDir = join(root, 'recovery');
    const full = await openHub(dayDir);
    for (let i = 0; i < 5000; i++) {
      await full.hub.execute({ type: 'ticket:issue', procedureId: PROCEDURES[i % 3] });
      if (i % 2 === 0) await full.hub.execute({ type: 'counter:call-next', counterId: i % 4 ? 'c1' : 'c3' });
    }
    await full.hub.close();
    await full.store.close();
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const again = await openHub(dayDir);
      loads.push(performance.now() - start);
      if (again.hub.state.tickets.size !== 5000) throw new Error('recovery lost tickets');
      await again.hub.close();
      await again.store.close();
    }
    figures.recoveryMs5000Tickets = round(percentile(loads, 50), 1);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchStore());
}
