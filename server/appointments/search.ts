// The counter's check-in screen looks up today's bookings of a citizen who came without the code:
// by code, by name (accents and case ignored, every word must match) or by the phone number's
// digits (at least 4, anywhere in the number). Only officers and managers of the site may search
// (personal data: 'appointment:lookup', no device); the answer shows the phone number masked
// but its last 3 digits, and at most 20 bookings.
import { type Booking, checkInTiming, checkInWindow } from '../../shared/domain/appointments.js';
import { siteTime } from '../../shared/domain/site-clock.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { BookingMatch } from '../../shared/protocol/appointment-views.js';
import type { Principal } from '../auth/principal.js';
import { ServiceError } from '../services/service-error.js';
import type { Appointments } from './appointments.js';

export const MAX_MATCHES = 20;

export function foldText(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function maskPhone(phone: string | null): string | null {
  if (!phone) return null;
  return `${'•'.repeat(Math.max(0, phone.length - 3))}${phone.slice(-3)}`;
}

/** Whether a booking matches the query (already trimmed, 2..60 characters). */
export function bookingMatches(b: Booking, query: string): boolean {
  const code = query.replace(/\s/g, '').toUpperCase();
  if (code.length === 6 && b.code === code) return true;
  const digits = query.replace(/[\s.()+-]/g, '');
  if (/^\d{4,}$/.test(digits)) {
    const local = digits.startsWith('84') ? `0${digits.slice(2)}` : digits;
    return b.phone !== null && (b.phone.includes(digits) || b.phone.includes(local));
  }
  if (b.name === null) return false;
  const name = foldText(b.name);
  return foldText(query)
    .split(' ')
    .every((word) => name.includes(word));
}

export async function searchBookings(
  appts: Appointments,
  principal: Principal,
  siteId: string,
  query: string,
): Promise<BookingMatch[]> {
  appts.deps.queue.check(principal, 'appointment:lookup', siteId);
  const q = query.normalize('NFC').trim();
  if (q.length < 2 || q.length > 60) {
    throw new ServiceError(
      400,
      'invalid_input',
      'Nhập ít nhất 2 ký tự: họ tên, số điện thoại hoặc mã lịch hẹn.',
    );
  }
  const hub = appts.hub(siteId);
  const settings = hub.settings.appointments;
  const now = appts.now();
  const site = await appts.site(siteId);
  const zone = hub.config.site.timeZone;
  const day = siteTime(now, zone).day;
  return site.book
    .day(day)
    .filter((b) => b.kind === 'slot' && bookingMatches(b, q))
    .sort((a, b) => a.start - b.start || a.code.localeCompare(b.code))
    .slice(0, MAX_MATCHES)
    .map((b) => {
      const window = settings ? checkInWindow(b.start, settings) : null;
      return {
        code: b.code,
        name: b.name,
        phone: maskPhone(b.phone),
        procedureId: b.procedureId,
        start: b.start,
        startLocal: formatLocalTime(b.start, zone),
        opensAtLocal: window ? formatLocalTime(window.opensAt, zone) : null,
        status: b.status,
        window,
        timing: settings ? checkInTiming(b.start, settings, now) : null,
      };
    });
}
