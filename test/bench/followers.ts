// Thirty counter screens following their counters with 1,400 people waiting (issue 12's target: a
// call reaches all of them with p99 ≤ 20 ms). Each sample is a call-next at one of the followed
// counters (in turn), then its finish and one issue to keep the queue's length; measured from the
// call to the moment the last of the 30 screens has its update — Lượt's `counter:queue` (the head
// of that counter's list), the floor's `queue:deltas` (the bare Express + socket.io server of the
// hub bench, same client process, same run).
import { join } from 'node:path';
import type { Socket } from 'socket.io-client';
import { command, connect, inBatches, issue, pool } from './hub-clients.js';
import { start } from './hub.js';
import { percentile, round } from './stats.js';

const FOLLOWERS = 30;
const WAITING = Number(process.env.BENCH_FOLLOWERS_WAITING ?? 1400);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
/** A screen whose head did not change gets nothing: a sample waits this long for the last one. */
const SAMPLE_TIMEOUT_MS = 2000;
/** Pause after each sample's finish and issue, so their own updates are not taken for the call's. */
const SETTLE_MS = 50;

/** Resolves when every socket has received the event once after now (or the timeout passed). */
function lastOf(sockets: Socket[], event: string): Promise<{ ms: number; missing: number }> {
  const t0 = performance.now();
  let left = sockets.length;
  return new Promise((resolve) => {
    const offs: (() => void)[] = [];
    const done = () => {
      for (const off of offs) off();
      clearTimeout(timer);
      resolve({ ms: performance.now() - t0, missing: left });
    };
    const timer = setTimeout(done, SAMPLE_TIMEOUT_MS);
    for (const s of sockets) {
      const on = () => {
        s.off(event, on);
        left -= 1;
        if (left === 0) done();
      };
      s.on(event, on);
      offs.push(() => s.off(event, on));
    }
  });
}

async function run(script: string, event: string): Promise<Record<string, number>> {
  const here = join(import.meta.dirname, '..', '..');
  const { child, ready } = await start(script, here);
  const sockets: Socket[] = [];
  try {
    const counters = ready.counters.slice(0, FOLLOWERS);
    const followers = await inBatches(counters.length, 10, (i) =>
      connect(ready.url, { token: ready.token, siteId: 'demo', counterId: counters[i] }),
    );
    sockets.push(...followers);
    const worker = await connect(ready.url, { token: ready.token, siteId: 'demo' });
    sockets.push(worker);
    const take = () => issue(ready.url, ready.keys.kiosk);
    await pool(WAITING, 50, async () => {
      await take();
    });
    const times: number[] = [];
    let missing = 0;
    for (let i = 0; i < SAMPLES; i++) {
      const counterId = counters[i % counters.length] ?? '';
      const reached = lastOf(followers, event);
      const r = await command(worker, 'counter:call-next', { counterId });
      if (!r.ok) throw new Error(`call-next refused: ${JSON.stringify(r)}`);
      const { ms, missing: m } = await reached;
      times.push(ms);
      missing += m;
      await command(worker, 'counter:finish', { counterId });
      await take();
      // Let the updates of the finish and the issue arrive before the next call is timed.
      await new Promise((r) => setTimeout(r, SETTLE_MS));
    }
    const p = (q: number) => round(percentile(times, q), 2);
    return { callToLastOf30P50Ms: p(50), callToLastOf30P99Ms: p(99), screensWithoutUpdate: missing };
  } finally {
    for (const s of sockets) s.close();
    child.kill('SIGTERM');
  }
}

export async function benchFollowers(): Promise<Record<string, number>> {
  const floor = await run(join(import.meta.dirname, 'floor-server.ts'), 'queue:deltas');
  const luot = await run(join(import.meta.dirname, 'hub-server.ts'), 'counter:queue');
  const out: Record<string, number> = { followers: FOLLOWERS, waiting: WAITING, samples: SAMPLES };
  for (const [k, v] of Object.entries(floor)) out[`floor.${k}`] = v;
  for (const [k, v] of Object.entries(luot)) out[`luot.${k}`] = v;
  return out;
}
