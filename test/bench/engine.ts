// In-memory engine throughput: commands per second for issue and for call-next on a big centre
// (30 counters, 6 series, a few hundred people waiting). Pure CPU: no journal, no sockets.
// Run alone with `npx tsx test/bench/engine.ts`; benchEngine() prints nothing itself.
import {
  createDayState,
  type DayState,
  DEFAULT_RULES,
  type EngineContext,
  execute,
  type QueueCommand,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { instantOfLocal } from '../../shared/i18n/time.js';

export const ZONE = 'Asia/Ho_Chi_Minh';
export const DAY = '2026-03-02';
const SERIES = ['A', 'B', 'C', 'D', 'E', 'F'];
const COUNTERS = 30;
/** People waiting when a call-next batch starts; the batch takes half of them. */
const WAITING = 600;
const CALLS_PER_ROUND = 300;
const MIN_MS = 400;

export function benchConfig(end = 9999, onExhausted: 'wrap' | 'refuse' = 'refuse'): SiteConfig {
  const allDay = [{ start: '00:00', end: '24:00' }];
  const hours = { '1': allDay, '2': allDay, '3': allDay, '4': allDay, '5': allDay, '6': allDay, '7': allDay };
  return {
    site: {
      id: 'bench',
      name: { vi: 'Trung tâm đo tải' },
      ward: { vi: 'Phường 1' },
      province: { vi: 'Tỉnh Vĩnh Long' },
      timeZone: ZONE,
      openingHours: hours,
      holidays: ['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-02'],
    },
    fields: SERIES.map((s) => ({ id: `f-${s}`, code: s, name: { vi: `Lĩnh vực ${s}` } })),
    procedures: SERIES.map((s) => ({
      id: `p-${s}`,
      code: `1.00000${s}`,
      name: { vi: `Thủ tục ${s}` },
      fieldId: `f-${s}`,
      seriesId: `s-${s}`,
    })),
    series: SERIES.map((s) => ({
      id: `s-${s}`,
      name: { vi: `Dãy ${s}` },
      prefix: s,
      start: 1,
      end,
      step: 1,
      padding: 4,
      dailyCap: 0,
      onExhausted,
      targetWaitMinutes: 15,
    })),
    counters: Array.from({ length: COUNTERS }, (_, i) => ({
      id: `c${i + 1}`,
      number: i + 1,
      name: { vi: `Quầy ${i + 1}` },
      zone: String(i % 6),
      series: [{ seriesId: `s-${SERIES[i % 6]}` }, { seriesId: `s-${SERIES[(i + 1) % 6]}`, weight: 2 }],
      policy: (['fifo', 'strict', 'interleave'] as const)[i % 3],
      interleaveRatio: 3,
    })),
    priorityCategories: [{ id: 'elderly', name: { vi: 'Người cao tuổi' }, requiresConfirmation: false }],
    rules: { ...DEFAULT_RULES, startOnCall: true },
  };
}

export function context(start: number): EngineContext & { now: number } {
  let n = 0;
  return { now: start, newId: () => `t${++n}`, newToken: () => `k${n}` };
}

export function issueCommand(i: number): QueueCommand {
  return {
    type: 'ticket:issue',
    procedureId: `p-${SERIES[i % SERIES.length]}`,
    priorityId: i % 10 === 3 ? 'elderly' : null,
    requestId: `r${i}`,
  };
}

function run(
  config: SiteConfig,
  state: DayState,
  ctx: EngineContext & { now: number },
  cmd: QueueCommand,
): void {
  ctx.now += 250;
  const result = execute(config, state, cmd, ctx);
  if (!result.ok) throw new Error(`${cmd.type} refused: ${result.error.code}`);
}

interface Round {
  commands: number;
  /** Wall-clock ms of the measured part. */
  ms: number;
  /** CPU ms this process spent in it (steadier than wall time on a busy machine). */
  cpuMs: number;
}

/** Times the measured part of a round. */
function timed(commands: number, body: () => void): Round {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  body();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { commands, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Repeats rounds until MIN_MS of measured time; commands per wall-clock and per CPU second. */
function measure(round: () => Round): [number, number] {
  let commands = 0;
  let ms = 0;
  let cpuMs = 0;
  while (ms < MIN_MS) {
    const r = round();
    commands += r.commands;
    ms += r.ms;
    cpuMs += r.cpuMs;
  }
  return [Math.round((commands / ms) * 1000), Math.round((commands / cpuMs) * 1000)];
}

function issueRound(config: SiteConfig, start: number): Round {
  const state = createDayState('bench', DAY);
  const ctx = context(start);
  return timed(WAITING, () => {
    for (let i = 0; i < WAITING; i++) run(config, state, ctx, issueCommand(i));
  });
}

function callNextRound(config: SiteConfig, start: number): Round {
  const state = createDayState('bench', DAY);
  const ctx = context(start);
  for (let i = 0; i < WAITING; i++) run(config, state, ctx, issueCommand(i));
  return timed(CALLS_PER_ROUND, () => {
    for (let i = 0; i < CALLS_PER_ROUND; i++) {
      run(config, state, ctx, { type: 'counter:call-next', counterId: `c${(i % COUNTERS) + 1}` });
    }
  });
}

/** A steady day: for each ticket issued one counter calls next, so about WAITING stay in line. */
function mixedRound(config: SiteConfig, start: number): Round {
  const state = createDayState('bench', DAY);
  const ctx = context(start);
  for (let i = 0; i < WAITING / 2; i++) run(config, state, ctx, issueCommand(i));
  const pairs = 2000;
  return timed(2 * pairs, () => {
    for (let i = 0; i < pairs; i++) {
      run(config, state, ctx, issueCommand(WAITING + i));
      run(config, state, ctx, { type: 'counter:call-next', counterId: `c${(i % COUNTERS) + 1}` });
    }
  });
}

/** Issues after each series' block of 999 has wrapped, with about WAITING / 2 people in line. */
function wrappedRound(config: SiteConfig, start: number): Round {
  const state = createDayState('bench', DAY);
  const ctx = context(start);
  for (let i = 0; i < 999 * SERIES.length; i++) {
    run(config, state, ctx, issueCommand(i));
    if (i >= WAITING / 2)
      run(config, state, ctx, { type: 'counter:call-next', counterId: `c${(i % COUNTERS) + 1}` });
  }
  return timed(CALLS_PER_ROUND, () => {
    for (let i = 0; i < CALLS_PER_ROUND; i++) run(config, state, ctx, issueCommand(10_000 + i));
  });
}

export async function benchEngine(): Promise<Record<string, number>> {
  const start = instantOfLocal(DAY, 7 * 60, ZONE);
  const config = benchConfig();
  // Warm the JIT before measuring.
  for (let i = 0; i < 3; i++) mixedRound(config, start);
  const wrapConfig = benchConfig(999, 'wrap');
  const figures: Record<string, number> = {};
  const cases: [string, () => Round][] = [
    ['issue', () => issueRound(config, start)],
    ['callNext', () => callNextRound(config, start)],
    ['mixed', () => mixedRound(config, start)],
    ['issueAfterWrap', () => wrappedRound(wrapConfig, start)],
  ];
  for (const [name, round] of cases) {
    const [wall, cpu] = measure(round);
    figures[`${name}PerSec`] = wall;
    figures[`${name}PerCpuSec`] = cpu;
  }
  return { ...figures, counters: COUNTERS, waitingAtFirstCall: WAITING };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchEngine();
  for (const [name, value] of Object.entries(figures))
    console.log(`${name.padEnd(24)} ${value.toLocaleString('en')}`);
}
