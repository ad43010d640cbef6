// Wire types of the admin API (the admin console and its tests read them).
import type { SiteConfig } from '../domain/model.js';
import type { SiteSettings } from './config-schemas.js';
import type { SiteSummary, TicketView } from './views.js';

export interface AdminContext {
  user: {
    id: string;
    username: string;
    fullName: string;
    role: 'admin' | 'manager' | 'staff';
    siteIds: string[];
  };
  sites: SiteSummary[];
  /** Base of pairing links and QR codes (the server's public address). */
  publicUrl: string;
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
  role: 'admin' | 'manager' | 'staff';
  siteIds: string[];
  disabled: boolean;
  createdAt: number;
}

export interface DeviceView {
  id: string;
  siteId: string;
  kind: 'kiosk' | 'display' | 'counter' | 'integration';
  name: string;
  counterId: string | null;
  printer: string | null;
  createdAt: number;
  revokedAt: number | null;
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
}
