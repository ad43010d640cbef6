// A visit with several procedures: one ticket that moves to the next procedure's line by itself
// when the counter finishes the current one, keeping its number and its place by issue time.
import { describe, expect, it } from 'vitest';
import { replay } from '../../shared/domain/index.js';
import { harness, MINUTE } from '../support/engine-harness.js';

describe('multi-procedure visit', () => {
  it('goes on to the next procedure’s line on finish, then ends after the last', () => {
    const h = harness();
    const other = h.issueAndWait('p-datdai');
    const r = h.ok({ type: 'ticket:issue', procedureId: 'p-khaisinh', moreProcedures: ['p-datdai'] });
    const id = r.ticketId as string;
    expect(h.ticket(id).visit).toEqual({ procedureIds: ['p-khaisinh', 'p-datdai'], step: 0 });
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    h.ok({ type: 'counter:start', counterId: 'c1' });
    h.advance(5 * MINUTE);
    const done = h.ok({ type: 'counter:finish', counterId: 'c1', outcome: 'received' });
    expect(done.events.map((e) => e.type)).toEqual(['ticket:visit-advanced']);
    const t = h.ticket(id);
    expect(t).toMatchObject({ status: 'waiting', procedureId: 'p-datdai', seriesId: 's-b', counterId: null });
    expect(t.displayNumber).toBe('A001');
    expect(t.visit?.step).toBe(1);
    // Its place by issue time: after the ticket of the line issued before it.
    expect(h.state.pools.get('s:s-b')).toEqual([other.id, id]);
    expect(h.state.counters.get('c1')?.currentTicketId).toBeNull();
    expect(h.state.recentService.get('s-a')).toEqual([5 * MINUTE]);
    const again = replay(h.state.siteId, h.state.day, h.events);
    expect(again.tickets.get(id)).toEqual(t);

    h.ok({ type: 'counter:call', counterId: 'c3', ticketId: id });
    const last = h.ok({ type: 'counter:finish', counterId: 'c3' });
    expect(last.events.map((e) => e.type)).toEqual(['ticket:started', 'ticket:finished']);
    expect(h.ticket(id).status).toBe('done');
  });

  it('refuses unknown procedures and visits longer than five', () => {
    const h = harness();
    expect(h.refused({ type: 'ticket:issue', procedureId: 'p-khaisinh', moreProcedures: ['nope'] })).toBe(
      'unknown_procedure',
    );
    const six = ['p-kethon', 'p-datdai', 'p-kethon', 'p-datdai', 'p-kethon'];
    expect(h.refused({ type: 'ticket:issue', procedureId: 'p-khaisinh', moreProcedures: six })).toBe(
      'visit_too_long',
    );
    expect(h.state.tickets.size).toBe(0);
  });

  it('is an ordinary ticket without more procedures', () => {
    const h = harness();
    const t = h.issue();
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.ok({ type: 'counter:finish', counterId: 'c1' }).events.at(-1)?.type).toBe('ticket:finished');
    expect(h.ticket(t.id).visit).toBeUndefined();
  });
});
