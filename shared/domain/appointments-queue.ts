// How booked and remote tickets take part in the queue, kept apart from ordering.ts:
//  - a booked ticket joins the line at its booked time (minus the configured lead), never ahead of
//    a ticket the starvation guard already protects;
//  - a remote ticket waits with the others but must be confirmed ("I am here") before it is
//    called: call-next passes over an unconfirmed one and marks it a no-show, which a counter may
//    reactivate like any other no-show.
import type { IssueTicket } from './commands.js';
import { type DomainError, domainError } from './errors.js';
import type { QueueEvent } from './events.js';
import type { Counter, CounterState, DayState, QueueRules, Ticket } from './model.js';
import { pickNext } from './ordering.js';
import { poolOf } from './pools.js';

/**
 * The place in line of a ticket checked in for a booked time: bookedAt minus the lead, but never
 * before a ticket that has already waited the starvation guard (so nobody the guard protects is
 * overtaken by a booking).
 */
export function bookedQueueKey(
  bookedAt: number,
  now: number,
  leadMinutes: number,
  guardMinutes: number,
): number {
  const key = bookedAt - leadMinutes * 60_000;
  return guardMinutes > 0 ? Math.max(key, now - guardMinutes * 60_000 + 1) : key;
}

/** Sets the booking and remote fields of a ticket being issued (in place, before it is issued). */
export function applyIssueExtras(ticket: Ticket, cmd: IssueTicket, rules: QueueRules, now: number): void {
  if (cmd.booking) {
    ticket.bookedAt = cmd.booking.bookedAt;
    ticket.queueKey = bookedQueueKey(
      cmd.booking.bookedAt,
      now,
      cmd.booking.leadMinutes,
      rules.starvationGuardMinutes,
    );
  }
  if (cmd.channel === 'remote') ticket.awaitingArrival = true;
}

/**
 * The ticket call-next takes, passing over remote tickets whose citizen has not confirmed
 * arrival: each one passed over is returned in `skipped` (it becomes a no-show). The state is not
 * changed: passed-over tickets are hidden from a shallow copy of the pools they wait in.
 */
export function pickPresent(
  config: Parameters<typeof pickNext>[0],
  state: DayState,
  counter: Counter,
  cs: CounterState | undefined,
  now: number,
): { ticket: Ticket | null; skipped: Ticket[] } {
  const skipped: Ticket[] = [];
  let view = state;
  for (;;) {
    const ticket = pickNext(config, view, counter, cs, now);
    if (!ticket?.awaitingArrival) return { ticket, skipped };
    skipped.push(ticket);
    view = withoutTicket(view, ticket);
  }
}

function withoutTicket(state: DayState, ticket: Ticket): DayState {
  const key = poolOf(ticket);
  const pools = new Map(state.pools);
  pools.set(
    key,
    (pools.get(key) ?? []).filter((id) => id !== ticket.id),
  );
  const priorityWaiting = new Map(state.priorityWaiting);
  if (ticket.priorityId) priorityWaiting.set(key, (priorityWaiting.get(key) ?? 1) - 1);
  return { ...state, pools, priorityWaiting };
}

/** The no-show events of the remote tickets call-next passed over. */
export function skippedNoShows(skipped: readonly Ticket[], counterId: string, now: number): QueueEvent[] {
  return skipped.map((t) => ({ type: 'ticket:no-show', at: now, ticketId: t.id, counterId }));
}

/** "I am here" for a remote ticket. */
export function decideConfirmArrival(
  state: DayState,
  ticketId: string,
  now: number,
): { ok: true; events: QueueEvent[] } | { ok: false; error: DomainError } {
  const ticket = state.tickets.get(ticketId);
  if (!ticket) return { ok: false, error: domainError('unknown_ticket', 'Không có số này.') };
  if (ticket.status !== 'waiting') {
    return { ok: false, error: domainError('ticket_not_waiting', 'Số này không còn chờ.') };
  }
  if (!ticket.awaitingArrival) return { ok: true, events: [] };
  return { ok: true, events: [{ type: 'ticket:arrival-confirmed', at: now, ticketId }] };
}
