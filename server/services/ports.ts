// What the queue service needs from the outside world, as small interfaces.
import type { SiteConfig, Ticket } from '../../shared/domain/model.js';
import type { SiteSettings } from '../../shared/protocol/config-schemas.js';
import type { DeviceRecord } from '../store/config-data.js';

export interface PrintOutcome {
  status: 'printed' | 'queued' | 'failed' | 'skipped';
  jobId: string | null;
  error?: string;
}

export interface IssuedSlip {
  config: SiteConfig;
  settings: SiteSettings;
  ticket: Ticket;
  ahead: number;
  statusUrl: string;
  counterNumbers: number[];
  /** The kiosk that took it, whose printer is used (else the default printer). */
  kiosk: DeviceRecord | null;
}

export interface SlipPrinter {
  printIssued(slip: IssuedSlip): Promise<PrintOutcome>;
  reprint(jobId: string): Promise<PrintOutcome>;
  close(): Promise<void>;
}

/** Used when no printer is configured (LUOT_PRINTER=none). */
export const noPrinter: SlipPrinter = {
  printIssued: async () => ({ status: 'skipped', jobId: null }),
  reprint: async () => ({ status: 'skipped', jobId: null }),
  close: async () => undefined,
};

export interface Logger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}
