import { describe, expect, it } from 'vitest';
import { applyEvent, closeDayEvents, eventTicketId, ticketDurations } from '../../shared/domain/index.js';
import { testSiteConfig } from '../support/fixtures.js';
import { harness, MINUTE } from '../support/engine-harness.js';

describe('issue', () => {
  it('creates a waiting ticket in its series pool when a procedure is chosen', () => {
    const h = harness();
    const t = h.issue('p-khaisinh');
    expect(t).toMatchObject({ status: 'waiting', seriesId: 's-a', displayNumber: 'A001', issueIndex: 1 });
    expect(h.state.pools.get('s:s-a')).toEqual([t.id]);
    expect(h.state.byStatusToken.get(t.statusToken)).toBe(t.id);
  });

  it('returns the same ticket and makes no second number when a requestId is retried', () => {
    const h = harness();
    const first = h.ok({ type: 'ticket:issue', procedureId: 'p-khaisinh', requestId: 'req-1' });
    const again = h.ok({ type: 'ticket:issue', procedureId: 'p-khaisinh', requestId: 'req-1' });
    expect(again.ticketId).toBe(first.ticketId);
    expect(again.events).toEqual([]);
    expect(h.state.tickets.size).toBe(1);
    expect(h.issue().displayNumber).toBe('A002');
  });

  it('marks a kiosk priority ticket to be confirmed when its category requires it', () => {
    const h = harness();
    expect(h.issue('p-khaisinh', 'elderly').priorityToConfirm).toBe(true);
    expect(h.issue('p-khaisinh', 'disabled').priorityToConfirm).toBe(false);
  });

  it('refuses with a clear code when the procedure or priority is unknown', () => {
    const h = harness();
    expect(h.refused({ type: 'ticket:issue', procedureId: 'nope' })).toBe('unknown_procedure');
    expect(h.refused({ type: 'ticket:issue', procedureId: 'p-khaisinh', priorityId: 'vip' })).toBe(
      'unknown_priority',
    );
    expect(h.state.tickets.size).toBe(0);
  });
});

