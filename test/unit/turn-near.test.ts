// ticket.turn-near in a long day, judged after every journal event against the full
// recomputation: every counter's whole call order (ordering.ts queueOrder), each waiting ticket's
// people ahead taken from them the slow, obvious way. The deriver finds the same tickets (in the
// same order, with the same figures) from the heads of the queue index only.
import { describe, expect, it } from 'vitest';
import { OutboundDeriver } from '../../server/integrations/outbound-events.js';
import {
  applyEvent,
  countersFor,
  createDayState,
  type DayState,
  decide,
  type QueueEvent,
  queueOrder,
  type SiteConfig,
  type Ticket,
} from '../../shared/domain/index.js';
import { type Step, toCommand } from '../support/engine-commands.js';
import { testContext, testSiteConfig, zoneBCounter } from '../support/fixtures.js';

/** The journal events after which the deriver looks for tickets near their turn (its rule). */
const LOOKS_AFTER = new Set<QueueEvent['type']>([
  'ticket:issued',
  'ticket:called',
  'ticket:cancelled',
  'ticket:transferred',
  'ticket:visit-advanced',
  'ticket:call-withdrawn',
  'ticket:reactivated',
  'counter:resumed',
]);

/** Seven counters of every policy, one weighted, a twin pair, and a retired one. */
function centre(guardMinutes: number): SiteConfig {
  const config = testSiteConfig({ starvationGuardMinutes: guardMinutes, transferPlacement: 'keep' });
  config.series = config.series.map((s) => ({ ...s, end: s.start + 5000 }));
  const more: SiteConfig['counters'] = [
    zoneBCounter('cx', 4, { series: [{ seriesId: 's-b' }, { seriesId: 's-a', weight: 2 }], policy: 'fifo' }),
    zoneBCounter('cy', 5, {
      series: [{ seriesId: 's-a' }, { seriesId: 's-b' }],
      policy: 'interleave',
      interleaveRatio: 2,
    }),
    // A twin of cy: the same call order, but its own interleave count.
    zoneBCounter('cw', 8, {
      series: [{ seriesId: 's-a' }, { seriesId: 's-b' }],
      policy: 'interleave',
      interleaveRatio: 2,
    }),
    zoneBCounter('cz', 6, { series: [{ seriesId: 's-b' }], policy: 'interleave', interleaveRatio: 3 }),
    zoneBCounter('cr', 7, { series: [{ seriesId: 's-a' }], policy: 'fifo', retired: true }),
  ];
  config.counters.push(...more);
  return config;
}

const COUNTERS = ['c1', 'c2', 'c3', 'cx', 'cy', 'cw', 'cz'];

/** A small deterministic generator (mulberry32): the same day on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A step of a busy day: mostly issues while the queue builds, then mostly service. */
function nextStep(rnd: () => number, building: boolean): Step {
  const counter = COUNTERS[Math.floor(rnd() * COUNTERS.length)];
  const ticket = Math.floor(rnd() * 1000);
  const r = rnd();
  if (r < (building ? 0.75 : 0.15)) {
    return {
      kind: 'issue',
      procedure: Math.floor(rnd() * 3),
      priority: rnd() < 0.2 ? (rnd() < 0.5 ? 'elderly' : 'disabled') : null,
      requestId: null,
    };
  }
  const s = rnd();
  if (s < 0.45) return { kind: 'call-next', counter };
  if (s < 0.75) return { kind: 'start', counter };
  if (s < 0.8) return { kind: 'finish', counter, handled: false, note: false };
  if (s < 0.83) return { kind: 'no-show', counter };
  if (s < 0.86) return { kind: 'call', counter, ticket };
  if (s < 0.89) return { kind: rnd() < 0.5 ? 'cancel' : 'reactivate', ticket };
  if (s < 0.95) {
    return {
      kind: 'transfer',
      ticket,
      toSeries: rnd() < 0.5 ? Math.floor(rnd() * 2) : null,
      toCounter: rnd() < 0.4 ? counter : null,
      placement: (['keep', 'front', 'back', null] as const)[Math.floor(rnd() * 4)],
    };
  }
  // Pauses are short: a counter resumes more often than it stops.
  return { kind: rnd() < 0.35 ? 'pause' : 'resume', counter };
}

interface Near {
  id: string;
  ahead: number;
}

/**
 * People ahead of every waiting ticket by the full recomputation: its place in the whole call
 * order of each counter that may call it, the lowest among open counters (among all of them when
 * every one is paused). Missing: no counter may call it.
 */
