import { describe, expect, it } from 'vitest';
import {
  activeCountersFor,
  estimateWaitMinutes,
  meanServiceMs,
  peopleAhead,
  peopleAheadIndex,
  type Ticket,
} from '../../shared/domain/index.js';
import { testSiteConfig } from '../support/fixtures.js';
import { type Harness, harness, MINUTE } from '../support/engine-harness.js';

const A = 'p-khaisinh';
const B = 'p-datdai';

/** Serves one s-b ticket at counter c2 with a known walk and service time. */
function serveB(h: Harness, serviceMinutes: number): void {
  const t = h.issue(B);
  h.ok({ type: 'counter:call', counterId: 'c2', ticketId: t.id });
  h.advance(MINUTE);
  h.ok({ type: 'counter:start', counterId: 'c2' });
  h.advance(serviceMinutes * MINUTE);
  h.ok({ type: 'counter:finish', counterId: 'c2' });
}

function eta(h: Harness, t: Ticket): { ahead: number; minutes: number } {
  const ticket = h.ticket(t.id);
  const ahead = peopleAhead(h.config, h.state, ticket, h.ctx.now);
  return { ahead, minutes: estimateWaitMinutes(h.config, h.state, ticket, ahead) };
}

describe('mean service time', () => {
  it('uses the site default before any service is measured', () => {
    const h = harness(testSiteConfig({ defaultServiceMinutes: 7 }));
    expect(meanServiceMs(h.config, h.state, 's-b')).toBe(7 * MINUTE);
  });

  it('averages measured start-to-finish times of the series', () => {
    const h = harness();
    for (const m of [4, 6, 8]) serveB(h, m);
    expect(meanServiceMs(h.config, h.state, 's-b')).toBe(6 * MINUTE);
    expect(meanServiceMs(h.config, h.state, 's-a')).toBe(h.config.rules.defaultServiceMinutes * MINUTE);
  });

  it('uses every one of a large etaSampleSize when that many services were measured', () => {
    const h = harness(testSiteConfig({ etaSampleSize: 100 }));
    // 40 services of 2 min, then 60 of 8 min: the mean of all 100 is 5.6 min.
    for (let i = 0; i < 100; i++) serveB(h, i < 40 ? 2 : 8);
    expect(meanServiceMs(h.config, h.state, 's-b')).toBeCloseTo(((40 * 2 + 60 * 8) / 100) * MINUTE, 6);
  });

  it('uses only the most recent etaSampleSize services', () => {
    const h = harness(testSiteConfig({ etaSampleSize: 2 }));
    for (const m of [4, 6, 8]) serveB(h, m);
    expect(meanServiceMs(h.config, h.state, 's-b')).toBe(7 * MINUTE);
  });
});

describe('estimated wait', () => {
  it('estimates ceil(ahead × mean service ÷ active counters) when services were measured', () => {
    const h = harness();
    for (const m of [4, 6, 8]) serveB(h, m);
    const waiting = [h.issue(B), h.issue(B), h.issue(B), h.issue(B), h.issue(B), h.issue(B)];
    // s-b is served by c2 and c3; mean service 6 min.
    expect(activeCountersFor(h.config, h.state, h.ticket(waiting[5].id))).toBe(2);
    expect(eta(h, waiting[5])).toEqual({ ahead: 5, minutes: Math.ceil((5 * 6) / 2) });
    expect(eta(h, waiting[1])).toEqual({ ahead: 1, minutes: Math.ceil((1 * 6) / 2) });
    expect(eta(h, waiting[0])).toEqual({ ahead: 0, minutes: 0 });
  });

  it('rounds up when the estimate has a partial minute', () => {
    const h = harness();
    serveB(h, 5);
    const [, second] = [h.issue(B), h.issue(B)];
    expect(eta(h, second)).toEqual({ ahead: 1, minutes: 3 });
  });

  it('divides only by open counters when one counter of the line is paused', () => {
    const h = harness();
    for (const m of [4, 6, 8]) serveB(h, m);
    const waiting = [h.issue(B), h.issue(B), h.issue(B), h.issue(B), h.issue(B)];
    h.ok({ type: 'counter:pause', counterId: 'c3', reason: 'break' });
    expect(eta(h, waiting[4])).toEqual({ ahead: 4, minutes: 4 * 6 });
  });

  it('assumes one counter when every counter of the line is paused', () => {
    const h = harness(testSiteConfig({ defaultServiceMinutes: 5 }));
    const [, t] = [h.issue(A), h.issue(A)];
    h.ok({ type: 'counter:pause', counterId: 'c1', reason: 'break' });
    h.ok({ type: 'counter:pause', counterId: 'c2', reason: 'break' });
    expect(eta(h, t)).toEqual({ ahead: 1, minutes: 5 });
  });

  it('estimates 0 when the ticket no longer waits', () => {
    const h = harness();
    const t = h.issue(A);
    h.issue(A);
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(eta(h, t)).toEqual({ ahead: 0, minutes: 0 });
  });
});

