// zod schema of a site's appointments settings section (bookings and remote tickets). Kept free of
// other schema modules so config-schemas.ts can include it without an import cycle.
import { z } from 'zod';

/** One procedure open to bookings (its presence in the list is what turns bookings on for it). */
export const appointmentProcedureSchema = z.strictObject({
  procedureId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/),
  /** Length of one slot, minutes. */
  slotMinutes: z.number().int().min(5).max(240),
  /** Citizens the counters of this procedure's line can take in one slot (the line's load). */
  capacity: z.number().int().min(1).max(500),
  /** Share of each slot open to bookings, percent; the rest stays for walk-ins. */
  bookingSharePercent: z.number().int().min(0).max(100),
  /** Share of the day's capacity open to remote tickets, percent. */
  remoteSharePercent: z.number().int().min(0).max(100),
});

export const appointmentSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  /** How many days ahead a slot may be booked (0 = today only). */
  daysAhead: z.number().int().min(0).max(90),
  /** Check-in opens this many minutes before the booked time… */
  checkInEarlyMinutes: z.number().int().min(0).max(240),
  /** …and closes this many minutes after it. */
  checkInLateMinutes: z.number().int().min(0).max(240),
  /**
   * Priority of booked tickets: a checked-in ticket takes its place in line as if it had arrived
   * this many minutes before its booked time (never ahead of a ticket the starvation guard protects).
   */
  bookedLeadMinutes: z.number().int().min(0).max(120),
  /** Bookings one phone number may hold at once (not yet checked in, cancelled or missed). */
  maxActivePerPhone: z.number().int().min(1).max(20),
  /** Bookings one phone number may make for one day. */
  maxPerPhonePerDay: z.number().int().min(1).max(20),
  /** Days after its slot a booking's name and phone number are kept, then erased. */
  retentionDays: z.number().int().min(1).max(365),
  remote: z.strictObject({
    enabled: z.boolean(),
    /** The status page says "time to set off" when this many people or fewer are ahead. */
    notifyAhead: z.number().int().min(0).max(200),
  }),
  procedures: z.array(appointmentProcedureSchema).max(500),
});

export type AppointmentSettings = z.infer<typeof appointmentSettingsSchema>;
export type AppointmentProcedure = z.infer<typeof appointmentProcedureSchema>;
