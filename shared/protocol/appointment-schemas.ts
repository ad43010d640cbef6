// zod schemas of the booking API's request bodies (appointments and remote tickets).
// Strict objects: unknown keys are refused. The settings section is in appointment-settings.ts.
import { z } from 'zod';
import { LOCALES } from '../domain/model.js';
import { requestIdSchema } from './api-schemas.js';
import { idSchema, text } from './config-schemas.js';

export type { AppointmentProcedure, AppointmentSettings } from './appointment-settings.js';

/** A Vietnamese phone number as typed (spaces, dots, dashes, +84 allowed); normalised later. */
const phoneInput = z
  .string()
  .max(20)
  .regex(/^[+0-9 .-]+$/, 'digits only');
const personName = text(100).pipe(
  z
    .string()
    .trim()
    .min(2)
    .max(100)
    .refine((s) => /\p{L}/u.test(s), 'a name has letters'),
);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const slotsQuery = z.strictObject({ procedureId: idSchema, date: localDate });

export const bookBody = z.strictObject({
  procedureId: idSchema,
  /** The slot's start, epoch ms or an ISO date-time. */
  start: z.union([z.number().int().min(0), z.iso.datetime({ offset: true })]),
  name: personName,
  phone: phoneInput,
  language: z.enum(LOCALES).optional(),
  requestId: requestIdSchema,
});

export const moveBookingBody = z.strictObject({
  start: z.union([z.number().int().min(0), z.iso.datetime({ offset: true })]),
});

export const remoteTicketBody = z.strictObject({
  procedureId: idSchema,
  phone: phoneInput,
  language: z.enum(LOCALES).optional(),
  requestId: requestIdSchema,
});

/** A booking code as a citizen types it or a scanner reads it (case and spaces forgiven). */
export const BOOKING_CODE = /^[A-Z2-9]{6}$/;

export type BookBody = z.infer<typeof bookBody>;
export type RemoteTicketBody = z.infer<typeof remoteTicketBody>;
