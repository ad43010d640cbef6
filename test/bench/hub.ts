// Hub figures from a separate client process on loopback, for Lượt and, in the same run, a bare
// Express + socket.io floor (and, with BENCH_BEFORE=<an export of an earlier commit>, that
// version too). Per system: sequential HTTP issue at a short (10) and a long (2,000) queue, call →
// last of 100 displays at both, throughput with 50 in flight, a long day's first, last and
// slowest 1,000 tickets (BENCH_DAY more tickets after the 2,000-ticket queue, default 5,000; issue
// 12's day: BENCH_DAY=20000) with 100 displays, 6 following counter screens and phone
// pages (BENCH_PHONES, default 2,000) connected, call → 1 display, and memory. Then restart →
// accepting connections with a 5,000-ticket day (hub-restart.ts). Ratios to the floor last.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { CallWatch, command, connect, inBatches, issue, pool } from './hub-clients.js';
import { benchRestart } from './hub-restart.js';
import { percentile, round } from './stats.js';

export interface Ready {
  type: 'ready';
  url: string;
  keys: { kiosk: string; display: string };
  token: string;
  counters: string[];
}

const PHONES = Number(process.env.BENCH_PHONES ?? 2000);
const DAY = Number(process.env.BENCH_DAY ?? 5000);
const LONG = 2000;
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);

/** A bench server (Lượt's or the floor's) in its own process; resolves with what it reports. */
export function start(script: string, cwd: string): Promise<{ child: ChildProcess; ready: Ready }> {
  const child = fork(script, [], {
    cwd,
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m: Ready) => resolve({ child, ready: m }));
    child.once('exit', (code) => reject(new Error(`bench server exited ${code}`)));
  });
}

function rssMB(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    const onMessage = (m: { type: string; rss: number }) => {
      if (m.type !== 'memory') return;
      child.off('message', onMessage);
      resolve(round(m.rss / 1048576, 1));
    };
    child.on('message', onMessage);
    child.send({ type: 'memory' });
  });
}

const p = (values: number[], q: number) => round(percentile(values, q), 2);

/** Tickets per window of the long day's rates (issue 12: its first and last 1,000). */
const WINDOW = 1000;

/**
 * Issue rates along the long day, from the finish times of its tickets (the first window counted
 * from the day's start): first and last window, the slowest window and their ratios to the first.
 * Flat means the last (and the slowest) window keeps ≥ 0.9 × the first window's rate. A day shorter
 * than two windows is cut into two halves.
 */
export function dayRates(doneAt: readonly number[], startedAt: number): Record<string, number> {
  const window = Math.min(WINDOW, Math.floor(doneAt.length / 2));
  if (window < 1) throw new Error('BENCH_DAY must be at least 2');
  const rate = (from: number, to: number) =>
    Math.round((to - from) / ((doneAt[to - 1] - (from === 0 ? startedAt : doneAt[from - 1])) / 1000));
  const windows: number[] = [];
  for (let from = 0; from + window <= doneAt.length; from += window) windows.push(rate(from, from + window));
  const first = windows[0];
  const last = rate(doneAt.length - window, doneAt.length);
  const slowest = Math.min(...windows, last);
  return {
    dayTickets: doneAt.length,
    dayWindowTickets: window,
    dayFirst1000PerSecond: first,
    dayLast1000PerSecond: last,
    daySlowest1000PerSecond: slowest,
    dayLastOverFirst: round(last / first, 2),
    daySlowestOverFirst: round(slowest / first, 2),
  };
}

