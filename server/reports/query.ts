// The query string of every report, validated with zod: a date range of at most 12 years and
// optional filters. Unknown parameters are refused.
import { z } from 'zod';
import { CHANNELS } from '../../shared/domain/model.js';
import { addDays } from '../../shared/i18n/time.js';
import { idSchema } from '../../shared/protocol/config-schemas.js';

export const MAX_RANGE_DAYS = 12 * 366;
export const DEFAULT_RANGE_DAYS = 30;

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => {
    const t = new Date(`${d}T00:00:00Z`);
    return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === d;
  }, 'not a date');

export const SATISFACTION_GROUPS = ['month', 'counter', 'officer', 'procedure'] as const;
export type SatisfactionGroup = (typeof SATISFACTION_GROUPS)[number];

export const reportQuerySchema = z.strictObject({
  from: isoDay.optional(),
  to: isoDay.optional(),
  fieldId: idSchema.optional(),
  procedureId: idSchema.optional(),
  seriesId: idSchema.optional(),
  counterId: idSchema.optional(),
  officerId: idSchema.optional(),
  channel: z.enum(CHANNELS).optional(),
  /** A priority category id, "none" (normal tickets only) or "any" (every priority ticket). */
  priority: idSchema.optional(),
  /** Grouping of the satisfaction report. */
  by: z.enum(SATISFACTION_GROUPS).optional(),
  /** UI language of the export file names and labels (headers stay Vietnamese). */
  lang: z.enum(['vi', 'en', 'km']).optional(),
});

export type ReportQueryInput = z.infer<typeof reportQuerySchema>;

export interface ReportFilters {
  fieldId?: string;
  procedureId?: string;
  seriesId?: string;
  counterId?: string;
  officerId?: string;
  channel?: (typeof CHANNELS)[number];
  priority?: string;
}

export interface ReportQuery {
  from: string;
  to: string;
  filters: ReportFilters;
  by: SatisfactionGroup;
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Fills the defaults (the last 30 days up to today) and checks the range. */
export function resolveQuery(input: ReportQueryInput, today: string): ReportQuery | string {
  const to = input.to ?? (input.from && input.from > today ? input.from : today);
  const from = input.from ?? addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (from > to) return 'from must not be after to';
  if (daysBetween(from, to) >= MAX_RANGE_DAYS) return 'the range must not exceed 12 years';
  const { by, lang: _lang, from: _f, to: _t, ...filters } = input;
  return { from, to, filters, by: by ?? 'month' };
}
