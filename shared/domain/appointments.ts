// Appointments as pure rules: the slots of a day, whether a booking may be made (capacity, days
// ahead, holidays and opening hours, limits per phone number), and the check-in window.
// No I/O; the clock is a parameter, so every rule is unit-tested with a fixed time.
import { addDays, instantOfLocal, parseHhMm, weekdayOf } from '../i18n/time.js';
import type { AppointmentProcedure, AppointmentSettings } from '../protocol/appointment-settings.js';
import type { Locale, Site } from './model.js';
import { siteTime } from './site-clock.js';

export type BookingKind = 'slot' | 'remote';
export type BookingStatus = 'booked' | 'cancelled' | 'checked_in';

/** One booking (kind slot) or one remote ticket (kind remote) of a site. */
export interface Booking {
  code: string;
  manageToken: string;
  siteId: string;
  kind: BookingKind;
  procedureId: string;
  /** Slot start (a remote ticket: when it was taken), epoch ms. */
  start: number;
  slotMinutes: number;
  /** Site-local day of start. */
  day: string;
  /** Personal data: erased (null) once the retention period is over. */
  name: string | null;
  phone: string | null;
  language: Locale;
  requestId: string;
  createdAt: number;
  status: BookingStatus;
  cancelledAt: number | null;
  checkedInAt: number | null;
  ticketId: string | null;
  purged: boolean;
}

export interface Slot {
  start: number;
  capacity: number;
  left: number;
}

export type Refusal = {
  code:
    | 'appointments_closed'
    | 'procedure_not_bookable'
    | 'closed_day'
    | 'slot_unavailable'
    | 'slot_full'
    | 'phone_limit'
    | 'phone_invalid';
  message: string;
  details?: Record<string, unknown>;
};

const refuse = (code: Refusal['code'], message: string, details?: Record<string, unknown>): Refusal =>
  details ? { code, message, details } : { code, message };

/** The procedure's booking rule, when the site takes bookings for it. */
export function procedureRule(
  settings: AppointmentSettings | undefined,
  procedureId: string,
): AppointmentProcedure | null {
  if (!settings?.enabled) return null;
  return settings.procedures.find((p) => p.procedureId === procedureId) ?? null;
}

/** Bookable seats of one slot: the share of the slot's capacity open to bookings. */
export function bookableSeats(rule: AppointmentProcedure): number {
  return Math.floor((rule.capacity * rule.bookingSharePercent) / 100);
}

/** Slot starts of a local day: every whole slot inside an opening window; none on a holiday. */
export function slotStarts(site: Site, rule: AppointmentProcedure, day: string): number[] {
  if (site.holidays.includes(day)) return [];
  const windows = site.openingHours[String(weekdayOf(day)) as keyof Site['openingHours']] ?? [];
  const starts: number[] = [];
  for (const w of windows) {
    const end = parseHhMm(w.end);
    for (let m = parseHhMm(w.start); m + rule.slotMinutes <= end; m += rule.slotMinutes) {
      starts.push(instantOfLocal(day, m, site.timeZone));
    }
  }
  return starts.sort((a, b) => a - b);
}

/** The day's capacity of a procedure's line: its slots times the capacity of each. */
export function dayCapacity(site: Site, rule: AppointmentProcedure, day: string): number {
  return slotStarts(site, rule, day).length * rule.capacity;
}

/** Bookings that hold a seat: booked or checked in (a cancelled one gives its seat back). */
export const holdsSeat = (b: Booking) => b.kind === 'slot' && b.status !== 'cancelled';

/** The last local day a booking may be made for. */
export function lastBookableDay(settings: AppointmentSettings, site: Site, now: number): string {
  return addDays(siteTime(now, site.timeZone).day, settings.daysAhead);
}

/** Free slots of a procedure on a day, from now on. */
export function computeSlots(
  site: Site,
  settings: AppointmentSettings | undefined,
  procedureId: string,
  day: string,
  bookings: readonly Booking[],
  now: number,
): Slot[] {
  const rule = procedureRule(settings, procedureId);
  if (!rule || !settings) return [];
  const today = siteTime(now, site.timeZone).day;
  if (day < today || day > lastBookableDay(settings, site, now)) return [];
  const seats = bookableSeats(rule);
  const taken = takenBySlot(bookings, procedureId, day);
  return slotStarts(site, rule, day)
    .filter((start) => start > now)
    .map((start) => ({ start, capacity: seats, left: Math.max(0, seats - (taken.get(start) ?? 0)) }));
}

function takenBySlot(bookings: readonly Booking[], procedureId: string, day: string): Map<number, number> {
  const taken = new Map<number, number>();
  for (const b of bookings) {
    if (b.procedureId === procedureId && b.day === day && holdsSeat(b)) {
      taken.set(b.start, (taken.get(b.start) ?? 0) + 1);
    }
  }
  return taken;
}

/**
 * A Vietnamese phone number in its national form (10 digits from 0), or null. "+84 912 345 678",
 * "84912345678" and "0912.345.678" are the same number.
 */
export function normalizePhone(input: string): string | null {
  let digits = input.replace(/[\s.-]/g, '');
  if (digits.startsWith('+84')) digits = `0${digits.slice(3)}`;
  else if (digits.startsWith('84') && digits.length === 11) digits = `0${digits.slice(2)}`;
  return /^0[1-9]\d{8}$/.test(digits) ? digits : null;
}

