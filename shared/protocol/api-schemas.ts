// Request bodies of the HTTP API and the socket commands. Strict: unknown keys are refused.
import { z } from 'zod';
import { FINISH_OUTCOMES, LOCALES } from '../domain/model.js';
import { idSchema, text } from './config-schemas.js';

export const requestIdSchema = z
  .string()
  .min(8)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, - and _ only');

export const loginBody = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(200),
});

/** A device types the one-time code shown in the console (case, spaces and dashes ignored). */
export const pairingCodeBody = z.strictObject({ code: z.string().min(1).max(20) });

/** A signed-in person's own password change (the policy is checked by the server). */
export const changePasswordBody = z.strictObject({
  current: z.string().min(1).max(200),
  next: z.string().min(1).max(400),
});

export const createDeviceBody = z.strictObject({
  kind: z.enum(['kiosk', 'display', 'counter', 'integration']),
  name: text(120).pipe(z.string().min(1)),
  counterId: idSchema.optional(),
  /** A display that shows one zone of the hall (or counterId: one counter's board). */
  zone: z
    .string()
    .regex(/^[\p{L}\p{N}_-]{1,32}$/u)
    .optional(),
  printer: z.string().max(300).optional(),
});

export const issueTicketBody = z.strictObject({
  procedureId: idSchema,
  priority: idSchema.nullable().optional(),
  language: z.enum(LOCALES).optional(),
  requestId: requestIdSchema,
  channel: z.enum(['kiosk', 'staff', 'phone', 'appointment']).optional(),
  /** More procedures of the same visit, served in order on this one ticket. */
  moreProcedures: z.array(idSchema).max(4).optional(),
});

export const emptyBody = z.strictObject({});

export const finishBody = z.strictObject({
  handledProcedureId: idSchema.nullable().optional(),
  note: text(500).nullable().optional(),
  /** Checked (tolerantly) by the engine: see shared/domain/dossier-code.ts. */
  dossierCode: z.string().max(200).nullable().optional(),
  outcome: z.enum(FINISH_OUTCOMES).nullable().optional(),
});

export const transferFields = z.strictObject({
  ticketId: idSchema.optional(),
  toSeriesId: idSchema.optional(),
  toCounterId: idSchema.optional(),
  placement: z.enum(['keep', 'front', 'back']).optional(),
  note: text(200).optional(),
});
export const hasTransferTarget = (b: { toSeriesId?: string; toCounterId?: string }) =>
  b.toSeriesId !== undefined || b.toCounterId !== undefined;
export const transferBody = transferFields.refine(hasTransferTarget, 'toSeriesId or toCounterId is required');
/** A transfer of a ticket named in the path (the monitor's): the same fields but the ticket's id. */
export const ticketTransferBody = transferFields
  .omit({ ticketId: true })
  .refine(hasTransferTarget, 'toSeriesId or toCounterId is required');

export const PAUSE_REASONS = ['meeting', 'lunch', 'support', 'other'] as const;
export const pauseBody = z.strictObject({
  reason: z.enum(PAUSE_REASONS),
  note: text(200).nullable().optional(),
});

export const callTicketBody = z.strictObject({ ticketId: idSchema });

export const signInBody = z.strictObject({ takeOver: z.boolean().optional() });

export const rateBody = z.strictObject({
  level: z.number().int().min(1).max(5),
  reasons: z.array(idSchema).max(20).optional(),
  comment: text(1000).nullable().optional(),
});

export const counterRateBody = rateBody.extend({ ticketId: idSchema });

export type IssueTicketBody = z.infer<typeof issueTicketBody>;
export type FinishBody = z.infer<typeof finishBody>;
export type TransferBody = z.infer<typeof transferBody>;
export type PauseBody = z.infer<typeof pauseBody>;
export type RateBody = z.infer<typeof rateBody>;
