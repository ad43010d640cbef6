// Appointments of the demo centre: the defaults, on for four common procedures, so a newcomer can
// book a time on /book, check in at the kiosk and take a remote ticket at once.
import { defaultAppointmentSettings } from '../../shared/protocol/appointment-defaults.js';
import type { AppointmentSettings } from '../../shared/protocol/appointment-settings.js';

export function demoAppointments(): AppointmentSettings {
  const slot = (procedureId: string, slotMinutes: number, capacity: number) => ({
    procedureId,
    slotMinutes,
    capacity,
    bookingSharePercent: 50,
    remoteSharePercent: 20,
  });
  const defaults = defaultAppointmentSettings();
  return {
    ...defaults,
    enabled: true,
    remote: { ...defaults.remote, enabled: true },
    procedures: [
      slot('p-khai-sinh', 30, 6),
      slot('p-ket-hon', 30, 4),
      slot('p-chung-thuc-ban-sao', 15, 8),
      slot('p-trich-luc', 30, 6),
    ],
  };
}