describe('people ahead', () => {
  it('counts from the counter that reaches the ticket soonest when several serve it', () => {
    const h = harness();
    const a1 = h.issue(A);
    const a2 = h.issue(A);
    h.issue(B);
    const b2 = h.issue(B);
    // c2 serves [A, B]: a1, a2, b1, b2 → 3 ahead; c3 serves only B: b1, b2 → 1 ahead.
    expect(peopleAhead(h.config, h.state, h.ticket(b2.id), h.ctx.now)).toBe(1);
    expect(peopleAhead(h.config, h.state, h.ticket(a2.id), h.ctx.now)).toBe(1);
    expect(peopleAhead(h.config, h.state, h.ticket(a1.id), h.ctx.now)).toBe(0);
  });

  it('puts a priority ticket first when a strict counter serves its line', () => {
    const h = harness();
    for (let i = 0; i < 4; i++) h.issueAndWait(B);
    const p = h.issueAndWait(B, 'elderly');
    // c2 is strict (p first); c3 interleaves 3:1 (p fourth).
    expect(peopleAhead(h.config, h.state, h.ticket(p.id), h.ctx.now)).toBe(0);
  });

  it('ignores a paused counter while another counter of the line is open', () => {
    const h = harness();
    h.issue(A);
    h.issue(A);
    h.issue(B);
    const b2 = h.issue(B);
    h.ok({ type: 'counter:pause', counterId: 'c3', reason: 'break' });
    expect(peopleAhead(h.config, h.state, h.ticket(b2.id), h.ctx.now)).toBe(3);
    expect(peopleAheadIndex(h.config, h.state, h.ctx.now).get(b2.id)).toBe(3);
  });

  it('counts a paused counter when every counter of the line is paused', () => {
    const h = harness();
    h.issue(A);
    h.issue(B);
    const b2 = h.issue(B);
    h.ok({ type: 'counter:pause', counterId: 'c2', reason: 'break' });
    h.ok({ type: 'counter:pause', counterId: 'c3', reason: 'break' });
    // c2 order: a1, b1, b2 (2 ahead); c3 order: b1, b2 (1 ahead).
    expect(peopleAhead(h.config, h.state, h.ticket(b2.id), h.ctx.now)).toBe(1);
    expect(peopleAheadIndex(h.config, h.state, h.ctx.now).get(b2.id)).toBe(1);
  });

  it('gives every waiting ticket the same count in the index as one by one', () => {
    const h = harness();
    for (const [p, prio] of [
      [A, null],
      [B, 'elderly'],
      [B, null],
      [A, 'disabled'],
      [B, null],
      [A, null],
    ] as const) {
      h.issueAndWait(p, prio, MINUTE);
    }
    h.ok({ type: 'counter:pause', counterId: 'c3', reason: 'break' });
    const index = peopleAheadIndex(h.config, h.state, h.ctx.now);
    const oneByOne = new Map(
      [...h.state.tickets.values()].map((t) => [t.id, peopleAhead(h.config, h.state, t, h.ctx.now)]),
    );
    expect(index).toEqual(oneByOne);
  });
});
