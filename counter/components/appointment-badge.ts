// The counter's mark on a booked or remote ticket: "Lịch hẹn 09:30" (its booked time) or
// "Chưa xác nhận có mặt" for a remote ticket whose citizen has not said they are in the hall.
import { html, nothing } from 'lit';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { TicketView } from '../../shared/protocol/views.js';

type Text = (key: 'appt.booked' | 'appt.awaiting', params?: Record<string, string>) => string;

export function appointmentBadge(ticket: TicketView, timeZone: string, t: Text) {
  if (ticket.bookedAt !== undefined) {
    return html`<span class="fact appointment" data-testid="current-appointment">
      ${t('appt.booked', { time: formatLocalTime(ticket.bookedAt, timeZone) })}
    </span>`;
  }
  if (ticket.awaitingArrival) {
    return html`<span class="fact" data-testid="current-awaiting">${t('appt.awaiting')}</span>`;
  }
  return nothing;
}
