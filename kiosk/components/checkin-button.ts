// The kiosk's way into check-in: the "Tôi đã đặt lịch hẹn" button on the home screen, shown when
// the site takes bookings.
import { html, nothing } from 'lit';
import type { BookingCatalogue } from '../../shared/protocol/appointment-views.js';
import { api } from '../../shared/ui/api.js';
import { getLocale } from '../../shared/ui/locale.js';
import { kioskMessages } from '../i18n.js';

/** Whether the site takes bookings (false when the answer cannot be had). */
export async function appointmentsOpen(siteId: string): Promise<boolean> {
  try {
    const c = await api<BookingCatalogue>(`/api/sites/${encodeURIComponent(siteId)}/appointments/catalogue`);
    return c.enabled;
  } catch {
    return false;
  }
}

export function appointmentButton(shown: boolean, open: () => void) {
  if (!shown) return nothing;
  return html`<button type="button" class="btn primary checkin" data-testid="home-checkin" @click=${open}>
    ${kioskMessages.t(getLocale(), 'checkin.open')}
  </button>`;
}
