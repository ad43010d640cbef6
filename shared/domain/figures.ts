// Durations derived from a ticket's timestamps (milliseconds, null when not reached).
import type { Ticket } from './model.js';

export interface TicketDurations {
  /** issue → first call */
  wait: number | null;
  /** call → start */
  walk: number | null;
  /** start → finish */
  service: number | null;
  /** issue → end */
  total: number | null;
}

export function ticketDurations(t: Ticket): TicketDurations {
  return {
    wait: t.firstCalledAt !== null ? t.firstCalledAt - t.issuedAt : null,
    walk: t.calledAt !== null && t.startedAt !== null ? t.startedAt - t.calledAt : null,
    service: t.startedAt !== null && t.finishedAt !== null ? t.finishedAt - t.startedAt : null,
    total: t.endedAt !== null ? t.endedAt - t.issuedAt : null,
  };
}