describe('call, recall, start, finish', () => {
  it('moves the ticket to called and gives it to the counter when call-next finds one', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    const t = h.issue();
    const r = h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(r.ticketId).toBe(t.id);
    expect(h.ticket(t.id)).toMatchObject({ status: 'called', counterId: 'c1', officerId: 'u1' });
    expect(h.state.counters.get('c1')?.currentTicketId).toBe(t.id);
    expect(h.state.pools.get('s:s-a')).toEqual([]);
  });

  it('returns no ticket and no event when call-next finds nobody waiting', () => {
    const h = harness();
    const r = h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(r.ticketId).toBeNull();
    expect(r.events).toEqual([]);
  });

  it('starts service at once when rules.startOnCall is set', () => {
    const h = harness(testSiteConfig({ startOnCall: true }));
    const t = h.issue();
    const r = h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:called', 'ticket:started']);
    expect(h.ticket(t.id).status).toBe('serving');
  });

  it('re-announces on recall until the recall limit, then refuses', () => {
    const h = harness(testSiteConfig({ recallLimit: 2 }));
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.ok({ type: 'counter:recall', counterId: 'c1' }).events[0]?.type).toBe('ticket:recalled');
    h.ok({ type: 'counter:recall', counterId: 'c1' });
    expect(h.ticket(t.id).recallCount).toBe(2);
    expect(h.refused({ type: 'counter:recall', counterId: 'c1' })).toBe('recall_limit_reached');
  });

  it('refuses recall when the counter holds no ticket', () => {
    const h = harness();
    expect(h.refused({ type: 'counter:recall', counterId: 'c1' })).toBe('counter_has_no_ticket');
  });

  it('moves a called ticket to serving on start and refuses a second start', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    expect(h.ticket(t.id).status).toBe('serving');
    expect(h.refused({ type: 'counter:start', counterId: 'c1' })).toBe('ticket_not_called');
  });

  it('records the handled procedure and note and frees the counter when finished', () => {
    const h = harness();
    const t = h.issue('p-khaisinh');
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    h.ok({ type: 'counter:finish', counterId: 'c1', handledProcedureId: 'p-kethon', note: 'đủ hồ sơ' });
    expect(h.ticket(t.id)).toMatchObject({
      status: 'done',
      handledProcedureId: 'p-kethon',
      note: 'đủ hồ sơ',
    });
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
  });

  it('refuses a finish naming an unknown procedure', () => {
    const h = harness();
    h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.refused({ type: 'counter:finish', counterId: 'c1', handledProcedureId: 'x' })).toBe(
      'unknown_procedure',
    );
  });

  it('starts then finishes when finish is pressed on a called ticket', () => {
    const h = harness();
    h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    const r = h.ok({ type: 'counter:finish', counterId: 'c1' });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:started', 'ticket:finished']);
  });

  it('finishes the current ticket first when call-next is pressed while serving', () => {
    const h = harness();
    const a = h.issue();
    const b = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    const r = h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(r.events.map((e) => e.type)).toEqual(['ticket:finished', 'ticket:called']);
    expect(h.ticket(a.id).status).toBe('done');
    expect(h.ticket(b.id).status).toBe('called');
  });

  it('refuses call-next with counter_busy while the current ticket is called but not started', () => {
    const h = harness();
    const a = h.issue();
    const b = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    const seq = h.state.seq;
    expect(h.refused({ type: 'counter:call-next', counterId: 'c1' })).toBe('counter_busy');
    expect(h.refused({ type: 'counter:call', counterId: 'c1', ticketId: b.id })).toBe('counter_busy');
    expect(h.state.seq).toBe(seq);
    expect(h.ticket(a.id).status).toBe('called');
    expect(h.ticket(b.id).status).toBe('waiting');
  });

  it('calls a specific waiting ticket out of turn when asked', () => {
    const h = harness();
    h.issue();
    const b = h.issue();
    const r = h.ok({ type: 'counter:call', counterId: 'c1', ticketId: b.id });
    expect(r.ticketId).toBe(b.id);
    expect(r.events[0]).toMatchObject({ type: 'ticket:called', next: false });
  });

  it('refuses to call a specific ticket that is not waiting or that the counter does not serve', () => {
    const h = harness();
    const a = h.issue('p-khaisinh');
    const land = h.issue('p-datdai');
    h.ok({ type: 'counter:call-next', counterId: 'c2' });
    h.ok({ type: 'counter:start', counterId: 'c2' });
    expect(h.refused({ type: 'counter:call', counterId: 'c1', ticketId: a.id })).toBe('ticket_not_waiting');
    expect(h.refused({ type: 'counter:call', counterId: 'c1', ticketId: land.id })).toBe(
      'ticket_not_eligible',
    );
    expect(h.refused({ type: 'counter:call', counterId: 'c1', ticketId: 'nope' })).toBe('unknown_ticket');
  });

  it('refuses a counter that does not exist or is retired', () => {
    const config = testSiteConfig();
    config.counters[0] = { ...config.counters[0], retired: true };
    const h = harness(config);
    h.issue();
    expect(h.refused({ type: 'counter:call-next', counterId: 'c1' })).toBe('unknown_counter');
    expect(h.refused({ type: 'counter:call-next', counterId: 'c9' })).toBe('unknown_counter');
  });
});

