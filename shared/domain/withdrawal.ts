// Taking a ticket out of a call or out of the queue without serving it:
//  - a mistaken call is withdrawn by its counter: only while the citizen has not been started
//    (serving means they are at the desk); the ticket waits again at its old place in line;
//  - a citizen gives up their place from the phone page: only while waiting (once called, the
//    counter decides: no-show or service).
import { type DomainError, domainError } from './errors.js';
import type { QueueEvent } from './events.js';
import type { DayState } from './model.js';

type Outcome = { ok: true; events: QueueEvent[]; ticketId: string } | { ok: false; error: DomainError };

export function decideWithdrawCall(state: DayState, counterId: string, now: number): Outcome {
  const id = state.counters.get(counterId)?.currentTicketId;
  const ticket = id ? state.tickets.get(id) : undefined;
  if (!ticket) return { ok: false, error: domainError('counter_has_no_ticket', 'Quầy chưa gọi số nào.') };
  if (ticket.status !== 'called') {
    return {
      ok: false,
      error: domainError('ticket_not_called', 'Chỉ rút lại lệnh gọi khi công dân chưa được phục vụ.'),
    };
  }
  return {
    ok: true,
    ticketId: ticket.id,
    events: [{ type: 'ticket:call-withdrawn', at: now, ticketId: ticket.id, counterId }],
  };
}

export function decideGiveUp(state: DayState, ticketId: string, now: number): Outcome {
  const ticket = state.tickets.get(ticketId);
  if (!ticket) return { ok: false, error: domainError('unknown_ticket', 'Không có số này.') };
  if (ticket.status !== 'waiting') {
    return { ok: false, error: domainError('ticket_not_waiting', 'Số này không còn chờ.') };
  }
  return {
    ok: true,
    ticketId,
    events: [{ type: 'ticket:cancelled', at: now, ticketId, byUserId: null, byCitizen: true }],
  };
}