/** One system through every scenario. */
async function scenarios(script: string, cwd: string): Promise<Record<string, number>> {
  const { child, ready } = await start(script, cwd);
  const { url, keys } = ready;
  const f: Record<string, number> = {};
  const sockets: Socket[] = [];
  const stage = (what: string) => process.stderr.write(`hub bench ${script}: ${what} ${JSON.stringify(f)}\n`);
  try {
    f.idleRssMB = await rssMB(child);
    const displays = await inBatches(100, 50, () => connect(url, { key: keys.display }));
    sockets.push(...displays);
    const watch = new CallWatch(displays);
    const following = await inBatches(6, 6, (i) =>
      connect(url, { token: ready.token, siteId: 'demo', counterId: ready.counters[i] }),
    );
    sockets.push(...following);
    const worker = await connect(url, { token: ready.token, siteId: 'demo' });
    sockets.push(worker);
    // Calls come from counters nobody follows, in turn.
    const callers = ready.counters.slice(6);
    let turn = 0;
    const call = async (): Promise<string> => {
      const counterId = callers[turn++ % callers.length];
      const r = await command(worker, 'counter:call-next', { counterId });
      const id = r.data?.ticket?.id;
      if (!r.ok || !id) throw new Error(`call-next failed: ${JSON.stringify(r)}`);
      await command(worker, 'counter:finish', { counterId });
      return id;
    };

    /** Sequential issues, each followed by a call that keeps the queue's length. */
    const sequential = async (label: string) => {
      const ms: number[] = [];
      for (let i = 0; i < SAMPLES; i++) {
        ms.push((await issue(url, keys.kiosk)).ms);
        await call();
      }
      f[`issueSeq${label}P50Ms`] = p(ms, 50);
      f[`issueSeq${label}P99Ms`] = p(ms, 99);
    };
    /** Call → the last display has it; an issue after each keeps the queue's length. */
    const fanOut = async (label: string) => {
      const ms: number[] = [];
      for (let i = 0; i < Math.max(50, SAMPLES / 2); i++) {
        const counterId = callers[turn++ % callers.length];
        const t0 = performance.now();
        const r = await command(worker, 'counter:call-next', { counterId });
        const id = r.data?.ticket?.id;
        if (!r.ok || !id) throw new Error(`call-next failed: ${JSON.stringify(r)}`);
        await watch.all(id);
        ms.push(performance.now() - t0);
        await command(worker, 'counter:finish', { counterId });
        await issue(url, keys.kiosk);
      }
      f[`call${label}P50Ms`] = p(ms, 50);
      f[`call${label}P99Ms`] = p(ms, 99);
    };

    stage('short queue');
    await inBatches(10, 10, () => issue(url, keys.kiosk));
    await sequential('At10');
    await fanOut('ToLastOf100At10');

    stage('fill to 2,000');
    const t0 = performance.now();
    const fill = await pool(LONG, 50, () => issue(url, keys.kiosk));
    f.issuePerSecond50InFlight = Math.round(LONG / ((performance.now() - t0) / 1000));
    const phones = await inBatches(Math.min(PHONES, LONG), 100, (i) =>
      connect(url, { statusToken: fill.results[i].token }),
    );
    sockets.push(...phones);
    stage('long queue');
    await sequential('At2000');
    await fanOut('ToLastOf100At2000');

    stage(`a day of ${DAY} more`);
    const dayStart = performance.now();
    let issuedToday = 0;
    const day = await pool(DAY, 50, () => {
      if (++issuedToday % 5000 === 0) stage(`${issuedToday} of the day's ${DAY} started`);
      return issue(url, keys.kiosk);
    });
    Object.assign(f, dayRates(day.doneAt, dayStart));
    f.rssWithSocketsMB = await rssMB(child);

    stage('call → 1 display');
    for (const s of watch.keep(1)) s.close();
    // A fresh caller: the first may have missed pings while 2,000 sockets kept this process busy.
    const caller = await connect(url, { token: ready.token, siteId: 'demo' });
    sockets.push(caller);
    const one: number[] = [];
    for (let i = 0; i < 100; i++) {
      const counterId = callers[turn++ % callers.length];
      const t1 = performance.now();
      const r = await command(caller, 'counter:call-next', { counterId });
      const id = r.data?.ticket?.id;
      if (!r.ok || !id) throw new Error(`call-next failed: ${JSON.stringify(r)}`);
      await watch.all(id);
      one.push(performance.now() - t1);
      await command(caller, 'counter:finish', { counterId });
    }
    f.callTo1DisplayP50Ms = p(one, 50);
  } finally {
    for (const s of sockets) s.close();
    child.send({ type: 'stop' });
    await new Promise((r) => child.once('exit', r));
  }
  return f;
}

export async function benchHub(): Promise<Record<string, number>> {
  const here = join(import.meta.dirname, '..', '..');
  const out: Record<string, number> = {};
  const add = (prefix: string, figures: Record<string, number>) => {
    for (const [k, v] of Object.entries(figures)) out[`${prefix}.${k}`] = v;
  };
  const floor = await scenarios(join(import.meta.dirname, 'floor-server.ts'), here);
  add('floor', floor);
  const before = process.env.BENCH_BEFORE;
  // BENCH_BEFORE_SCENARIOS=no: the earlier tree only in the restart figures (its long-queue
  // scenarios can take many minutes on a busy machine).
  if (before && process.env.BENCH_BEFORE_SCENARIOS !== 'no') {
    add('before', await scenarios(join(before, 'test/bench/hub-server.ts'), before));
  }
  const luot = await scenarios(join(import.meta.dirname, 'hub-server.ts'), here);
  add('luot', luot);
  add('restart', await benchRestart(here, before));
  for (const key of ['issueSeqAt10P50Ms', 'issueSeqAt2000P50Ms', 'callToLastOf100At2000P50Ms']) {
    out[`ratio.${key}`] = round(luot[key] / floor[key], 2);
  }
  out['ratio.issuePerSecond50InFlight'] = round(
    luot.issuePerSecond50InFlight / floor.issuePerSecond50InFlight,
    3,
  );
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchHub());
}
