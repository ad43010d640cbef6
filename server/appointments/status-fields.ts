// What the phone status page adds for a booked or a remote ticket.
import type { Ticket } from '../../shared/domain/model.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type { TicketStatusView } from '../../shared/protocol/views.js';

export function appointmentStatusFields(
  ticket: Ticket,
  settings: SiteSettings,
): Pick<TicketStatusView, 'bookedAt' | 'remote'> {
  if (ticket.bookedAt !== undefined) return { bookedAt: ticket.bookedAt };
  if (ticket.channel !== 'remote') return {};
  return {
    remote: {
      awaitingArrival: ticket.awaitingArrival === true,
      notifyAhead: settings.appointments?.remote.notifyAhead ?? 0,
    },
  };
}
