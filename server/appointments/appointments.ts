// The appointments of every site: each site's bookings (loaded on first use, one writer each),
// its settings, and the purge of personal data once the retention period is over (at start-up,
// then every hour).
import { randomBytes, randomInt } from 'node:crypto';
import type { Booking } from '../../shared/domain/appointments.js';
import type { AppointmentSettings } from '../../shared/protocol/appointment-settings.js';
import type { SiteHub } from '../hub/site-hub.js';
import type { Logger } from '../services/ports.js';
import type { QueueService } from '../services/queue-service.js';
import { ServiceError } from '../services/service-error.js';
import type { BookingStore } from './booking-store.js';
import { SiteBookings } from './site-bookings.js';

export interface AppointmentsDeps {
  queue: QueueService;
  store: BookingStore;
  clock: () => number;
  logger: Logger;
}

/** Letters and digits a citizen cannot misread (no I, O, 0, 1). */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const PURGE_EVERY_MS = 3600_000;

export class Appointments {
  private readonly sites = new Map<string, Promise<SiteBookings>>();
  private timer: NodeJS.Timeout | null = null;

  constructor(readonly deps: AppointmentsDeps) {}

  now(): number {
    return this.deps.clock();
  }

  hub(siteId: string): SiteHub {
    return this.deps.queue.hub(siteId);
  }

  settings(siteId: string): AppointmentSettings | undefined {
    return this.hub(siteId).settings.appointments;
  }

  /** The site's bookings (its hub must exist). */
  site(siteId: string): Promise<SiteBookings> {
    this.hub(siteId);
    let site = this.sites.get(siteId);
    if (!site) {
      site = SiteBookings.load(siteId, this.deps.store);
      site.catch(() => this.sites.delete(siteId));
      this.sites.set(siteId, site);
    }
    return site;
  }

  /** A booking by its manage token, on whichever site it is. */
  async byManageToken(token: string): Promise<{ site: SiteBookings; booking: Booking } | null> {
    for (const hub of this.deps.queue.sites()) {
      const site = await this.site(hub.siteId);
      const booking = site.book.byToken.get(token);
      if (booking) return { site, booking };
    }
    return null;
  }

  newCode(site: SiteBookings): string {
    for (;;) {
      let code = '';
      for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
      if (!site.book.byCode.has(code)) return code;
    }
  }

  newManageToken(): string {
    return randomBytes(18).toString('base64url');
  }

  /** Erases expired personal data on every site; returns how many bookings were erased. */
  async purgeAll(): Promise<number> {
    let erased = 0;
    for (const hub of this.deps.queue.sites()) {
      const site = await this.site(hub.siteId);
      erased += await site.purge(hub.settings.appointments, this.now());
    }
    return erased;
  }

  startPurge(): void {
    const run = () =>
      void this.purgeAll()
        .then((n) => {
          if (n > 0) this.deps.logger.info({ erased: n }, 'appointments: personal data erased');
        })
        .catch((error: unknown) =>
          this.deps.logger.error({ err: String(error) }, 'appointments: purge failed'),
        );
    run();
    this.timer = setInterval(run, PURGE_EVERY_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    for (const site of this.sites.values()) await (await site.catch(() => null))?.settled();
    await this.deps.store.close();
  }
}

/** A refusal of the booking rules as an API error (429 for a phone limit, 409 otherwise). */
export function refusalError(refusal: { code: string; message: string; details?: unknown }): ServiceError {
  const status = refusal.code === 'phone_limit' ? 429 : refusal.code === 'phone_invalid' ? 400 : 409;
  return new ServiceError(status, refusal.code as ServiceError['code'], refusal.message, refusal.details);
}
