// Booking a time, as a citizen does it from the /book page: the bookable catalogue, free slots,
// book, view, move and cancel. Each change runs in the site's single writer and is durable before
// it is acknowledged; the rules themselves are the pure ones of shared/domain/appointments.ts.
import {
  type Booking,
  bookingRefusal,
  checkInWindow,
  computeSlots,
  isMissed,
  lastBookableDay,
  normalizePhone,
  procedureRule,
  type Slot,
} from '../../shared/domain/appointments.js';
import { siteTime } from '../../shared/domain/site-clock.js';
import type { BookBody } from '../../shared/protocol/appointment-schemas.js';
import type {
  BookingCatalogue,
  BookingCreated,
  BookingView,
} from '../../shared/protocol/appointment-views.js';
import { siteSummary } from '../hub/views.js';
import { notFound, ServiceError } from '../services/service-error.js';
import { type Appointments, refusalError } from './appointments.js';
import type { SiteBookings } from './site-bookings.js';

/** An instant given as epoch ms or an ISO date-time. */
export function instantOf(value: number | string): number {
  return typeof value === 'number' ? value : Date.parse(value);
}

function phoneOrRefuse(input: string): string {
  const phone = normalizePhone(input);
  if (!phone) {
    throw new ServiceError(400, 'phone_invalid', 'Số điện thoại không hợp lệ (10 chữ số, bắt đầu bằng 0).');
  }
  return phone;
}

export function bookingCatalogue(appts: Appointments, siteId: string): BookingCatalogue {
  const hub = appts.hub(siteId);
  const settings = hub.settings.appointments;
  const { config } = hub;
  const now = appts.now();
  const fields = config.fields
    .filter((f) => !f.retired)
    .map((f) => ({
      id: f.id,
      name: f.name,
      ...(f.icon ? { icon: f.icon } : {}),
      procedures: config.procedures
        .filter((p) => p.fieldId === f.id && !p.retired)
        .flatMap((p) => {
          const rule = procedureRule(settings, p.id);
          if (!rule) return [];
          return [
            {
              id: p.id,
              code: p.code,
              name: p.name,
              documents: p.documents ?? [],
              ...(p.fee ? { fee: p.fee } : {}),
              slotMinutes: rule.slotMinutes,
              remote: Boolean(settings?.remote.enabled && rule.remoteSharePercent > 0),
            },
          ];
        }),
    }))
    .filter((f) => f.procedures.length > 0);
  return {
    site: siteSummary(config),
    enabled: Boolean(settings?.enabled),
    remoteEnabled: Boolean(settings?.enabled && settings.remote.enabled),
    today: siteTime(now, config.site.timeZone).day,
    lastDay: settings ? lastBookableDay(settings, config.site, now) : siteTime(now, config.site.timeZone).day,
    retentionDays: settings?.retentionDays ?? 30,
    checkInEarlyMinutes: settings?.checkInEarlyMinutes ?? 0,
    checkInLateMinutes: settings?.checkInLateMinutes ?? 0,
    fields,
  };
}

export async function freeSlots(
  appts: Appointments,
  siteId: string,
  procedureId: string,
  day: string,
): Promise<Slot[]> {
  const hub = appts.hub(siteId);
  if (!hub.config.procedures.some((p) => p.id === procedureId && !p.retired)) throw notFound('thủ tục');
  const site = await appts.site(siteId);
  return computeSlots(
    hub.config.site,
    hub.settings.appointments,
    procedureId,
    day,
    site.book.day(day),
    appts.now(),
  );
}

