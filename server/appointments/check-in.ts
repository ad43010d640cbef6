// From a booking to a ticket: check-in at the kiosk or by staff (inside the window it issues a
// ticket of channel appointment placed by its booked time), remote tickets taken from the booking
// page, and a remote citizen's "I am here". Tickets are issued through the engine's ticket:issue
// with a request id derived from the booking, so a retry or a crash in between never issues two.
import {
  checkInTiming,
  checkInWindow,
  normalizePhone,
  remoteRefusal,
} from '../../shared/domain/appointments.js';
import type { Booking } from '../../shared/domain/appointments.js';
import { siteTime } from '../../shared/domain/site-clock.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { RemoteTicketBody } from '../../shared/protocol/appointment-schemas.js';
import type { IssuedTicket } from '../../shared/protocol/views.js';
import type { Principal } from '../auth/principal.js';
import { notFound, ServiceError } from '../services/service-error.js';
import { type Appointments, refusalError } from './appointments.js';

/** The request id of the ticket a booking's check-in issues (one ticket per booking, ever). */
export const checkInRequestId = (code: string) => `appt-${code}`;

export async function checkIn(
  appts: Appointments,
  principal: Principal,
  siteId: string,
  rawCode: string,
): Promise<IssuedTicket> {
  const { queue } = appts.deps;
  queue.check(principal, 'appointment:check-in', siteId);
  const code = rawCode.toUpperCase();
  const site = await appts.site(siteId);
  const settings = appts.settings(siteId);
  // Decided in the site's writer, so two kiosks reading one code cannot both check it in.
  return site.exclusive(async () => {
    const booking = site.book.byCode.get(code);
    if (booking?.kind !== 'slot' || !settings) throw notFound('lịch hẹn');
    if (booking.status === 'cancelled')
      throw new ServiceError(409, 'booking_cancelled', 'Lịch hẹn này đã huỷ.');
    if (booking.status === 'checked_in') {
      throw new ServiceError(409, 'already_checked_in', 'Lịch hẹn này đã được xác nhận đến và cấp số.', {
        ticketId: booking.ticketId,
      });
    }
    const now = appts.now();
    const timing = checkInTiming(booking.start, settings, now);
    // A ticket issued just before a crash (the booking not yet marked) is handed back, not refused.
    const issuedBefore = appts.hub(siteId).state.byRequestId.has(checkInRequestId(code));
    if (timing !== 'open' && !issuedBefore) throw outsideWindow(appts, booking, timing);
    const issued = await queue.issueChecked(
      principal,
      siteId,
      { procedureId: booking.procedureId, requestId: checkInRequestId(code), language: booking.language },
      {
        channel: 'appointment',
        booking: { bookedAt: booking.start, leadMinutes: settings.bookedLeadMinutes },
      },
    );
    await site.commit([{ type: 'booking:checked-in', at: now, code, ticketId: issued.ticket.id }]);
    return issued;
  });
}

function outsideWindow(appts: Appointments, b: Booking, timing: 'too_early' | 'too_late'): ServiceError {
  const settings = appts.settings(b.siteId);
  const window = settings ? checkInWindow(b.start, settings) : { opensAt: b.start, closesAt: b.start };
  const zone = appts.hub(b.siteId).config.site.timeZone;
  const opensAt = formatLocalTime(window.opensAt, zone);
  const message =
    timing === 'too_early'
      ? `Chưa đến giờ xác nhận lịch hẹn. Quý khách vui lòng quay lại lúc ${opensAt}.`
      : 'Đã quá giờ hẹn. Quý khách vui lòng lấy số thứ tự thông thường.';
  return new ServiceError(422, 'outside_window', message, {
    reason: timing,
    window,
    opensAtLocal: opensAt,
    bookedAt: b.start,
  });
}

/** A remote ticket: limits per phone and share of the day, then an ordinary issue (channel remote). */
export async function takeRemote(
  appts: Appointments,
  siteId: string,
  body: RemoteTicketBody,
): Promise<IssuedTicket> {
  const { queue } = appts.deps;
  const hub = appts.hub(siteId);
  if (!hub.config.procedures.some((p) => p.id === body.procedureId && !p.retired)) throw notFound('thủ tục');
  const phone = normalizePhone(body.phone);
  if (!phone)
    throw new ServiceError(400, 'phone_invalid', 'Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).');
  const site = await appts.site(siteId);
  return site.exclusive(async () => {
    const requestId = `remote-${body.requestId}`;
    const issueBody = { procedureId: body.procedureId, requestId, language: body.language ?? 'vi' };
    const again = site.book.byRequest.get(requestId);
    if (again) return queue.issueChecked({ kind: 'anonymous' }, siteId, issueBody, { channel: 'remote' });
    const now = appts.now();
    const refusal = remoteRefusal(
      hub.config.site,
      hub.settings.appointments,
      body.procedureId,
      phone,
      site.book.day(siteTime(now, hub.config.site.timeZone).day),
      now,
    );
    if (refusal) throw refusalError(refusal);
    const issued = await queue.issueChecked({ kind: 'anonymous' }, siteId, issueBody, { channel: 'remote' });
    const booking: Booking = {
      code: appts.newCode(site),
      manageToken: appts.newManageToken(),
      siteId,
      kind: 'remote',
      procedureId: body.procedureId,
      start: now,
      slotMinutes: 0,
      day: siteTime(now, hub.config.site.timeZone).day,
      name: null,
      phone,
      language: body.language ?? 'vi',
      requestId,
      createdAt: now,
      status: 'checked_in',
      cancelledAt: null,
      checkedInAt: now,
      ticketId: issued.ticket.id,
      purged: false,
    };
    await site.commit([{ type: 'booking:created', at: now, booking }]);
    return issued;
  });
}
