import { describe, expect, it } from 'vitest';
import {
  applyEvent,
  blockSize,
  closeDayEvents,
  createDayState,
  execute,
  formatDisplayNumber,
  type Series,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { addDays, nextLocalMidnight } from '../../shared/i18n/time.js';
import { testContext, testSiteConfig } from '../support/fixtures.js';
import { type Harness, harness } from '../support/engine-harness.js';

const A = 'p-khaisinh';
const B = 'p-datdai';

function withSeries(id: 's-a' | 's-b', patch: Partial<Series>): SiteConfig {
  const config = testSiteConfig();
  config.series = config.series.map((s) => (s.id === id ? { ...s, ...patch } : s));
  return config;
}

function issueMany(h: Harness, procedureId: string, n: number): string[] {
  const numbers: string[] = [];
  for (let i = 0; i < n; i++) numbers.push(h.issue(procedureId).displayNumber);
  return numbers;
}

/** Calls a specific ticket at counter c2 (which serves both series) and finishes it. */
function serve(h: Harness, ticketId: string): void {
  h.ok({ type: 'counter:call', counterId: 'c2', ticketId });
  h.ok({ type: 'counter:finish', counterId: 'c2' });
}

describe('display numbers', () => {
  it('uses the letter prefix and padding when the series has a prefix', () => {
    expect(issueMany(harness(), A, 3)).toEqual(['A001', 'A002', 'A003']);
  });

  it('counts through a numeric block when the series has no prefix', () => {
    expect(issueMany(harness(), B, 3)).toEqual(['1001', '1002', '1003']);
  });

  it('moves by the step of the series', () => {
    expect(issueMany(harness(withSeries('s-b', { step: 5 })), B, 3)).toEqual(['1001', '1006', '1011']);
  });

  it('pads the number part to the configured width', () => {
    expect(issueMany(harness(withSeries('s-b', { padding: 6 })), B, 2)).toEqual(['001001', '001002']);
    expect(issueMany(harness(withSeries('s-a', { padding: 1 })), A, 1)).toEqual(['A1']);
  });

  it('numbers each series on its own when several are issued', () => {
    const h = harness();
    expect([h.issue(A), h.issue(B), h.issue(A)].map((t) => t.displayNumber)).toEqual([
      'A001',
      '1001',
      'A002',
    ]);
  });

  it('sizes a block by its step when the step is above 1', () => {
    const series = withSeries('s-b', { start: 1001, end: 1999, step: 2 }).series[1];
    expect(blockSize(series)).toBe(500);
    expect(formatDisplayNumber(series, 1999)).toBe('1999');
  });
});

describe('daily cap', () => {
  it('refuses the 201st ticket when the cap is 200', () => {
    const h = harness(withSeries('s-a', { dailyCap: 200 }));
    const numbers = issueMany(h, A, 200);
    expect(new Set(numbers).size).toBe(200);
    expect(numbers.at(-1)).toBe('A200');
    const r = h.run({ type: 'ticket:issue', procedureId: A });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'series_daily_cap_reached', details: { cap: 200 } });
    expect(h.state.tickets.size).toBe(200);
  });

  it('points a capped series to the next day rather than to now', () => {
    const h = harness(withSeries('s-a', { dailyCap: 1 }));
    h.issue(A);
    const r = h.run({ type: 'ticket:issue', procedureId: A });
    const next = r.ok ? null : r.error.details?.nextOpening;
    expect(next).toBe(nextLocalMidnight(h.ctx.now, 'Asia/Ho_Chi_Minh'));
  });

  it('keeps issuing other series when one series reaches its cap', () => {
    const h = harness(withSeries('s-a', { dailyCap: 1 }));
    h.issue(A);
    expect(h.refused({ type: 'ticket:issue', procedureId: A })).toBe('series_daily_cap_reached');
    expect(h.issue(B).displayNumber).toBe('1001');
  });

  it('counts cancelled and served tickets against the cap', () => {
    const h = harness(withSeries('s-a', { dailyCap: 2 }));
    const t = h.issue(A);
    h.ok({ type: 'ticket:cancel', ticketId: t.id });
    serve(h, h.issue(A).id);
    expect(h.refused({ type: 'ticket:issue', procedureId: A })).toBe('series_daily_cap_reached');
  });
});

describe('exhausted block', () => {
  it('refuses when the block is used up and the series refuses', () => {
    const h = harness(withSeries('s-a', { start: 1, end: 3, onExhausted: 'refuse' }));
    const tickets = [h.issue(A), h.issue(A), h.issue(A)];
    for (const t of tickets) serve(h, t.id);
    expect(h.refused({ type: 'ticket:issue', procedureId: A })).toBe('series_exhausted');
  });

  it('hands out 1001 to 1999 and then refuses when the numeric block is used up', () => {
    const h = harness();
    const numbers = issueMany(h, B, 999);
    expect([numbers[0], numbers[998], new Set(numbers).size]).toEqual(['1001', '1999', 999]);
    expect(h.refused({ type: 'ticket:issue', procedureId: B })).toBe('series_exhausted');
  });

  it('wraps to the start and skips numbers still open when the series wraps', () => {
    const h = harness(withSeries('s-a', { start: 1, end: 3, onExhausted: 'wrap' }));
    const [a1, , a3] = [h.issue(A), h.issue(A), h.issue(A)];
    serve(h, a1.id);
    h.ok({ type: 'ticket:cancel', ticketId: a3.id });
    const wrapped = [h.issue(A), h.issue(A)];
    expect(wrapped.map((t) => t.displayNumber)).toEqual(['A001', 'A003']);
    expect(wrapped.map((t) => t.issueIndex)).toEqual([4, 5]);
    expect(h.refused({ type: 'ticket:issue', procedureId: A })).toBe('series_exhausted');
  });

  it('wraps with a step and reuses only numbers of the block', () => {
    const h = harness(withSeries('s-b', { start: 1001, end: 1005, step: 2, onExhausted: 'wrap' }));
    const first = [h.issue(B), h.issue(B), h.issue(B)];
    expect(first.map((t) => t.displayNumber)).toEqual(['1001', '1003', '1005']);
    serve(h, first[1].id);
    expect(h.issue(B).displayNumber).toBe('1003');
  });

  it('does not reuse the number of a ticket transferred to another series while it is open', () => {
    const h = harness(withSeries('s-a', { start: 1, end: 3, onExhausted: 'wrap' }));
    const [a1, a2, a3] = [h.issue(A), h.issue(A), h.issue(A)];
    h.ok({ type: 'ticket:transfer', ticketId: a2.id, toSeriesId: 's-b' });
    serve(h, a1.id);
    serve(h, a3.id);
    const wrapped = [h.issue(A), h.issue(A)];
    expect(wrapped.map((t) => t.displayNumber)).toEqual(['A001', 'A003']);
    expect(h.ticket(a2.id).status).toBe('waiting');
  });
});

describe('daily reset', () => {
  it('restarts numbering at the first number of the block on a new day', () => {
    const config = testSiteConfig();
    const h = harness(config);
    issueMany(h, A, 5);
    for (const e of closeDayEvents(h.state, h.ctx.now)) applyEvent(h.state, e);
    const ctx = testContext(h.ctx.now + 24 * 3_600_000);
    const next = createDayState('site-a', addDays(h.state.day, 1), h.state.seq);
    const r = execute(config, next, { type: 'ticket:issue', procedureId: A }, ctx);
    const t = r.ok && r.ticketId ? next.tickets.get(r.ticketId) : undefined;
    expect(t).toMatchObject({ displayNumber: 'A001', issueIndex: 1, day: '2026-03-03' });
  });
});
