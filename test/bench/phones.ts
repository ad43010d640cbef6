// A phone refresh: the "people ahead" figure of every followed ticket at one instant, 2,000 waiting
// on a 30-counter centre with priority tickets, with the starvation guard at work (normal tickets
// waiting past it: their counters' orders must be built in full) and without it. Compared: the
// full recomputation per phone (ordering.ts peopleAhead, what each phone cost before the index),
// the queue index (orders built once per instant and shared), and a bare floor (one Map read per
// phone) in the same run. Pure CPU, no sockets.
import {
  createDayState,
  execute,
  peopleAhead,
  QueueIndex,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { benchConfig, context, DAY, issueCommand, ZONE } from './engine.js';
import { round } from './stats.js';

const WAITING = Number(process.env.BENCH_PHONES_WAITING ?? 2000);
const ROUNDS = 5;

function day(config: SiteConfig) {
  const start = instantOfLocal(DAY, 7 * 60, ZONE);
  const state = createDayState('bench', DAY);
  const ctx = context(start);
  for (let i = 0; i < WAITING; i++) {
    ctx.now += 250;
    const result = execute(config, state, issueCommand(i), ctx);
    if (!result.ok) throw new Error(result.error.code);
  }
  // Half an hour later: the first normal tickets have waited past a 20-minute guard.
  return { state, now: ctx.now + 30 * 60_000 };
}

/** Median ms of one refresh over ROUNDS (each round at its own instant: nothing carried over). */
function median(refresh: (round: number) => number): number {
  const times: number[] = [];
  let sink = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    sink += refresh(r);
    times.push(performance.now() - t0);
  }
  if (sink < 0) console.log(sink);
  return round(times.sort((a, b) => a - b)[Math.floor(ROUNDS / 2)] ?? 0, 2);
}

function scenario(config: SiteConfig, name: string): Record<string, number> {
  const { state, now } = day(config);
  const waiting = [...state.tickets.values()].filter((t) => t.status === 'waiting');
  const ids = new Map(waiting.map((t, i) => [t.id, i]));
  const floor = median(() => waiting.reduce((n, t) => n + (ids.get(t.id) ?? 0), 0));
  const idx = QueueIndex.of(state);
  const index = median((r) => waiting.reduce((n, t) => n + idx.peopleAhead(config, state, t, now + r), 0));
  // The full recomputation is slow: one round of at most 200 phones, scaled.
  const sample = waiting.slice(0, Math.min(200, waiting.length));
  const t0 = performance.now();
  for (const t of sample) peopleAhead(config, state, t, now);
  const full = round(((performance.now() - t0) / sample.length) * waiting.length, 1);
  return {
    [`${name}FloorMs`]: floor,
    [`${name}IndexMs`]: index,
    [`${name}FullRecomputationMs`]: full,
  };
}

export async function benchPhones(): Promise<Record<string, number>> {
  const guarded = benchConfig();
  const unguarded: SiteConfig = { ...guarded, rules: { ...guarded.rules, starvationGuardMinutes: 0 } };
  return {
    waiting: WAITING,
    ...scenario(guarded, 'guardAtWork'),
    ...scenario(unguarded, 'noGuard'),
  };
}