describe('no-show and reactivation', () => {
  it('marks a called ticket no_show and frees the counter', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:no-show', counterId: 'c1' });
    expect(h.ticket(t.id).status).toBe('no_show');
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
  });

  it('refuses no-show when the ticket is already being served', () => {
    const h = harness();
    h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    expect(h.refused({ type: 'counter:no-show', counterId: 'c1' })).toBe('ticket_not_called');
  });

  it('puts a no-show back in line when reactivated within the window', () => {
    const h = harness(testSiteConfig({ noShowReactivateMinutes: 10 }));
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:no-show', counterId: 'c1' });
    h.advance(10 * MINUTE);
    h.ok({ type: 'ticket:reactivate', ticketId: t.id });
    expect(h.ticket(t.id)).toMatchObject({ status: 'waiting', counterId: null, endedAt: null });
    expect(h.ok({ type: 'counter:call-next', counterId: 'c1' }).ticketId).toBe(t.id);
  });

  it('refuses reactivation after the window or for a ticket that is not a no-show', () => {
    const h = harness(testSiteConfig({ noShowReactivateMinutes: 10 }));
    const t = h.issue();
    const other = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:no-show', counterId: 'c1' });
    h.advance(10 * MINUTE + 1);
    expect(h.refused({ type: 'ticket:reactivate', ticketId: t.id })).toBe('reactivate_window_passed');
    expect(h.refused({ type: 'ticket:reactivate', ticketId: other.id })).toBe('ticket_not_no_show');
  });
});

describe('cancel', () => {
  it('cancels a waiting ticket and removes it from its pool', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'ticket:cancel', ticketId: t.id });
    expect(h.ticket(t.id).status).toBe('cancelled');
    expect(h.state.pools.get('s:s-a')).toEqual([]);
  });

  it('cancels a called ticket and frees its counter', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'ticket:cancel', ticketId: t.id });
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
  });

  it('refuses to cancel a ticket being served', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    expect(h.refused({ type: 'ticket:cancel', ticketId: t.id })).toBe('ticket_not_open');
  });
});

describe('pause and resume', () => {
  it('gives a paused counter nothing and keeps its reason', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:pause', counterId: 'c1', reason: 'break', note: 'ăn trưa' });
    expect(h.state.counters.get('c1')?.paused).toMatchObject({ reason: 'break', note: 'ăn trưa' });
    expect(h.refused({ type: 'counter:call-next', counterId: 'c1' })).toBe('counter_paused');
    expect(h.refused({ type: 'counter:call', counterId: 'c1', ticketId: t.id })).toBe('counter_paused');
    expect(h.refused({ type: 'counter:pause', counterId: 'c1', reason: 'again' })).toBe('counter_paused');
    h.ok({ type: 'counter:resume', counterId: 'c1' });
    expect(h.ok({ type: 'counter:call-next', counterId: 'c1' }).ticketId).toBe(t.id);
  });

  it('refuses resume when the counter is not paused', () => {
    const h = harness();
    expect(h.refused({ type: 'counter:resume', counterId: 'c1' })).toBe('counter_not_paused');
  });
});

describe('sign-in', () => {
  it('refuses a second officer on a held counter and names the holder', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    const r = h.run({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u2' });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'counter_occupied', details: { officerId: 'u1' } });
    expect(h.state.counters.get('c1')?.officerId).toBe('u1');
  });

  it('lets a manager take over a held counter', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    const r = h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'boss', takeOver: true });
    expect(r.events.map((e) => e.type)).toEqual(['counter:signed-out', 'counter:signed-in']);
    expect(h.state.counters.get('c1')?.officerId).toBe('boss');
  });

  it('does nothing when the holder signs in again', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    expect(h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' }).events).toEqual([]);
  });

  it('signs an officer out of the old counter with an event when they sign in elsewhere', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    const r = h.ok({ type: 'counter:sign-in', counterId: 'c2', officerId: 'u1' });
    expect(r.events).toMatchObject([
      { type: 'counter:signed-out', counterId: 'c1', officerId: 'u1' },
      { type: 'counter:signed-in', counterId: 'c2', officerId: 'u1' },
    ]);
    expect(h.state.counters.get('c1')?.officerId).toBeNull();
  });

  it('refuses sign-out by an officer who does not hold the counter', () => {
    const h = harness();
    h.ok({ type: 'counter:sign-in', counterId: 'c1', officerId: 'u1' });
    expect(h.refused({ type: 'counter:sign-out', counterId: 'c1', officerId: 'u2' })).toBe(
      'counter_not_signed_in',
    );
    h.ok({ type: 'counter:sign-out', counterId: 'c1', officerId: 'u1' });
    expect(h.state.counters.get('c1')?.officerId).toBeNull();
  });
});

