// The configuration data file (config.json): sites with their settings, staff accounts and
// devices. Validated on every load: a hand-broken file stops start-up with a clear message.
import { z } from 'zod';
import { idSchema, siteConfigSchema, siteSettingsSchema } from '../../shared/protocol/config-schemas.js';

export const CONFIG_SCHEMA_VERSION = 1;

export const ROLES = ['admin', 'province', 'manager', 'staff'] as const;
export type Role = (typeof ROLES)[number];
export const DEVICE_KINDS = ['kiosk', 'display', 'counter', 'integration'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const userRecordSchema = z.strictObject({
  id: idSchema,
  username: z.string().min(1).max(64),
  fullName: z.string().max(120),
  role: z.enum(ROLES),
  siteIds: z.array(idSchema),
  passwordHash: z.string().min(1),
  disabled: z.boolean(),
  createdAt: z.number(),
  /** The password was given by someone else (first start, new account, reset): change it at sign-in. */
  mustChangePassword: z.boolean().optional(),
});

export const deviceRecordSchema = z.strictObject({
  id: idSchema,
  siteId: idSchema,
  kind: z.enum(DEVICE_KINDS),
  name: z.string().max(120),
  counterId: idSchema.nullable(),
  /** Printer target of a kiosk (tcp://host:port, a device path, or none); null = the default. */
  printer: z.string().max(300).nullable(),
  keyHash: z.string().min(1),
  /** Credentials handed to browsers paired by a one-time code (newest last, a few kept). */
  pairedKeyHashes: z.array(z.string().min(1)).max(8).optional(),
  /** A display showing one zone of the hall (counterId set instead: one counter's board). */
  zone: z.string().max(32).optional(),
  createdAt: z.number(),
  revokedAt: z.number().nullable(),
});

export const siteRecordSchema = z.strictObject({
  config: siteConfigSchema,
  settings: siteSettingsSchema,
});

export const configDataSchema = z.strictObject({
  schemaVersion: z.literal(CONFIG_SCHEMA_VERSION),
  sites: z.array(siteRecordSchema),
  users: z.array(userRecordSchema),
  devices: z.array(deviceRecordSchema),
});

export type UserRecord = z.infer<typeof userRecordSchema>;
export type DeviceRecord = z.infer<typeof deviceRecordSchema>;
export type SiteRecord = z.infer<typeof siteRecordSchema>;
export type ConfigData = z.infer<typeof configDataSchema>;

export function emptyConfigData(): ConfigData {
  return { schemaVersion: CONFIG_SCHEMA_VERSION, sites: [], users: [], devices: [] };
}
