import { describe, expect, it } from 'vitest';
import { queueOrder, type SiteConfig } from '../../shared/domain/index.js';
import { testSiteConfig } from '../support/fixtures.js';
import { type Harness, harness, MINUTE } from '../support/engine-harness.js';

const A = 'p-khaisinh';
const B = 'p-datdai';

function orderAt(h: Harness, counterId: string): string[] {
  const counter = h.config.counters.find((c) => c.id === counterId);
  if (!counter) throw new Error(`no counter ${counterId}`);
  return queueOrder(h.config, h.state, counter, h.state.counters.get(counterId), h.ctx.now).map((t) => t.id);
}

describe('transfer to another series', () => {
  it('keeps its original place in the new line by default', () => {
    const h = harness();
    const a = h.issueAndWait(A);
    const b1 = h.issueAndWait(B);
    const b2 = h.issueAndWait(B);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b' });
    expect(h.state.pools.get('s:s-b')).toEqual([a.id, b1.id, b2.id]);
    expect(orderAt(h, 'c3')).toEqual([a.id, b1.id, b2.id]);
    expect(h.ticket(a.id)).toMatchObject({ seriesId: 's-b', status: 'waiting', displayNumber: 'A001' });
  });

  it('goes to the front of the new line with front placement', () => {
    const h = harness(testSiteConfig({ transferPlacement: 'front' }));
    const b1 = h.issueAndWait(B);
    const b2 = h.issueAndWait(B);
    const a = h.issueAndWait(A);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b' });
    expect(orderAt(h, 'c3')).toEqual([a.id, b1.id, b2.id]);
  });

  it('goes to the back of the new line with back placement', () => {
    const h = harness(testSiteConfig({ transferPlacement: 'back' }));
    const a = h.issueAndWait(A);
    const b1 = h.issueAndWait(B);
    const b2 = h.issueAndWait(B);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b' });
    expect(orderAt(h, 'c3')).toEqual([b1.id, b2.id, a.id]);
  });

  it('lets the command override the site placement rule', () => {
    const h = harness(testSiteConfig({ transferPlacement: 'front' }));
    const a = h.issueAndWait(A);
    const b1 = h.issueAndWait(B);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b', placement: 'back' });
    expect(orderAt(h, 'c3')).toEqual([b1.id, a.id]);
  });

  it('frees the counter and records the move when a ticket being served is transferred', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    const a = h.issueAndWait(A);
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b', officerId: 'u1' });
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
    expect(h.ticket(a.id)).toMatchObject({
      status: 'waiting',
      counterId: null,
      startedAt: null,
      transfers: [
        { fromSeriesId: 's-a', fromCounterId: 'c1', toSeriesId: 's-b', toCounterId: null, byOfficerId: 'u1' },
      ],
    });
    expect(h.ok({ type: 'counter:call-next', counterId: 'c3' }).ticketId).toBe(a.id);
  });

  it('keeps a called ticket ahead of later tickets when it is transferred', () => {
    const h = harness();
    const a = h.issueAndWait(A);
    const b = h.issueAndWait(B);
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b' });
    expect(orderAt(h, 'c3')).toEqual([a.id, b.id]);
  });
});

describe('transfer to a counter', () => {
  it('lets only that counter call it', () => {
    const h = harness();
    const a = h.issueAndWait(A);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'c3' });
    expect(h.ticket(a.id)).toMatchObject({ targetCounterId: 'c3', seriesId: 's-a' });
    expect(h.ok({ type: 'counter:call-next', counterId: 'c1' }).ticketId).toBeNull();
    expect(h.ok({ type: 'counter:call-next', counterId: 'c2' }).ticketId).toBeNull();
    expect(h.refused({ type: 'counter:call', counterId: 'c1', ticketId: a.id })).toBe('ticket_not_eligible');
    expect(h.ok({ type: 'counter:call-next', counterId: 'c3' }).ticketId).toBe(a.id);
    expect(h.ticket(a.id).targetCounterId).toBeNull();
  });

  it('lets that counter call it by number', () => {
    const h = harness();
    const a = h.issueAndWait(A);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'c3' });
    expect(h.ok({ type: 'counter:call', counterId: 'c3', ticketId: a.id }).ticketId).toBe(a.id);
  });

  it('places it by its original issue time among that counter’s tickets when kept', () => {
    const h = harness();
    const b1 = h.issueAndWait(B);
    const a = h.issueAndWait(A);
    const b2 = h.issueAndWait(B);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'c3' });
    expect(h.state.pools.get('c:c3')).toEqual([a.id]);
    expect(orderAt(h, 'c3')).toEqual([b1.id, a.id, b2.id]);
    expect(orderAt(h, 'c2')).toEqual([b1.id, b2.id]);
  });

  it('puts it first in that counter’s order with front placement, even beside a heavier series', () => {
    const config: SiteConfig = testSiteConfig({ starvationGuardMinutes: 0 });
    config.counters.push({
      id: 'cx',
      number: 9,
      name: { vi: 'Quầy 9' },
      zone: 'A',
      series: [{ seriesId: 's-b', weight: 3 }],
      policy: 'fifo',
    });
    const h = harness(config);
    const b1 = h.issueAndWait(B, null, 10 * MINUTE);
    const b2 = h.issueAndWait(B, null, 10 * MINUTE);
    const a = h.issueAndWait(A, null, MINUTE);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'cx', placement: 'front' });
    expect(orderAt(h, 'cx')).toEqual([a.id, b1.id, b2.id]);
    expect(h.ok({ type: 'counter:call-next', counterId: 'cx' }).ticketId).toBe(a.id);
  });

  it('puts it last in that counter’s order with back placement', () => {
    const h = harness();
    const a = h.issueAndWait(A);
    const b1 = h.issueAndWait(B);
    const b2 = h.issueAndWait(B);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'c3', placement: 'back' });
    expect(orderAt(h, 'c3')).toEqual([b1.id, b2.id, a.id]);
  });

  it('moves it into the new series pool for that counter when a series is given too', () => {
    const h = harness();
    const a = h.issueAndWait(A);
    h.ok({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'c3', toSeriesId: 's-b' });
    expect(h.ticket(a.id)).toMatchObject({ seriesId: 's-b', targetCounterId: 'c3' });
    expect(h.state.pools.get('s:s-b') ?? []).toEqual([]);
    expect(h.state.pools.get('c:c3')).toEqual([a.id]);
  });
});

describe('transfer refusals', () => {
  it('refuses a ticket that is no longer open', () => {
    const h = harness();
    const a = h.issue(A);
    h.ok({ type: 'ticket:cancel', ticketId: a.id });
    expect(h.refused({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 's-b' })).toBe('ticket_not_open');
  });

  it('refuses a transfer without a target, or to an unknown series or counter', () => {
    const h = harness();
    const a = h.issue(A);
    expect(h.refused({ type: 'ticket:transfer', ticketId: a.id })).toBe('transfer_target_invalid');
    expect(h.refused({ type: 'ticket:transfer', ticketId: a.id, toSeriesId: 'zz' })).toBe('unknown_series');
    expect(h.refused({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'zz' })).toBe('unknown_counter');
    expect(h.refused({ type: 'ticket:transfer', ticketId: 'nope', toSeriesId: 's-b' })).toBe(
      'unknown_ticket',
    );
  });

  it('refuses to send a ticket back to the counter that holds it', () => {
    const h = harness();
    const a = h.issue(A);
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.refused({ type: 'ticket:transfer', ticketId: a.id, toCounterId: 'c1' })).toBe(
      'transfer_target_invalid',
    );
  });
});