function fullAhead(config: SiteConfig, state: DayState, now: number): Map<string, number> {
  const orders = new Map<string, string[]>();
  for (const counter of config.counters) {
    if (counter.retired) continue;
    const order = queueOrder(config, state, counter, state.counters.get(counter.id), now);
    orders.set(
      counter.id,
      order.map((t) => t.id),
    );
  }
  const ahead = new Map<string, number>();
  for (const t of state.tickets.values()) {
    if (t.status !== 'waiting') continue;
    const eligible = countersFor(config, t);
    const open = eligible.filter((c) => !state.counters.get(c.id)?.paused);
    let best = Number.POSITIVE_INFINITY;
    for (const c of open.length > 0 ? open : eligible) {
      const i = orders.get(c.id)?.indexOf(t.id) ?? -1;
      if (i >= 0) best = Math.min(best, i);
    }
    if (Number.isFinite(best)) ahead.set(t.id, best);
  }
  return ahead;
}

/** What the oracle expects after one event: not yet told, at most n ahead, nearest first. */
function expectedNear(
  config: SiteConfig,
  state: DayState,
  now: number,
  n: number,
  told: Set<string>,
): Near[] {
  const found: { t: Ticket; ahead: number }[] = [];
  for (const [id, ahead] of fullAhead(config, state, now)) {
    const t = state.tickets.get(id);
    if (t && ahead <= n && !told.has(id)) found.push({ t, ahead });
  }
  found.sort((a, b) => a.ahead - b.ahead || a.t.issuedAt - b.t.issuedAt || a.t.id.localeCompare(b.t.id));
  for (const { t } of found) told.add(t.id);
  return found.map(({ t, ahead }) => ({ id: t.id, ahead }));
}

interface DayFigures {
  events: number;
  told: number;
  maxWaiting: number;
  maxPriorityWaiting: number;
  pausedCounterEvents: number;
  /** Tickets told while every counter that may call them was paused. */
  toldViaPaused: number;
}

/** A whole day of `steps` commands, the deriver checked against the oracle after every event. */
function runDay(config: SiteConfig, n: number, steps: number, seed: number): DayFigures {
  const rnd = random(seed);
  const ctx = testContext();
  const state = createDayState(config.site.id, '2026-03-02');
  const deriver = new OutboundDeriver(
    config.site.id,
    state.day,
    () => config,
    () => ({ turnNearAhead: n }),
  );
  const told = new Set<string>();
  const figures: DayFigures = {
    events: 0,
    told: 0,
    maxWaiting: 0,
    maxPriorityWaiting: 0,
    pausedCounterEvents: 0,
    toldViaPaused: 0,
  };
  for (let i = 0; i < steps; i++) {
    ctx.advance(Math.floor(rnd() * 12_000));
    const cmd = toCommand(state, nextStep(rnd, i < steps * 0.4));
    const decision = decide(config, state, cmd, ctx);
    if (!decision.ok) continue;
    for (const event of decision.events) {
      applyEvent(state, event);
      const derived = deriver.next(event);
      const got = derived
        .filter((o) => o.type === 'ticket.turn-near')
        .map((o) => ({ id: String(o.data.ticketId), ahead: Number(o.data.ahead) }));
      const want = LOOKS_AFTER.has(event.type) ? expectedNear(config, state, event.at, n, told) : [];
      expect(got, `turn-near after seq ${state.seq} (${event.type})`).toEqual(want);
      figures.events += 1;
      figures.told += got.length;
      for (const { id } of got) {
        const t = state.tickets.get(id);
        const counters = t ? countersFor(config, t) : [];
        if (counters.every((c) => state.counters.get(c.id)?.paused)) figures.toldViaPaused += 1;
      }
      const waiting = [...state.tickets.values()].filter((t) => t.status === 'waiting');
      figures.maxWaiting = Math.max(figures.maxWaiting, waiting.length);
      figures.maxPriorityWaiting = Math.max(
        figures.maxPriorityWaiting,
        waiting.filter((t) => t.priorityId).length,
      );
      if ([...state.counters.values()].some((c) => c.paused)) figures.pausedCounterEvents += 1;
    }
  }
  return figures;
}

describe('turn-near in a long queue', () => {
  it.each([
    ['a 20-minute starvation guard, 3 ahead', 20, 3, 11],
    ['no starvation guard, 10 ahead', 0, 10, 12],
  ])(
    'tells exactly the tickets the full recomputation names, with %s',
    { timeout: 120_000 },
    (_name, guard, n, seed) => {
      const figures = runDay(centre(guard), n, 2500, seed);
      // The day was long and mixed enough to mean something.
      expect(figures.maxWaiting).toBeGreaterThanOrEqual(300);
      expect(figures.maxPriorityWaiting).toBeGreaterThanOrEqual(30);
      expect(figures.pausedCounterEvents).toBeGreaterThan(100);
      expect(figures.told).toBeGreaterThanOrEqual(150);
      expect(figures.toldViaPaused).toBeGreaterThanOrEqual(1);
    },
  );
});
