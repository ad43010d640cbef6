import { describe, expect, it } from 'vitest';
import {
  type Counter,
  type CounterSeries,
  createDayState,
  execute,
  type OrderingPolicy,
  peopleAhead,
  pickNext,
  queueOrder,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { MONDAY_8AM, testSiteConfig } from '../support/fixtures.js';
import { drainCounter, type Harness, harness, MINUTE } from '../support/engine-harness.js';

/** The fixture with one extra counter "cx" serving the given series under the given policy. */
function withCounter(
  policy: OrderingPolicy,
  series: CounterSeries[],
  extra: Partial<Counter> = {},
  guardMinutes = 20,
): SiteConfig {
  const config = testSiteConfig({ starvationGuardMinutes: guardMinutes });
  config.counters.push({ id: 'cx', number: 9, name: { vi: 'Quầy 9' }, zone: 'A', series, policy, ...extra });
  return config;
}

const A = 'p-khaisinh';
const B = 'p-datdai';

function label(h: Harness, ids: string[]): string[] {
  return ids.map((id) => {
    const t = h.ticket(id);
    return `${t.priorityId ? 'P' : 'N'}${t.displayNumber}`;
  });
}

describe('fifo policy', () => {
  it('calls the longest wait first whether priority or not', () => {
    const h = harness();
    const n1 = h.issueAndWait(A);
    const p = h.issueAndWait(A, 'elderly');
    const n2 = h.issueAndWait(A);
    expect(drainCounter(h, 'c1')).toEqual([n1.id, p.id, n2.id]);
  });
});

describe('strict policy', () => {
  it('calls a waiting priority ticket before older normal tickets', () => {
    const h = harness();
    const n1 = h.issueAndWait(B);
    const n2 = h.issueAndWait(B);
    const p = h.issueAndWait(B, 'disabled');
    expect(drainCounter(h, 'c2')).toEqual([p.id, n1.id, n2.id]);
  });

  it('serves priority tickets among themselves in arrival order', () => {
    const h = harness();
    const p1 = h.issueAndWait(A, 'elderly');
    const p2 = h.issueAndWait(B, 'disabled');
    const p3 = h.issueAndWait(A, 'disabled');
    expect(drainCounter(h, 'c2')).toEqual([p1.id, p2.id, p3.id]);
  });
});

describe('interleave policy', () => {
  it('calls N,N,N,P with a 3:1 ratio', () => {
    const h = harness();
    h.issueAndWait(B, 'elderly');
    for (let i = 0; i < 6; i++) h.issueAndWait(B);
    h.issueAndWait(B, 'disabled');
    const order = label(h, drainCounter(h, 'c3')).map((l) => l[0]);
    expect(order).toEqual(['N', 'N', 'N', 'P', 'N', 'N', 'N', 'P']);
  });

  it('alternates N,P with a 1:1 ratio', () => {
    const h = harness(withCounter('interleave', [{ seriesId: 's-a' }], { interleaveRatio: 1 }));
    for (let i = 0; i < 3; i++) h.issueAndWait(A, 'elderly');
    for (let i = 0; i < 3; i++) h.issueAndWait(A);
    const order = label(h, drainCounter(h, 'cx')).map((l) => l[0]);
    expect(order).toEqual(['N', 'P', 'N', 'P', 'N', 'P']);
  });

  it('calls a priority ticket at once when N normals were already called before it arrived', () => {
    const h = harness();
    for (let i = 0; i < 4; i++) h.issueAndWait(B);
    for (let i = 0; i < 3; i++) {
      h.ok({ type: 'counter:call-next', counterId: 'c3' });
      h.ok({ type: 'counter:start', counterId: 'c3' });
    }
    const p = h.issueAndWait(B, 'elderly');
    expect(h.ok({ type: 'counter:call-next', counterId: 'c3' }).ticketId).toBe(p.id);
  });

  it('calls priority tickets when no normal ticket waits', () => {
    const h = harness();
    const p = h.issueAndWait(B, 'elderly');
    expect(h.ok({ type: 'counter:call-next', counterId: 'c3' }).ticketId).toBe(p.id);
  });
});

describe('multi-series counters', () => {
  it('calls the oldest eligible ticket across the series it serves', () => {
    const h = harness();
    const b1 = h.issueAndWait(B);
    const a1 = h.issueAndWait(A);
    const b2 = h.issueAndWait(B);
    expect(drainCounter(h, 'c2')).toEqual([b1.id, a1.id, b2.id]);
  });

  it('lets a heavier series win when its weighted wait is longer', () => {
    const h = harness(withCounter('fifo', [{ seriesId: 's-a' }, { seriesId: 's-b', weight: 2 }]));
    const a = h.issueAndWait(A, null, 4 * MINUTE);
    const b = h.issueAndWait(B, null, 6 * MINUTE);
    // a waited 10 min (weight 1 → 10), b waited 6 min (weight 2 → 12).
    expect(drainCounter(h, 'cx')).toEqual([b.id, a.id]);
  });

  it('breaks a tie in weighted wait by the series order of the counter', () => {
    const h = harness(withCounter('fifo', [{ seriesId: 's-b' }, { seriesId: 's-a' }]));
    const a = h.issue(A);
    const b = h.issue(B);
    expect(drainCounter(h, 'cx')).toEqual([b.id, a.id]);
  });
});

describe('starvation guard', () => {
  function starving(guardMinutes: number, waitMinutes: number): string[] {
    const h = harness(testSiteConfig({ starvationGuardMinutes: guardMinutes }));
    h.issueAndWait(B, null, 10 * MINUTE);
    h.issueAndWait(B, 'elderly', waitMinutes * MINUTE - 10 * MINUTE);
    return label(h, drainCounter(h, 'c2'));
  }

  it('lets strict priority overtake while the normal ticket has waited less than the guard', () => {
    expect(starving(20, 20 - 1 / 60)).toEqual(['P1002', 'N1001']);
  });

  it('calls the normal ticket first once it has waited the guard time', () => {
    expect(starving(20, 20)).toEqual(['N1001', 'P1002']);
  });

  it('never intervenes when the guard is 0', () => {
    expect(starving(0, 120)).toEqual(['P1002', 'N1001']);
  });

  it('still calls a priority ticket that arrived before the starving normal one', () => {
    const h = harness();
    const p = h.issueAndWait(B, 'elderly', MINUTE);
    h.issueAndWait(B, null, 30 * MINUTE);
    expect(h.ok({ type: 'counter:call-next', counterId: 'c2' }).ticketId).toBe(p.id);
  });

  it('holds interleaved priority back behind a starving normal ticket', () => {
    const h = harness();
    for (let i = 0; i < 3; i++) h.issueAndWait(B);
    for (let i = 0; i < 3; i++) {
      h.ok({ type: 'counter:call-next', counterId: 'c3' });
      h.ok({ type: 'counter:start', counterId: 'c3' });
    }
    h.ok({ type: 'counter:finish', counterId: 'c3' });
    // Three normals were just called: the ratio alone would now pick the priority ticket.
    const n = h.issueAndWait(B, null, MINUTE);
    const p = h.issueAndWait(B, 'elderly', 25 * MINUTE);
    expect(drainCounter(h, 'c3')).toEqual([n.id, p.id]);
  });

  it('keeps a later priority from overtaking a starving normal even when its series weighs more', () => {
    const h = harness(withCounter('fifo', [{ seriesId: 's-a' }, { seriesId: 's-b', weight: 3 }]));
    const n = h.issueAndWait(A, null, 12 * MINUTE);
    const p = h.issueAndWait(B, 'elderly', 9 * MINUTE);
    // n waited 21 min (≥ 20, score 21); p arrived later but scores 9 × 3 = 27.
    expect(drainCounter(h, 'cx')).toEqual([n.id, p.id]);
  });

  it('guards the oldest normal ticket even when another normal ticket weighs more', () => {
    const h = harness(withCounter('strict', [{ seriesId: 's-a' }, { seriesId: 's-b', weight: 3 }]));
    const old = h.issueAndWait(A, null, 13 * MINUTE);
    const heavy = h.issueAndWait(B, null, 2 * MINUTE);
    const p = h.issueAndWait(A, 'elderly', 6 * MINUTE);
    // old waited 21 min; heavy scores 8 × 3 = 24 and is the best normal; p came after old.
    const first = h.ok({ type: 'counter:call-next', counterId: 'cx' }).ticketId;
    expect(first).not.toBe(p.id);
    h.ok({ type: 'counter:start', counterId: 'cx' });
    expect([first, ...drainCounter(h, 'cx')]).toEqual([heavy.id, old.id, p.id]);
  });
});

describe('queue order', () => {
  const cases: [string, SiteConfig, string][] = [
    ['fifo', testSiteConfig(), 'c1'],
    ['strict', testSiteConfig(), 'c2'],
    ['interleave', testSiteConfig(), 'c3'],
    ['weighted strict', withCounter('strict', [{ seriesId: 's-a', weight: 2 }, { seriesId: 's-b' }]), 'cx'],
  ];

  it.each(cases)('matches the successive call-next choices under %s', (_name, config, counterId) => {
    const h = harness(config);
    const kinds: [string, string | null][] = [
      [A, null],
      [B, null],
      [A, 'elderly'],
      [B, null],
      [B, 'disabled'],
      [A, null],
      [A, null],
      [B, 'elderly'],
      [B, null],
    ];
    for (const [procedureId, priorityId] of kinds) h.issueAndWait(procedureId, priorityId, 3 * MINUTE);
    const counter = h.config.counters.find((c) => c.id === counterId);
    if (!counter) throw new Error('no counter');
    const order = queueOrder(h.config, h.state, counter, h.state.counters.get(counterId), h.ctx.now);
    const next = pickNext(h.config, h.state, counter, h.state.counters.get(counterId), h.ctx.now);
    expect(next?.id).toBe(order[0]?.id);
    expect(drainCounter(h, counterId)).toEqual(order.map((t) => t.id));
    expect(order.length).toBeGreaterThan(0);
  });
});

describe('tickets issued in the same millisecond', () => {
  it('are called in the order they were issued, whatever their ids', () => {
    const config = testSiteConfig();
    const state = createDayState('site-a', '2026-03-02');
    const ids = ['zz', 'mm', 'aa'];
    const ctx = { now: MONDAY_8AM, newId: () => ids.shift() ?? 'x', newToken: () => 'tok-0123456789abcdef' };
    for (let i = 0; i < 3; i++)
      execute(config, state, { type: 'ticket:issue', procedureId: 'p-khaisinh' }, ctx);
    const called: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = execute(config, state, { type: 'counter:call-next', counterId: 'c1' }, ctx);
      if (r.ok && r.ticketId) called.push(state.tickets.get(r.ticketId)?.displayNumber ?? '');
      execute(config, state, { type: 'counter:start', counterId: 'c1' }, ctx);
    }
    expect(called).toEqual(['A001', 'A002', 'A003']);
  });
});

describe('people ahead when a priority ticket arrived in the same millisecond', () => {
  it('agrees with the call order when the guard keeps the priority ticket behind', () => {
    const config = testSiteConfig({ starvationGuardMinutes: 4 });
    const state = createDayState('site-a', '2026-03-02');
    let n = 0;
    const ctx = { now: MONDAY_8AM, newId: () => `t${++n}`, newToken: () => 'tok-0123456789abcdef' };
    execute(config, state, { type: 'ticket:issue', procedureId: 'p-datdai' }, ctx);
    execute(config, state, { type: 'ticket:issue', procedureId: 'p-khaisinh', priorityId: 'elderly' }, ctx);
    execute(config, state, { type: 'counter:pause', counterId: 'c3', reason: 'lunch' }, ctx);
    ctx.now += 10 * 60_000;
    const c2 = config.counters.find((c) => c.id === 'c2');
    const normal = state.tickets.get('t1');
    if (!c2 || !normal) throw new Error('fixture changed');
    const order = queueOrder(config, state, c2, undefined, ctx.now).map((t) => t.id);
    expect(order).toEqual(['t1', 't2']);
    expect(peopleAhead(config, state, normal, ctx.now)).toBe(0);
  });
});
