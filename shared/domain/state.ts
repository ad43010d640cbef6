// Folding events into a DayState. applyEvent is the only place state changes, so replaying a
// journal (or one ticket's history) rebuilds exactly the state the live engine had.
import type { QueueEvent } from './events.js';
import type { CounterState, DayState, Ticket } from './model.js';
import { addToPool, removeFromPool } from './pools.js';

export function createDayState(siteId: string, day: string, startSeq = 0): DayState {
  return {
    siteId,
    day,
    seq: startSeq,
    tickets: new Map(),
    pools: new Map(),
    priorityWaiting: new Map(),
    issued: new Map(),
    lastNumber: new Map(),
    counters: new Map(),
    byRequestId: new Map(),
    byStatusToken: new Map(),
    recentService: new Map(),
    closedAt: null,
  };
}

export function counterState(state: DayState, counterId: string): CounterState {
  let c = state.counters.get(counterId);
  if (!c) {
    c = { counterId, currentTicketId: null, officerId: null, paused: null, normalsSincePriority: 0 };
    state.counters.set(counterId, c);
  }
  return c;
}

/** Enough for the largest rules.etaSampleSize the configuration accepts (500). */
const RECENT_SERVICE_KEEP = 500;

function ticketOf(state: DayState, id: string): Ticket {
  const t = state.tickets.get(id);
  if (!t) throw new Error(`event for unknown ticket ${id}`);
  return t;
}

function releaseCounter(state: DayState, ticket: Ticket): void {
  if (!ticket.counterId) return;
  const c = counterState(state, ticket.counterId);
  if (c.currentTicketId === ticket.id) c.currentTicketId = null;
}

function endTicket(state: DayState, ticket: Ticket, status: Ticket['status'], at: number): void {
  if (ticket.status === 'waiting') removeFromPool(state, ticket);
  releaseCounter(state, ticket);
  ticket.status = status;
  ticket.endedAt = at;
}

