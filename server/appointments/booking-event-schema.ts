// What a stored booking event must look like: checked on every load, whichever store holds it
// (a line of the file journal, a row of the PostgreSQL table), so damage is refused, never replayed.
import { z } from 'zod';
import { LOCALES } from '../../shared/domain/model.js';
import type { BookingEvent } from './booking-events.js';

const bookingSchema = z.strictObject({
  code: z.string(),
  manageToken: z.string(),
  siteId: z.string(),
  kind: z.enum(['slot', 'remote']),
  procedureId: z.string(),
  start: z.number(),
  slotMinutes: z.number(),
  day: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  language: z.enum(LOCALES),
  requestId: z.string(),
  createdAt: z.number(),
  status: z.enum(['booked', 'cancelled', 'checked_in']),
  cancelledAt: z.number().nullable(),
  checkedInAt: z.number().nullable(),
  ticketId: z.string().nullable(),
  purged: z.boolean(),
});

const bookingEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('booking:created'), at: z.number(), booking: bookingSchema }),
  z.strictObject({ type: z.literal('booking:cancelled'), at: z.number(), code: z.string() }),
  z.strictObject({
    type: z.literal('booking:moved'),
    at: z.number(),
    code: z.string(),
    start: z.number(),
    day: z.string(),
  }),
  z.strictObject({
    type: z.literal('booking:checked-in'),
    at: z.number(),
    code: z.string(),
    ticketId: z.string(),
  }),
]);

/** Parses one stored event (JSON text), or says what is wrong with it. */
export function parseBookingEvent(
  text: string,
): { event: BookingEvent } | { problem: 'is not valid JSON' | 'is not a booking event' } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  const checked = bookingEventSchema.safeParse(parsed);
  return checked.success ? { event: checked.data } : { problem: 'is not a booking event' };
}