export async function book(appts: Appointments, siteId: string, body: BookBody): Promise<BookingCreated> {
  const hub = appts.hub(siteId);
  if (!hub.config.procedures.some((p) => p.id === body.procedureId && !p.retired)) throw notFound('thủ tục');
  const phone = phoneOrRefuse(body.phone);
  const start = instantOf(body.start);
  const site = await appts.site(siteId);
  return site.exclusive(async () => {
    const again = site.book.byRequest.get(body.requestId);
    if (again) return created(again);
    const now = appts.now();
    const settings = hub.settings.appointments;
    const { site: siteInfo } = hub.config;
    const day = siteTime(start, siteInfo.timeZone).day;
    const relevant = unique([...site.book.day(day), ...site.book.phone(phone)]);
    const refusal = bookingRefusal(
      siteInfo,
      settings,
      { procedureId: body.procedureId, start, phone },
      relevant,
      now,
    );
    if (refusal) throw refusalError(refusal);
    const rule = procedureRule(settings, body.procedureId);
    const booking: Booking = {
      code: appts.newCode(site),
      manageToken: appts.newManageToken(),
      siteId,
      kind: 'slot',
      procedureId: body.procedureId,
      start,
      slotMinutes: rule?.slotMinutes ?? 0,
      day,
      name: body.name,
      phone,
      language: body.language ?? 'vi',
      requestId: body.requestId,
      createdAt: now,
      status: 'booked',
      cancelledAt: null,
      checkedInAt: null,
      ticketId: null,
      purged: false,
    };
    await site.commit([{ type: 'booking:created', at: now, booking }]);
    return created(booking);
  });
}

const created = (b: Booking): BookingCreated => ({
  code: b.code,
  manageToken: b.manageToken,
  start: b.start,
  procedureId: b.procedureId,
});

function unique(list: Booking[]): Booking[] {
  return [...new Set(list)];
}

async function owned(appts: Appointments, token: string): Promise<{ site: SiteBookings; booking: Booking }> {
  const found = await appts.byManageToken(token);
  if (found?.booking.kind !== 'slot') throw notFound('lịch hẹn');
  return found;
}

export async function viewBooking(appts: Appointments, token: string): Promise<BookingView> {
  const { booking } = await owned(appts, token);
  return bookingView(appts, booking);
}

function bookingView(appts: Appointments, b: Booking): BookingView {
  const hub = appts.hub(b.siteId);
  const settings = hub.settings.appointments;
  const procedure = hub.config.procedures.find((p) => p.id === b.procedureId);
  const window = settings ? checkInWindow(b.start, settings) : { opensAt: b.start, closesAt: b.start };
  return {
    ...created(b),
    siteId: b.siteId,
    siteName: hub.config.site.name,
    timeZone: hub.config.site.timeZone,
    procedureName: procedure?.name ?? { vi: b.procedureId },
    documents: procedure?.documents ?? [],
    slotMinutes: b.slotMinutes,
    status: settings && isMissed(b, settings, appts.now()) ? 'missed' : b.status,
    name: b.name,
    phone: b.phone ? `${b.phone.slice(0, 3)}****${b.phone.slice(-3)}` : null,
    window,
  };
}

function assertChangeable(b: Booking): void {
  if (b.status === 'cancelled') throw new ServiceError(409, 'booking_cancelled', 'Lịch hẹn này đã huỷ.');
  if (b.status === 'checked_in') {
    throw new ServiceError(409, 'already_checked_in', 'Lịch hẹn này đã được xác nhận đến và cấp số.');
  }
}

export async function cancelBooking(appts: Appointments, token: string): Promise<BookingView> {
  const { site, booking } = await owned(appts, token);
  return site.exclusive(async () => {
    assertChangeable(booking);
    await site.commit([{ type: 'booking:cancelled', at: appts.now(), code: booking.code }]);
    return bookingView(appts, booking);
  });
}

export async function moveBooking(
  appts: Appointments,
  token: string,
  startInput: number | string,
): Promise<BookingView> {
  const { site, booking } = await owned(appts, token);
  const start = instantOf(startInput);
  return site.exclusive(async () => {
    assertChangeable(booking);
    if (!booking.phone) throw notFound('lịch hẹn');
    const hub = appts.hub(booking.siteId);
    const siteInfo = hub.config.site;
    const day = siteTime(start, siteInfo.timeZone).day;
    const relevant = unique([...site.book.day(day), ...site.book.phone(booking.phone)]);
    const refusal = bookingRefusal(
      siteInfo,
      hub.settings.appointments,
      { procedureId: booking.procedureId, start, phone: booking.phone },
      relevant,
      appts.now(),
      booking.code,
    );
    if (refusal) throw refusalError(refusal);
    await site.commit([{ type: 'booking:moved', at: appts.now(), code: booking.code, start, day }]);
    return bookingView(appts, booking);
  });
}