/** A booking still ahead of its citizen: booked and its check-in window not yet closed. */
export function isActive(b: Booking, settings: AppointmentSettings, now: number): boolean {
  if (b.kind !== 'slot' || b.status !== 'booked') return false;
  return now <= checkInWindow(b.start, settings).closesAt;
}

export interface BookingRequest {
  procedureId: string;
  start: number;
  phone: string;
}

/** Why a booking may not be made, or null. Checks run in the order a citizen would fix them. */
export function bookingRefusal(
  site: Site,
  settings: AppointmentSettings | undefined,
  req: BookingRequest,
  bookings: readonly Booking[],
  now: number,
  replacing: string | null = null,
): Refusal | null {
  if (!settings?.enabled) return refuse('appointments_closed', 'Trung tâm chưa nhận đặt lịch hẹn.');
  const rule = procedureRule(settings, req.procedureId);
  if (!rule) return refuse('procedure_not_bookable', 'Thủ tục này chưa nhận đặt lịch hẹn.');
  const day = siteTime(req.start, site.timeZone).day;
  const last = lastBookableDay(settings, site, now);
  if (day > last) {
    return refuse('slot_unavailable', `Chỉ đặt lịch trước tối đa ${settings.daysAhead} ngày.`, {
      lastDay: last,
    });
  }
  const starts = slotStarts(site, rule, day);
  if (starts.length === 0) return refuse('closed_day', 'Trung tâm không làm việc ngày này.', { day });
  if (!starts.includes(req.start) || req.start <= now) {
    return refuse('slot_unavailable', 'Khung giờ này không còn nhận đặt lịch.');
  }
  const others = replacing ? bookings.filter((b) => b.code !== replacing) : bookings;
  const taken = takenBySlot(others, req.procedureId, day).get(req.start) ?? 0;
  if (taken >= bookableSeats(rule)) return refuse('slot_full', 'Khung giờ này đã hết chỗ.');
  return phoneLimitRefusal(settings, req.phone, day, others, now);
}

/** Limits per phone number: bookings held at once, and bookings for one day. */
export function phoneLimitRefusal(
  settings: AppointmentSettings,
  phone: string,
  day: string,
  bookings: readonly Booking[],
  now: number,
): Refusal | null {
  const mine = bookings.filter((b) => b.kind === 'slot' && b.phone === phone);
  const active = mine.filter((b) => isActive(b, settings, now)).length;
  if (active >= settings.maxActivePerPhone) {
    return refuse('phone_limit', 'Số điện thoại này đã có đủ số lịch hẹn được phép.', {
      limit: settings.maxActivePerPhone,
      kind: 'active',
    });
  }
  const sameDay = mine.filter((b) => b.day === day && b.status !== 'cancelled').length;
  if (sameDay >= settings.maxPerPhonePerDay) {
    return refuse('phone_limit', 'Số điện thoại này đã đặt đủ số lịch hẹn trong ngày.', {
      limit: settings.maxPerPhonePerDay,
      kind: 'day',
    });
  }
  return null;
}

export interface CheckInWindow {
  opensAt: number;
  closesAt: number;
}

export function checkInWindow(start: number, settings: AppointmentSettings): CheckInWindow {
  return {
    opensAt: start - settings.checkInEarlyMinutes * 60_000,
    closesAt: start + settings.checkInLateMinutes * 60_000,
  };
}

/** Where now stands against a booking's check-in window (both ends included). */
export function checkInTiming(
  start: number,
  settings: AppointmentSettings,
  now: number,
): 'too_early' | 'open' | 'too_late' {
  const w = checkInWindow(start, settings);
  if (now < w.opensAt) return 'too_early';
  if (now > w.closesAt) return 'too_late';
  return 'open';
}

/** A booking whose window closed without a check-in. */
export function isMissed(b: Booking, settings: AppointmentSettings, now: number): boolean {
  return b.kind === 'slot' && b.status === 'booked' && now > checkInWindow(b.start, settings).closesAt;
}

/** True once a booking's personal data is due for erasure. */
export function retentionOver(b: Booking, settings: AppointmentSettings | undefined, now: number): boolean {
  const days = settings?.retentionDays ?? 30;
  return !b.purged && now > b.start + days * 86_400_000;
}

/** Why a remote ticket may not be taken now, or null. */
export function remoteRefusal(
  site: Site,
  settings: AppointmentSettings | undefined,
  procedureId: string,
  phone: string,
  bookings: readonly Booking[],
  now: number,
): Refusal | null {
  if (!settings?.enabled || !settings.remote.enabled) {
    return refuse('appointments_closed', 'Trung tâm chưa nhận lấy số từ xa.');
  }
  const rule = procedureRule(settings, procedureId);
  if (!rule || rule.remoteSharePercent === 0) {
    return refuse('procedure_not_bookable', 'Thủ tục này chưa nhận lấy số từ xa.');
  }
  const day = siteTime(now, site.timeZone).day;
  const cap = Math.floor((dayCapacity(site, rule, day) * rule.remoteSharePercent) / 100);
  const today = bookings.filter((b) => b.kind === 'remote' && b.day === day);
  if (today.filter((b) => b.procedureId === procedureId).length >= cap) {
    return refuse('slot_full', 'Hôm nay đã hết số lấy từ xa cho thủ tục này.', { cap });
  }
  if (today.some((b) => b.phone === phone && b.status !== 'cancelled')) {
    return refuse('phone_limit', 'Số điện thoại này đã lấy một số từ xa hôm nay.', {
      limit: 1,
      kind: 'remote',
    });
  }
  return null;
}
