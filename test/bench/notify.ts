// npm run bench -- notify: what the integrations' outbound feed costs per queue event when a
// centre listens for ticket.turn-near (webhooks or the SMS / Zalo gateway), at 10 and at 2,000
// people waiting, on the engine bench's centre (30 counters, 6 lines, 1 in 10 priority). Steady
// state: each ticket issued is followed by one call-next, so the queue keeps its length. Per
// queue length, in one run: the floor (the same feed with nobody listening for turn-near), the
// feed with turn-near at 3 ahead, and the people-ahead table of the whole queue that the check
// used to build for every event (ordering.ts peopleAheadIndex). "guard at work": the clock runs
// slower than the queue moves, so normal tickets have waited past the 20-minute starvation guard
// while priority tickets wait too (the queue index then builds those counters' full orders).
// Each batch of 100 events counts at its fastest of 5 rounds, each table at its fastest of 3.
import { OutboundDeriver } from '../../server/integrations/outbound-events.js';
import {
  applyEvent,
  createDayState,
  type EngineContext,
  execute,
  peopleAheadIndex,
  type QueueCommand,
  type QueueEvent,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { benchConfig } from './engine.js';
import { round } from './stats.js';

const DAY = '2026-03-02';
const START = instantOfLocal(DAY, 7 * 60, 'Asia/Ho_Chi_Minh');
/** Events per measured round (issue + call-next pairs, each 2–3 events). */
const PAIRS = 1500;
const ROUNDS = 5;
const LINES = ['A', 'B', 'C', 'D', 'E', 'F'];

interface Journal {
  /** Events that build the queue (fed untimed). */
  build: QueueEvent[];
  /** Events of the steady part (timed). */
  steady: QueueEvent[];
}

/** A day's journal: `waiting` issued, then PAIRS of issue + call-next, `stepMs` apart. */
function journal(config: SiteConfig, waiting: number, stepMs: number): Journal {
  const state = createDayState(config.site.id, DAY);
  let n = 0;
  const ctx: EngineContext & { now: number } = {
    now: START,
    newId: () => `t${++n}`,
    newToken: () => `k${n}`,
  };
  const out: QueueEvent[] = [];
  const run = (cmd: QueueCommand) => {
    ctx.now += stepMs;
    const result = execute(config, state, cmd, ctx);
    if (!result.ok) throw new Error(`${cmd.type} refused: ${result.error.code}`);
    out.push(...structuredClone(result.events));
  };
  const issue = (i: number) =>
    run({
      type: 'ticket:issue',
      procedureId: `p-${LINES[i % LINES.length]}`,
      priorityId: i % 10 === 3 ? 'elderly' : null,
      requestId: `r${i}`,
    });
  for (let i = 0; i < waiting; i++) issue(i);
  const build = out.splice(0);
  for (let i = 0; i < PAIRS; i++) {
    issue(waiting + i);
    run({ type: 'counter:call-next', counterId: `c${(i % config.counters.length) + 1}` });
  }
  return { build, steady: out };
}

/** Events per timed batch: the machine is shared, so each batch keeps its fastest round. */
const BATCH = 100;

/**
 * Microseconds per steady event through a fresh deriver, each batch of events timed in every round
 * and counted at its fastest (a round preempted by other work does not count against the code).
 */
function feedMicros(config: SiteConfig, day: Journal, turnNearAhead: number | null): number {
  const best: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const deriver = new OutboundDeriver(
      config.site.id,
      DAY,
      () => config,
      () => ({ turnNearAhead }),
    );
    for (const e of day.build) deriver.next(e);
    for (let b = 0; b * BATCH < day.steady.length; b++) {
      const t0 = performance.now();
      for (const e of day.steady.slice(b * BATCH, (b + 1) * BATCH)) deriver.next(e);
      const ms = performance.now() - t0;
      best[b] = Math.min(best[b] ?? Number.POSITIVE_INFINITY, ms);
    }
  }
  return round((best.reduce((a, b) => a + b, 0) * 1000) / day.steady.length, 2);
}

/** Microseconds per steady event of the whole people-ahead table (the former check), fastest of 3. */
function tableMicros(config: SiteConfig, day: Journal): number {
  // Fewer events: at 2,000 waiting one table takes milliseconds.
  const sample = day.steady.slice(0, 300);
  const best: number[] = [];
  for (let r = 0; r < 3; r++) {
    const state = createDayState(config.site.id, DAY);
    for (const e of day.build) applyEvent(state, structuredClone(e));
    sample.forEach((e, i) => {
      applyEvent(state, structuredClone(e));
      const t0 = performance.now();
      peopleAheadIndex(config, state, e.at);
      best[i] = Math.min(best[i] ?? Number.POSITIVE_INFINITY, performance.now() - t0);
    });
  }
  return round((best.reduce((a, b) => a + b, 0) * 1000) / sample.length, 1);
}

export async function benchNotify(): Promise<Record<string, number>> {
  const config = benchConfig();
  const figures: Record<string, number> = {};
  // Warm the JIT on a short day first.
  feedMicros(config, journal(config, 10, 100), 3);
  const cases: [string, number, number][] = [
    ['At10', 10, 100],
    ['At2000', 2000, 100],
    ['At2000GuardAtWork', 2000, 1000],
  ];
  for (const [label, waiting, stepMs] of cases) {
    const day = journal(config, waiting, stepMs);
    figures[`floor${label}UsPerEvent`] = feedMicros(config, day, null);
    figures[`turnNear${label}UsPerEvent`] = feedMicros(config, day, 3);
    figures[`fullTable${label}UsPerEvent`] = tableMicros(config, day);
  }
  figures.turnNearAt2000OverAt10 = round(
    figures.turnNearAt2000UsPerEvent / figures.turnNearAt10UsPerEvent,
    2,
  );
  figures.counters = config.counters.length;
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchNotify());
}