describe('rating', () => {
  function servedTicket() {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:finish', counterId: 'c1' });
    return { h, t };
  }

  it('accepts one rating per done ticket', () => {
    const { h, t } = servedTicket();
    h.ok({ type: 'ticket:rate', ticketId: t.id, level: 1, scale: 3, reasons: ['slow'], via: 'phone' });
    expect(h.ticket(t.id).rating).toMatchObject({ level: 1, scale: 3, reasons: ['slow'], via: 'phone' });
    expect(h.refused({ type: 'ticket:rate', ticketId: t.id, level: 3, scale: 3, via: 'counter' })).toBe(
      'already_rated',
    );
  });

  it('refuses a rating before the ticket is done', () => {
    const h = harness();
    const t = h.issue();
    expect(h.refused({ type: 'ticket:rate', ticketId: t.id, level: 3, scale: 3, via: 'phone' })).toBe(
      'ticket_not_done',
    );
  });

  it.each([
    [3, 3, true],
    [4, 4, true],
    [5, 5, true],
    [1, 5, true],
    [0, 3, false],
    [4, 3, false],
    [2, 2, false],
    [6, 6, false],
    [2.5, 5, false],
  ])('accepts level %s on scale %s only when valid (%s)', (level, scale, valid) => {
    const { h, t } = servedTicket();
    const r = h.run({ type: 'ticket:rate', ticketId: t.id, level, scale, via: 'counter' });
    expect(r.ok ? 'ok' : r.error.code).toBe(valid ? 'ok' : 'rating_invalid');
  });
});

describe('durations', () => {
  it('measures wait, walk, service and total from the ticket timestamps', () => {
    const h = harness();
    const t = h.issue();
    h.advance(7 * MINUTE);
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.advance(MINUTE);
    h.ok({ type: 'counter:recall', counterId: 'c1' });
    h.advance(MINUTE);
    h.ok({ type: 'counter:start', counterId: 'c1' });
    h.advance(5 * MINUTE);
    h.ok({ type: 'counter:finish', counterId: 'c1' });
    expect(ticketDurations(h.ticket(t.id))).toEqual({
      wait: 7 * MINUTE,
      walk: 2 * MINUTE,
      service: 5 * MINUTE,
      total: 14 * MINUTE,
    });
  });

  it('leaves unreached durations null while the ticket waits', () => {
    const h = harness();
    const t = h.issue();
    expect(ticketDurations(h.ticket(t.id))).toEqual({ wait: null, walk: null, service: null, total: null });
  });
});

describe('closing the day', () => {
  it('expires every open ticket and frees the counters', () => {
    const h = harness();
    const waiting = h.issue();
    const served = h.issue();
    h.ok({ type: 'counter:call', counterId: 'c1', ticketId: served.id });
    const events = closeDayEvents(h.state, h.ctx.now);
    const expired = events.filter((e) => e.type === 'ticket:expired').map(eventTicketId);
    expect(expired).toEqual([waiting.id, served.id]);
    for (const e of events) applyEvent(h.state, e);
    expect(h.ticket(waiting.id).status).toBe('expired');
    expect(h.ticket(served.id).status).toBe('expired');
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
    expect(h.state.pools.get('s:s-a')).toEqual([]);
    expect(events.at(-1)).toMatchObject({ type: 'day:closed', day: '2026-03-02' });
  });

  it('yields nothing new when the day is closed a second time', () => {
    const h = harness();
    h.issue();
    for (const e of closeDayEvents(h.state, h.ctx.now)) applyEvent(h.state, e);
    expect(closeDayEvents(h.state, h.ctx.now)).toEqual([]);
  });

  it('refuses to issue on a day that is closed', () => {
    const h = harness();
    for (const e of closeDayEvents(h.state, h.ctx.now)) applyEvent(h.state, e);
    expect(h.refused({ type: 'ticket:issue', procedureId: 'p-khaisinh' })).toBe('wrong_day');
  });
});
