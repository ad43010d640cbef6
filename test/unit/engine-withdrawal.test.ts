// Taking tickets out of a call or out of the queue: call withdrawal, pausing with a call pending,
// the citizen giving up, a no-show only after a recall (setting), and the finish outcome.
import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/index.js';
import { testSiteConfig } from '../support/fixtures.js';
import { harness, MINUTE } from '../support/engine-harness.js';

describe('withdrawing a call', () => {
  it('puts a called ticket back at its own place in line and frees the counter', () => {
    const h = harness();
    const first = h.issueAndWait();
    const second = h.issueAndWait();
    h.ok({ type: 'counter:call', counterId: 'c1', ticketId: second.id });
    const r = h.ok({ type: 'counter:withdraw-call', counterId: 'c1' });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:call-withdrawn']);
    expect(h.ticket(second.id)).toMatchObject({ status: 'waiting', counterId: null, calledAt: null });
    expect(h.ticket(second.id).firstCalledAt).toBeNull();
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
    expect(h.state.pools.get('s:s-a')).toEqual([first.id, second.id]);
    // The same journal rebuilds the same state.
    const again = replay(h.state.siteId, h.state.day, h.events);
    expect(again.pools.get('s:s-a')).toEqual([first.id, second.id]);
  });

  it('refuses once the citizen is being served, and when nothing was called', () => {
    const h = harness();
    expect(h.refused({ type: 'counter:withdraw-call', counterId: 'c1' })).toBe('counter_has_no_ticket');
    h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    expect(h.refused({ type: 'counter:withdraw-call', counterId: 'c1' })).toBe('ticket_not_called');
  });

  it('keeps a ticket sent to one counter for that counter', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'ticket:transfer', ticketId: t.id, toCounterId: 'c2' });
    h.ok({ type: 'counter:call', counterId: 'c2', ticketId: t.id });
    h.ok({ type: 'counter:withdraw-call', counterId: 'c2' });
    expect(h.ticket(t.id).targetCounterId).toBe('c2');
    expect(h.state.pools.get('c:c2')).toEqual([t.id]);
  });

  it('withdraws a pending call when the counter pauses, not a service under way', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    const r = h.ok({ type: 'counter:pause', counterId: 'c1', reason: 'meeting' });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:call-withdrawn', 'counter:paused']);
    expect(h.ticket(t.id).status).toBe('waiting');
    h.ok({ type: 'counter:resume', counterId: 'c1' });
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    const serving = h.ok({ type: 'counter:pause', counterId: 'c1', reason: 'meeting' });
    expect(serving.events.map((e) => e.type)).toEqual(['counter:paused']);
    expect(h.ticket(t.id).status).toBe('serving');
  });
});

describe('a citizen giving up', () => {
  it('cancels a waiting ticket, marked as the citizen’s own choice', () => {
    const h = harness();
    const t = h.issue();
    const r = h.ok({ type: 'ticket:give-up', ticketId: t.id });
    expect(r.events).toMatchObject([{ type: 'ticket:cancelled', byCitizen: true, byUserId: null }]);
    expect(h.ticket(t.id).status).toBe('cancelled');
    expect(h.state.pools.get('s:s-a')).toEqual([]);
  });

  it('refuses once the ticket was called (the counter decides then), and for unknown tickets', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.refused({ type: 'ticket:give-up', ticketId: t.id })).toBe('ticket_not_waiting');
    expect(h.refused({ type: 'ticket:give-up', ticketId: 'nope' })).toBe('unknown_ticket');
  });
});

describe('no-show only after a recall (setting)', () => {
  it('refuses a no-show before the first recall when the centre asks for one', () => {
    const config = testSiteConfig();
    config.rules = { ...config.rules, noShowAfterRecall: true };
    const h = harness(config);
    h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.refused({ type: 'counter:no-show', counterId: 'c1' })).toBe('no_show_needs_recall');
    h.advance(MINUTE);
    h.ok({ type: 'counter:recall', counterId: 'c1' });
    expect(h.ok({ type: 'counter:no-show', counterId: 'c1' }).events[0]?.type).toBe('ticket:no-show');
  });

  it('allows it at once by default', () => {
    const h = harness();
    h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.ok({ type: 'counter:no-show', counterId: 'c1' }).events[0]?.type).toBe('ticket:no-show');
  });
});

describe('finish outcome', () => {
  it('records what came of the visit on the ticket', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:finish', counterId: 'c1', outcome: 'guided' });
    expect(h.ticket(t.id).outcome).toBe('guided');
  });
});
