// zod schemas of a site's configuration: the data file, the admin API and the engine share them.
// Objects are strict: unknown keys are refused.
import { z } from 'zod';
import { VISIT_KINDS } from '../domain/model.js';
import { isValidTimeZone } from '../i18n/time.js';
import { appointmentSettingsSchema } from './appointment-settings.js';

const nfc = (s: string) => s.normalize('NFC');

/** NUL and other C0 controls (tab, newline and carriage return allowed) and DEL. */
export function hasControlCharacters(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}
/** A trimmed NFC string of bounded length without control characters. */
export const text = (max = 500) =>
  z
    .string()
    .max(max)
    .transform(nfc)
    .refine((s) => !hasControlCharacters(s), 'control characters are not allowed')
    .refine((s) => s.isWellFormed(), 'not valid Unicode (lone surrogate)');

export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'letters, digits, - _ . only');

export const localizedText = (max = 500) =>
  z.strictObject({
    vi: text(max).pipe(z.string().min(1)),
    en: text(max).optional(),
    km: text(max).optional(),
  });

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'HH:MM');
const timeWindow = z
  .strictObject({ start: hhmm, end: hhmm })
  .refine((w) => w.start < w.end, 'a window must end after it starts');
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const siteSchema = z.strictObject({
  id: idSchema,
  name: localizedText(200),
  ward: localizedText(200),
  province: localizedText(200),
  agencyCode: text(40).optional(),
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  openingHours: z.partialRecord(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(timeWindow).max(8)),
  holidays: z.array(localDate).max(400),
  holidayNames: z.record(localDate, text(80)).optional(),
  closedMessage: localizedText(300).optional(),
});

export const fieldSchema = z.strictObject({
  id: idSchema,
  code: text(20).pipe(z.string().min(1)),
  name: localizedText(200),
  icon: text(16).optional(),
  retired: z.boolean().optional(),
});

export const procedureSchema = z.strictObject({
  id: idSchema,
  code: text(40),
  name: localizedText(400),
  fieldId: idSchema,
  seriesId: idSchema,
  processingTime: z
    .strictObject({
      value: z.number().min(0).max(1000),
      unit: z.enum(['working_days', 'days', 'hours', 'same_day']),
    })
    .optional(),
  fee: localizedText(200).optional(),
  documents: z.array(localizedText(300)).max(30).optional(),
  keywords: z
    .array(text(60).pipe(z.string().min(1)))
    .max(30)
    .optional(),
  retired: z.boolean().optional(),
});

export const seriesSchema = z
  .strictObject({
    id: idSchema,
    name: localizedText(100),
    prefix: z.string().regex(/^[A-Z]{0,2}$/, 'up to two capital letters'),
    start: z.number().int().min(0).max(999_999),
    end: z.number().int().min(0).max(999_999),
    step: z.number().int().min(1).max(1000),
    padding: z.number().int().min(0).max(6),
    dailyCap: z.number().int().min(0).max(100_000),
    onExhausted: z.enum(['wrap', 'refuse']),
    targetWaitMinutes: z.number().int().min(1).max(600),
  })
  .refine((s) => s.start <= s.end, 'start must not exceed end');

export const counterSchema = z.strictObject({
  id: idSchema,
  number: z.number().int().min(1).max(999),
  name: localizedText(100),
  zone: text(40),
  series: z
    .array(z.strictObject({ seriesId: idSchema, weight: z.number().min(0.1).max(10).optional() }))
    .max(50),
  policy: z.enum(['fifo', 'strict', 'interleave']),
  interleaveRatio: z.number().int().min(1).max(20).optional(),
  retired: z.boolean().optional(),
});

export const priorityCategorySchema = z.strictObject({
  id: idSchema,
  name: localizedText(100),
  legalBasis: localizedText(300).optional(),
  ageThreshold: z.number().int().min(1).max(120).optional(),
  requiresConfirmation: z.boolean(),
});

export const queueRulesSchema = z.strictObject({
  recallLimit: z.number().int().min(0).max(20),
  startOnCall: z.boolean(),
  noShowReactivateMinutes: z.number().int().min(0).max(600),
  transferPlacement: z.enum(['keep', 'front', 'back']),
  starvationGuardMinutes: z.number().int().min(0).max(600),
  etaSampleSize: z.number().int().min(1).max(500),
  defaultServiceMinutes: z.number().min(0.5).max(240),
  noShowAfterRecall: z.boolean().optional(),
});

/** How the wall display behaves. */
export const displaySettingsSchema = z.strictObject({
  noticeText: localizedText(1000).optional(),
  historySize: z.number().int().min(1).max(20),
  highlightSeconds: z.number().int().min(1).max(120),
});

