// zod schemas of the integrations API: webhook subscriptions, the site's integration settings
// (turn-near threshold, dossier lookup link, notification gateway) and a citizen's request for a
// message. Strict objects: unknown keys are refused.
import { z } from 'zod';
import { LOCALES } from '../domain/model.js';
import { localizedText, text } from './config-schemas.js';

export const WEBHOOK_EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.finished',
  'ticket.rated',
  'ticket.turn-near',
  'counter.paused',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

const httpUrl = z
  .string()
  .max(2000)
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), 'an http:// or https:// URL');

export const createWebhookBody = z.strictObject({
  url: httpUrl,
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES))
    .min(1)
    .max(WEBHOOK_EVENT_TYPES.length)
    .refine((list) => new Set(list).size === list.length, 'each event type once'),
  secret: z.string().min(16, 'at least 16 characters').max(256),
});

export const replayBody = z.strictObject({
  fromSeq: z.number().int().min(1),
  /** Site-local day (default today). */
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});

export const NOTIFICATION_KINDS = ['turn-near', 'called', 'rate-us'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

const template = z.strictObject({
  /** The provider's template id (Zalo ZNS template_id, an SMS brand template code). */
  templateId: text(100).optional(),
  /** The message with {number}, {counter}, {ahead}, {centre}, {code}, {link} placeholders. */
  text: localizedText(500),
});

export const gatewaySchema = z.strictObject({
  url: httpUrl,
  /** zalo-zns: {phone, template_id, template_data, tracking_id}; sms-json: {to, text, sender}. */
  format: z.enum(['zalo-zns', 'sms-json']),
  /** Static headers, e.g. the provider's access token. Never shown back in full. */
  headers: z.record(z.string().regex(/^[A-Za-z0-9-]{1,64}$/), text(500)).default({}),
  sender: text(40).optional(),
  templates: z.strictObject({
    'turn-near': template,
    called: template,
    'rate-us': template,
  }),
});
export type GatewayConfig = z.infer<typeof gatewaySchema>;

export const integrationSettingsSchema = z.strictObject({
  /** ticket.turn-near fires once a waiting ticket has at most this many people ahead. */
  turnNearAhead: z.number().int().min(0).max(100),
  /** The provincial lookup page of a dossier; {code} is replaced by the URL-encoded mã hồ sơ. */
  dossierLinkTemplate: httpUrl.refine((s) => s.includes('{code}'), 'must contain {code}').nullable(),
  /** The message gateway; null = no messages to citizens. */
  gateway: gatewaySchema.nullable(),
});
export type IntegrationSettings = z.infer<typeof integrationSettingsSchema>;

export const defaultIntegrationSettings = (): IntegrationSettings => ({
  turnNearAhead: 3,
  dossierLinkTemplate: null,
  gateway: null,
});

/** A Vietnamese mobile number, with or without +84/84/0: kept as 84xxxxxxxxx. */
export const phoneSchema = z
  .string()
  .max(20)
  .transform((s) => s.replace(/[\s.()-]/g, ''))
  .refine((s) => /^(?:\+?84|0)[35789]\d{8}$/.test(s), 'a Vietnamese mobile number')
  .transform((s) => `84${s.replace(/^(?:\+?84|0)/, '')}`);

export const notifyBody = z.strictObject({
  phone: phoneSchema,
  locale: z.enum(LOCALES).optional(),
});

export interface WebhookView {
  id: string;
  url: string;
  events: WebhookEventType[];
  paused: boolean;
  createdAt: number;
  /** The last delivered position (site-local day, journal seq). */
  cursor: { day: string; seq: number };
  lastError: string | null;
  lastDeliveredAt: number | null;
}

export interface DeliveryView {
  deliveryId: string;
  eventId: string;
  type: WebhookEventType;
  day: string;
  seq: number;
  attempt: number;
  status: 'delivered' | 'failed';
  httpStatus: number | null;
  error: string | null;
  at: number;
  durationMs: number;
}
