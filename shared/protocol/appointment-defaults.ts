// The appointments settings a centre starts from (the admin tab's first draft; the demo centre
// turns them on). Apart from the zod schema so the admin app can use it without bundling zod.
import type { AppointmentSettings } from './appointment-settings.js';

/** What a centre starts from: bookings and remote tickets off, no procedure open to them. */
export function defaultAppointmentSettings(): AppointmentSettings {
  return {
    enabled: false,
    daysAhead: 14,
    checkInEarlyMinutes: 15,
    checkInLateMinutes: 10,
    bookedLeadMinutes: 5,
    maxActivePerPhone: 3,
    maxPerPhonePerDay: 2,
    retentionDays: 30,
    remote: { enabled: false, notifyAhead: 5 },
    procedures: [],
  };
}
