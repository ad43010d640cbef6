// Appointments of the demo centre: on for four common procedures, so a newcomer can book a time
// on /book, check in at the kiosk and take a remote ticket at once.
import type { AppointmentSettings } from '../../shared/protocol/appointment-settings.js';

export function demoAppointments(): AppointmentSettings {
  const slot = (procedureId: string, slotMinutes: number, capacity: number) => ({
    procedureId,
    slotMinutes,
    capacity,
    bookingSharePercent: 50,
    remoteSharePercent: 20,
  });
  return {
    enabled: true,
    daysAhead: 14,
    checkInEarlyMinutes: 15,
    checkInLateMinutes: 10,
    bookedLeadMinutes: 5,
    maxActivePerPhone: 3,
    maxPerPhonePerDay: 2,
    retentionDays: 30,
    remote: { enabled: true, notifyAhead: 5 },
    procedures: [
      slot('p-khai-sinh', 30, 6),
      slot('p-ket-hon', 30, 4),
      slot('p-chung-thuc-ban-sao', 15, 8),
      slot('p-trich-luc', 30, 6),
    ],
  };
}