/** Voice announcements. */
export const voiceSettingsSchema = z.strictObject({
  template: localizedText(300),
  repeat: z.number().int().min(1).max(5),
  numberMode: z.enum(['words', 'digits']),
  chime: z.boolean(),
  useSpeechSynthesis: z.boolean(),
  /** Regional reading of Vietnamese numbers; absent = nghìn, lẻ, tư (see shared/i18n/numbers.ts). */
  readingStyle: z
    .strictObject({
      thousand: z.enum(['nghìn', 'ngàn']),
      zeroTen: z.enum(['lẻ', 'linh']),
      fourAfterTens: z.enum(['tư', 'bốn']),
    })
    .optional(),
});

/** The printed slip. */
export const slipLayoutSchema = z.strictObject({
  paperWidth: z.union([z.literal(80), z.literal(58)]),
  show: z.strictObject({
    centre: z.boolean(),
    ward: z.boolean(),
    field: z.boolean(),
    procedure: z.boolean(),
    counters: z.boolean(),
    ahead: z.boolean(),
    time: z.boolean(),
    qr: z.boolean(),
    footer: z.boolean(),
    priority: z.boolean(),
  }),
  headerText: text(200).optional(),
  footerText: text(300).optional(),
});

/** The citizen satisfaction scale. */
export const ratingSettingsSchema = z.strictObject({
  scale: z.union([z.literal(3), z.literal(4), z.literal(5)]),
  /** Labels from the highest level down to 1. */
  levels: z
    .array(z.strictObject({ level: z.number().int().min(1).max(5), label: localizedText(60) }))
    .min(3)
    .max(5),
  /** Levels that ask for reasons. */
  lowLevels: z.array(z.number().int().min(1).max(5)).max(5),
  /** Levels counted as satisfied in the satisfaction rate. */
  satisfiedLevels: z.array(z.number().int().min(1).max(5)).max(5),
  reasons: z.array(z.strictObject({ id: idSchema, label: localizedText(120) })).max(20),
  phoneWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  closeAfterSeconds: z.number().int().min(5).max(300),
});

const VISIT_KIND = z.enum(VISIT_KINDS);

/** Visit kind → the procedure (and so the series) its ticket is issued in; a kind left out has no
 *  tile. Optionally the tiles' order (kinds not listed follow in the default order) and their
 *  words instead of the kiosk's own ("Nhận kết quả" …), edited in the console's kiosk settings. */
export const kioskVisitsSchema = z.strictObject({
  result: idSchema.optional(),
  supplement: idSchema.optional(),
  inquiry: idSchema.optional(),
  order: z
    .array(VISIT_KIND)
    .max(3)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'a visit kind is listed twice')
    .optional(),
  labels: z.partialRecord(VISIT_KIND, localizedText(60)).optional(),
});
export type KioskVisits = z.infer<typeof kioskVisitsSchema>;

export const kioskSettingsSchema = z.strictObject({
  idleSeconds: z.number().int().min(10).max(600),
  ticketScreenSeconds: z.number().int().min(5).max(300),
  showPriority: z.boolean(),
  visits: kioskVisitsSchema.optional(),
});

export const siteSettingsSchema = z.strictObject({
  display: displaySettingsSchema,
  voice: voiceSettingsSchema,
  slip: slipLayoutSchema,
  rating: ratingSettingsSchema,
  kiosk: kioskSettingsSchema,
  appointments: appointmentSettingsSchema.optional(),
});

export const siteConfigSchema = z.strictObject({
  site: siteSchema,
  fields: z.array(fieldSchema).max(500),
  procedures: z.array(procedureSchema).max(5000),
  series: z.array(seriesSchema).max(100),
  counters: z.array(counterSchema).max(300),
  priorityCategories: z.array(priorityCategorySchema).max(20),
  rules: queueRulesSchema,
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;
export type SlipLayout = z.infer<typeof slipLayoutSchema>;
export type RatingSettings = z.infer<typeof ratingSettingsSchema>;
export type DisplaySettings = z.infer<typeof displaySettingsSchema>;
export type VoiceSettings = z.infer<typeof voiceSettingsSchema>;
export type KioskSettings = z.infer<typeof kioskSettingsSchema>;

/** Lenient check of a mã TTHC: a mismatch is a warning, never a refusal. */
export const PROCEDURE_CODE_PATTERN = /^\d\.\d{6}(\.\d{3}\.\d{2}\.\d{2}\.H\d{2})?$/;
export function procedureCodeWarning(code: string): string | null {
  return PROCEDURE_CODE_PATTERN.test(code)
    ? null
    : `Mã TTHC "${code}" không đúng định dạng 1.001193.000.00.00.H59`;
}
