// What the booking API sends: the bookable catalogue, a booking as its owner sees it, today's
// slots for the monitor, and the appointments report.
import type { BookingStatus, Slot } from '../domain/appointments.js';
import type { LocalizedText } from '../domain/model.js';
import type { SiteSummary } from './views.js';

export interface BookableProcedure {
  id: string;
  code: string;
  name: LocalizedText;
  documents: LocalizedText[];
  fee?: LocalizedText;
  slotMinutes: number;
  /** A remote ticket may be taken for it today. */
  remote: boolean;
}

export interface BookableField {
  id: string;
  name: LocalizedText;
  icon?: string;
  procedures: BookableProcedure[];
}

export interface BookingCatalogue {
  site: SiteSummary;
  enabled: boolean;
  remoteEnabled: boolean;
  /** Today, site-local, and the last day that may be booked. */
  today: string;
  lastDay: string;
  retentionDays: number;
  checkInEarlyMinutes: number;
  checkInLateMinutes: number;
  fields: BookableField[];
}

export interface BookingCreated {
  code: string;
  manageToken: string;
  start: number;
  procedureId: string;
}

export interface BookingView extends BookingCreated {
  siteId: string;
  siteName: LocalizedText;
  timeZone: string;
  procedureName: LocalizedText;
  documents: LocalizedText[];
  slotMinutes: number;
  status: BookingStatus | 'missed';
  name: string | null;
  /** The phone number with its middle digits hidden. */
  phone: string | null;
  window: { opensAt: number; closesAt: number };
}

export interface SlotsResponse {
  slots: Slot[];
}

/** A booking of today found by the counter's check-in screen (GET …/appointments/search). */
export interface BookingMatch {
  code: string;
  /** null once erased (retention over). */
  name: string | null;
  /** Masked but the last 3 digits. */
  phone: string | null;
  procedureId: string;
  start: number;
  /** start and the window's opening as HH:mm in the site's time zone. */
  startLocal: string;
  opensAtLocal: string | null;
  status: string;
  window: { opensAt: number; closesAt: number } | null;
  timing: 'too_early' | 'open' | 'too_late' | null;
}

/** One slot of today on the monitor. */
export interface TodaySlot {
  start: number;
  procedureId: string;
  booked: number;
  checkedIn: number;
  missed: number;
  cancelled: number;
}

export interface AppointmentReport {
  from: string;
  to: string;
  booked: number;
  shown: number;
  missed: number;
  cancelled: number;
  /** Check-in relative to the booked time: before it, within 5 minutes after, later. */
  punctuality: { early: number; onTime: number; late: number };
  /** Mean issue → first call, ms (null without a call), by how the citizen came. */
  waits: Record<'booked' | 'walkIn' | 'remote', { count: number; meanMs: number | null }>;
}
