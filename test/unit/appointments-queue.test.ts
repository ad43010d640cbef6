// Booked and remote tickets in the engine with a fixed clock: a checked-in ticket takes its place
// by booked time (with the configured lead) under the starvation guard; an unconfirmed remote
// ticket is passed over by call-next as a no-show; replaying the journal gives the same state.
import { describe, expect, it } from 'vitest';
import { bookedQueueKey, peopleAhead, replay } from '../../shared/domain/index.js';
import { testSiteConfig } from '../support/fixtures.js';
import { drainCounter, type Harness, harness, MINUTE } from '../support/engine-harness.js';

const A = 'p-khaisinh';

/** A checked-in booked ticket of procedure A, placed by its booked time less the lead. */
const issueBooked = (h: Harness, bookedAt: number, leadMinutes = 0) =>
  h.ticket(
    h.ok({ type: 'ticket:issue', procedureId: A, channel: 'appointment', booking: { bookedAt, leadMinutes } })
      .ticketId,
  );

/** A remote ticket of procedure A, not yet confirmed on arrival. */
const issueRemote = (h: Harness) =>
  h.ticket(h.ok({ type: 'ticket:issue', procedureId: A, channel: 'remote' }).ticketId);

describe('booked time', () => {
  it('places a booked ticket by its booked time, ahead of walk-ins who came after it', () => {
    const h = harness(testSiteConfig({ starvationGuardMinutes: 0 }));
    const bookedAt = h.ctx.now + 10 * MINUTE;
    const w1 = h.issueAndWait(A, null, 12 * MINUTE); // arrives before the booked time
    const w2 = h.issueAndWait(A, null, MINUTE); // arrives after it
    const b = issueBooked(h, bookedAt);
    expect(b.channel).toBe('appointment');
    expect(b.bookedAt).toBe(bookedAt);
    expect(b.queueKey).toBe(bookedAt);
    expect(drainCounter(h, 'c1')).toEqual([w1.id, b.id, w2.id]);
  });

  it('the lead moves a booked ticket that many minutes earlier in line', () => {
    const h = harness(testSiteConfig({ starvationGuardMinutes: 0 }));
    const bookedAt = h.ctx.now + 10 * MINUTE;
    const w1 = h.issueAndWait(A, null, 12 * MINUTE);
    const b = issueBooked(h, bookedAt, 15);
    expect(drainCounter(h, 'c1')).toEqual([b.id, w1.id]);
  });

  it('never overtakes a ticket the starvation guard protects', () => {
    const h = harness(testSiteConfig({ starvationGuardMinutes: 20 }));
    const starving = h.issueAndWait(A, null, 25 * MINUTE); // has waited 25 min > 20
    const fresh = h.issueAndWait(A, null, MINUTE); // waited 1 min
    const bookedAt = h.ctx.now - 30 * MINUTE; // booked well before both arrived (late check-in)
    const b = issueBooked(h, bookedAt);
    expect(b.queueKey).toBe(h.ctx.now - 20 * MINUTE + 1);
    expect(drainCounter(h, 'c1')).toEqual([starving.id, b.id, fresh.id]);
  });

  it('computes the key from booked time, lead and guard', () => {
    expect(bookedQueueKey(1_000_000, 2_000_000, 0, 0)).toBe(1_000_000);
    expect(bookedQueueKey(1_000_000, 2_000_000, 1, 0)).toBe(940_000);
    expect(bookedQueueKey(1_000_000, 2_000_000, 0, 10)).toBe(1_400_001);
    expect(bookedQueueKey(1_900_000, 2_000_000, 0, 10)).toBe(1_900_000);
  });

  it('people ahead of a booked ticket count its real place in line', () => {
    const h = harness(testSiteConfig({ starvationGuardMinutes: 0 }));
    const bookedAt = h.ctx.now + 5 * MINUTE;
    h.issueAndWait(A, null, MINUTE); // +0, before the booked time
    h.issueAndWait(A, null, 10 * MINUTE); // +1, before
    h.issueAndWait(A, null, MINUTE); // +11, after
    const b = issueBooked(h, bookedAt);
    expect(peopleAhead(h.config, h.state, b, h.ctx.now)).toBe(2);
  });
});

describe('remote tickets', () => {
  it('call-next passes over an unconfirmed remote ticket and marks it a no-show of that counter', () => {
    const h = harness();
    const r = issueRemote(h);
    h.advance(MINUTE);
    const w = h.issueAndWait(A);
    expect(r.awaitingArrival).toBe(true);
    const call = h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(call.ticketId).toBe(w.id);
    expect(call.events.map((e) => e.type)).toEqual(['ticket:no-show', 'ticket:called']);
    expect(h.ticket(r.id).status).toBe('no_show');
    expect(h.ticket(r.id).counterId).toBe('c1');
    // Like any no-show, the counter that passed it over may bring it back.
    h.ok({ type: 'ticket:reactivate', ticketId: r.id });
    expect(h.ticket(r.id).status).toBe('waiting');
  });

  it('a confirmed remote ticket is called in its place', () => {
    const h = harness();
    const r = issueRemote(h);
    h.advance(MINUTE);
    const w = h.issueAndWait(A);
    const confirm = h.ok({ type: 'ticket:confirm-arrival', ticketId: r.id });
    expect(confirm.events.map((e) => e.type)).toEqual(['ticket:arrival-confirmed']);
    expect(h.ok({ type: 'ticket:confirm-arrival', ticketId: r.id }).events).toEqual([]);
    expect(drainCounter(h, 'c1')).toEqual([r.id, w.id]);
  });

  it('passes over several unconfirmed tickets in one call, and calls nobody when only they wait', () => {
    const h = harness();
    const r1 = issueRemote(h);
    const r2 = issueRemote(h);
    const call = h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(call.ticketId).toBeNull();
    expect(call.events.map((e) => e.type)).toEqual(['ticket:no-show', 'ticket:no-show']);
    expect([h.ticket(r1.id).status, h.ticket(r2.id).status]).toEqual(['no_show', 'no_show']);
    expect(h.state.pools.get('s:s-a')).toEqual([]);
  });

  it('confirming a ticket that no longer waits is refused', () => {
    const h = harness();
    const r = issueRemote(h);
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    expect(h.refused({ type: 'ticket:confirm-arrival', ticketId: r.id })).toBe('ticket_not_waiting');
    expect(h.refused({ type: 'ticket:confirm-arrival', ticketId: 'nope' })).toBe('unknown_ticket');
  });

  it('replaying the journal rebuilds the same tickets', () => {
    const h = harness(testSiteConfig({ starvationGuardMinutes: 0 }));
    const r = issueRemote(h);
    h.ok({
      type: 'ticket:issue',
      procedureId: A,
      channel: 'appointment',
      booking: { bookedAt: h.ctx.now - MINUTE, leadMinutes: 0 },
    });
    h.ok({ type: 'ticket:confirm-arrival', ticketId: r.id });
    h.ok({ type: 'counter:call-next', counterId: 'c1' });
    const again = replay(h.state.siteId, h.state.day, h.events);
    expect([...again.tickets.values()]).toEqual([...h.state.tickets.values()]);
    expect(again.pools).toEqual(h.state.pools);
  });
});
