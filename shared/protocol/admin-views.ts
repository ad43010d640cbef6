// Wire types of the admin API (the admin console and its tests read them).
import type { SiteConfig } from '../domain/model.js';
import type { SiteSettings } from './config-schemas.js';
import type { SiteSummary, TicketView } from './views.js';

export interface AdminContext {
  user: {
    id: string;
    username: string;
    fullName: string;
    role: 'admin' | 'province' | 'manager' | 'staff';
    siteIds: string[];
    /** Signed in with a password someone else chose: the console asks for a new one first. */
    mustChangePassword: boolean;
  };
  sites: SiteSummary[];
  /** Whether this hub offers the province view (a hub on PostgreSQL). */
  provinceView: boolean;
  /** Base of pairing links and QR codes (the server's public address). */
  publicUrl: string;
  /** Where publicUrl comes from: LUOT_PUBLIC_URL, the bound HOST, the LAN address, the console's own address. */
  publicUrlSource: 'configured' | 'bound' | 'lan' | 'console' | 'loopback';
  /** True while links point to this machine only (phones and TVs cannot open them). */
  publicUrlLoopback: boolean;
}

export interface SiteConfigView {
  config: SiteConfig;
  settings: SiteSettings;
  /** Procedures whose mã TTHC looks odd (id → warning). */
  codeWarnings: Record<string, string>;
}

/** The live monitor's lists (the counters and waiting counts come with the socket snapshot). */
export interface MonitorView {
  seq: number;
  serverTime: number;
  /** Every waiting ticket in line order. */
  waiting: TicketView[];
  /** No-shows that may still be reactivated. */
  noShows: TicketView[];
}

export interface AdminUserView {
  id: string;
  username: string;
  fullName: string;
  role: 'admin' | 'province' | 'manager' | 'staff';
  siteIds: string[];
  disabled: boolean;
  createdAt: number;
  /** The password was set by someone else and is changed at the next sign-in. */
  mustChangePassword: boolean;
}

export interface DeviceView {
  id: string;
  siteId: string;
  kind: 'kiosk' | 'display' | 'counter' | 'integration';
  name: string;
  counterId: string | null;
  /** A display showing one zone of the hall. */
  zone: string | null;
  printer: string | null;
  createdAt: number;
  revokedAt: number | null;
  /** Connected now (a live socket). Only in the device list. */
  online?: boolean;
  /** When the device was last connected or made a request (this server run); null: not yet. */
  lastSeenAt?: number | null;
}

export interface ImportSummaryView {
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  fieldsCreated: number;
  fieldsUpdated: number;
  warnings: { line: number; message: string }[];
}

export interface ImportResultView {
  dryRun: boolean;
  applied: boolean;
  unknownHeaders: string[];
  summary: ImportSummaryView;
}

export interface AuditEntryView {
  at: number;
  actor: string;
  action: string;
  siteId: string | null;
  target?: string;
  /** Who, in words: the person's full name or the device's name. */
  actorName?: string;
  /** What, in words: a counter's number, a ticket's number, an item's or person's name. */
  targetName?: string;
}
