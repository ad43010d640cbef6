// A visit with several procedures (Qmatic's multi-service visit): one ticket, one number, that
// moves to the next procedure's line by itself when the counter finishes the current one. It
// keeps its place by issue time in each new line (the citizen has been waiting all along), and
// the call it had no longer holds on the hall TV. Pure.
import type { IssueTicket } from './commands.js';
import { type DomainError, domainError } from './errors.js';
import type { QueueEvent, TicketVisitAdvanced } from './events.js';
import type { FinishOutcome, SiteConfig, Ticket } from './model.js';

/** Most procedures one visit may hold. */
export const MAX_VISIT_PROCEDURES = 5;

/** Checks the procedures after the first; the visit to record on the ticket, or a refusal. */
export function visitOf(
  config: SiteConfig,
  cmd: IssueTicket,
): { ok: true; visit: Ticket['visit'] } | { ok: false; error: DomainError } {
  const more = cmd.moreProcedures ?? [];
  if (more.length === 0) return { ok: true, visit: undefined };
  if (more.length + 1 > MAX_VISIT_PROCEDURES) {
    return { ok: false, error: domainError('visit_too_long', 'Một lượt có tối đa 5 thủ tục.') };
  }
  for (const id of more) {
    const p = config.procedures.find((x) => x.id === id);
    if (!p || p.retired || !config.series.some((s) => s.id === p.seriesId)) {
      return { ok: false, error: domainError('unknown_procedure', 'Không có thủ tục này.') };
    }
  }
  return { ok: true, visit: { procedureIds: [cmd.procedureId, ...more], step: 0 } };
}

/** The event that sends the ticket on to its next procedure, or null when this was the last. */
export function advanceVisit(
  config: SiteConfig,
  ticket: Ticket,
  counterId: string,
  now: number,
  finish: { handledProcedureId: string | null; note: string | null; outcome: FinishOutcome | null },
): QueueEvent | null {
  const visit = ticket.visit;
  const nextId = visit?.procedureIds[visit.step + 1];
  const next = nextId ? config.procedures.find((p) => p.id === nextId) : undefined;
  if (!visit || !next) return null;
  const event: TicketVisitAdvanced = {
    type: 'ticket:visit-advanced',
    at: now,
    ticketId: ticket.id,
    counterId,
    procedureId: next.id,
    fieldId: next.fieldId,
    seriesId: next.seriesId,
    handledProcedureId: finish.handledProcedureId,
    note: finish.note,
  };
  if (finish.outcome) event.outcome = finish.outcome;
  return event;
}
