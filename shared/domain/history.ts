// A ticket's full event history, and rebuilding it from that history alone.
import { type QueueEvent, type TicketEvent, eventTicketId } from './events.js';
import type { Ticket } from './model.js';
import { createDayState } from './state.js';
import { applyEvent } from './state.js';

export function ticketHistory(events: readonly QueueEvent[], ticketId: string): TicketEvent[] {
  return events.filter((e): e is TicketEvent => eventTicketId(e) === ticketId);
}

/**
 * Rebuilds one ticket from its own events. Counter-level facts (who holds a counter) are not
 * part of a ticket, so the ticket alone comes back exactly as the live state had it.
 */
export function rebuildTicket(siteId: string, day: string, history: readonly TicketEvent[]): Ticket | null {
  const state = createDayState(siteId, day);
  for (const event of history) applyEvent(state, { ...event });
  const first = history[0];
  return first?.type === 'ticket:issued' ? (state.tickets.get(first.ticket.id) ?? null) : null;
}