/** Applies one event in place and stamps it with the seq it produced. */
export function applyEvent(state: DayState, event: QueueEvent): void {
  state.seq += 1;
  event.seq = state.seq;
  switch (event.type) {
    case 'ticket:issued': {
      const ticket: Ticket = { ...event.ticket, transfers: [...event.ticket.transfers] };
      state.tickets.set(ticket.id, ticket);
      state.issued.set(ticket.seriesId, (state.issued.get(ticket.seriesId) ?? 0) + 1);
      state.lastNumber.set(ticket.seriesId, ticket.number);
      if (ticket.requestId) state.byRequestId.set(ticket.requestId, ticket.id);
      state.byStatusToken.set(ticket.statusToken, ticket.id);
      addToPool(state, ticket);
      return;
    }
    case 'ticket:called': {
      const ticket = ticketOf(state, event.ticketId);
      if (ticket.status === 'waiting') removeFromPool(state, ticket);
      const counter = counterState(state, event.counterId);
      counter.currentTicketId = ticket.id;
      if (ticket.priorityId) counter.normalsSincePriority = 0;
      else counter.normalsSincePriority += 1;
      ticket.status = 'called';
      ticket.counterId = event.counterId;
      ticket.officerId = event.officerId;
      ticket.targetCounterId = null;
      ticket.calledAt = event.at;
      ticket.firstCalledAt ??= event.at;
      ticket.recallCount = 0;
      return;
    }
    case 'ticket:recalled': {
      // A recall re-announces the same call: calledAt stays the call's time, so the walk
      // (call → start) is measured from the first announcement.
      ticketOf(state, event.ticketId).recallCount += 1;
      return;
    }
    case 'ticket:started': {
      const ticket = ticketOf(state, event.ticketId);
      ticket.status = 'serving';
      ticket.startedAt = event.at;
      return;
    }
    case 'ticket:finished': {
      const ticket = ticketOf(state, event.ticketId);
      endTicket(state, ticket, 'done', event.at);
      ticket.finishedAt = event.at;
      ticket.handledProcedureId = event.handledProcedureId;
      ticket.note = event.note;
      ticket.dossierCode = event.dossierCode ?? null;
      ticket.outcome = event.outcome ?? null;
      if (ticket.startedAt !== null) {
        const list = state.recentService.get(ticket.seriesId) ?? [];
        list.push(event.at - ticket.startedAt);
        if (list.length > RECENT_SERVICE_KEEP) list.shift();
        state.recentService.set(ticket.seriesId, list);
      }
      return;
    }
    case 'ticket:no-show': {
      const ticket = ticketOf(state, event.ticketId);
      // A remote ticket passed over by call-next belongs to the counter that passed it over.
      if (ticket.status === 'waiting') ticket.counterId = event.counterId;
      endTicket(state, ticket, 'no_show', event.at);
      return;
    }
    case 'ticket:reactivated': {
      const ticket = ticketOf(state, event.ticketId);
      ticket.status = 'waiting';
      ticket.endedAt = null;
      ticket.counterId = null;
      ticket.startedAt = null;
      addToPool(state, ticket);
      return;
    }
    case 'ticket:transferred': {
      const ticket = ticketOf(state, event.ticketId);
      if (ticket.status === 'waiting') removeFromPool(state, ticket);
      releaseCounter(state, ticket);
      ticket.transfers.push(event.transfer);
      ticket.seriesId = event.transfer.toSeriesId;
      ticket.targetCounterId = event.transfer.toCounterId;
      ticket.queueKey = event.queueKey;
      ticket.status = 'waiting';
      ticket.counterId = null;
      ticket.calledAt = null;
      ticket.startedAt = null;
      addToPool(state, ticket);
      return;
    }
    case 'ticket:visit-advanced': {
      // This procedure's service counts for its line's estimate; the ticket waits for the next.
      const ticket = ticketOf(state, event.ticketId);
      if (ticket.startedAt !== null) {
        const list = state.recentService.get(ticket.seriesId) ?? [];
        list.push(event.at - ticket.startedAt);
        if (list.length > RECENT_SERVICE_KEEP) list.shift();
        state.recentService.set(ticket.seriesId, list);
      }
      releaseCounter(state, ticket);
      if (ticket.visit) ticket.visit = { ...ticket.visit, step: ticket.visit.step + 1 };
      ticket.procedureId = event.procedureId;
      ticket.fieldId = event.fieldId;
      ticket.seriesId = event.seriesId;
      ticket.status = 'waiting';
      ticket.counterId = null;
      ticket.targetCounterId = null;
      ticket.calledAt = null;
      ticket.startedAt = null;
      ticket.recallCount = 0;
      addToPool(state, ticket);
      return;
    }
    case 'ticket:call-withdrawn': {
      // Back to its place in line, as if never called: a call that counted for nothing.
      const ticket = ticketOf(state, event.ticketId);
      releaseCounter(state, ticket);
      if (ticket.firstCalledAt === ticket.calledAt) ticket.firstCalledAt = null;
      ticket.status = 'waiting';
      ticket.counterId = null;
      ticket.officerId = null;
      ticket.calledAt = null;
      ticket.recallCount = 0;
      // A ticket sent to one counter stays for that counter.
      ticket.targetCounterId = ticket.transfers.at(-1)?.toCounterId ?? null;
      addToPool(state, ticket);
      return;
    }
    case 'ticket:cancelled': {
      endTicket(state, ticketOf(state, event.ticketId), 'cancelled', event.at);
      return;
    }
    case 'ticket:expired': {
      endTicket(state, ticketOf(state, event.ticketId), 'expired', event.at);
      return;
    }
    case 'ticket:arrival-confirmed': {
      ticketOf(state, event.ticketId).awaitingArrival = false;
      return;
    }
    case 'ticket:rated': {
      ticketOf(state, event.ticketId).rating = event.rating;
      return;
    }
    case 'counter:paused': {
      counterState(state, event.counterId).paused = { reason: event.reason, note: event.note, at: event.at };
      return;
    }
    case 'counter:resumed': {
      counterState(state, event.counterId).paused = null;
      return;
    }
    case 'counter:signed-in': {
      for (const c of state.counters.values()) {
        if (c.officerId === event.officerId) c.officerId = null;
      }
      counterState(state, event.counterId).officerId = event.officerId;
      return;
    }
    case 'counter:signed-out': {
      const c = counterState(state, event.counterId);
      if (c.officerId === event.officerId) c.officerId = null;
      return;
    }
    case 'day:closed':
      state.closedAt ??= event.at;
      return;
  }
}

/** Rebuilds a DayState from events, as a restart or a replay does. */
export function replay(siteId: string, day: string, events: readonly QueueEvent[], startSeq = 0): DayState {
  const state = createDayState(siteId, day, startSeq);
  for (const event of events) applyEvent(state, { ...event });
  return state;
}
