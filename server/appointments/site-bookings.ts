// One site's bookings, owned by one writer. Every change runs alone in the site's chain: it is
// decided against the bookings as they are, made durable in the journal, and only then applied
// and acknowledged. So two requests for the last seat of a slot can never both get it, and a
// booking acknowledged before a kill -9 is there after the restart.
import type { AppointmentSettings } from '../../shared/protocol/appointment-settings.js';
import { retentionOver } from '../../shared/domain/appointments.js';
import { BookingBook, type BookingEvent } from './booking-events.js';
import type { BookingStore } from './booking-store.js';

export class SiteBookings {
  private chain: Promise<unknown> = Promise.resolve();
  readonly book = new BookingBook();

  private constructor(
    readonly siteId: string,
    private readonly store: BookingStore,
  ) {}

  static async load(siteId: string, store: BookingStore): Promise<SiteBookings> {
    const site = new SiteBookings(siteId, store);
    for (const event of await store.load(siteId)) site.book.apply(event);
    return site;
  }

  /** Runs fn with no other change of this site's bookings in between. */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const step = this.chain.then(fn);
    this.chain = step.catch(() => undefined);
    return step;
  }

  /** Inside exclusive(): makes the events durable, then applies them. */
  async commit(events: BookingEvent[]): Promise<void> {
    await this.store.append(this.siteId, events);
    for (const event of events) this.book.apply(event);
  }

  /**
   * Erases the name and phone number of every booking past the retention period, and rewrites
   * the journal without them (an erased value must not stay in an old line). Returns how many.
   */
  purge(settings: AppointmentSettings | undefined, now: number): Promise<number> {
    return this.exclusive(async () => {
      const due = this.book.all().filter((b) => retentionOver(b, settings, now));
      if (due.length === 0) return 0;
      for (const b of due) this.book.erase(b);
      await this.store.rewrite(this.siteId, this.book.snapshot());
      return due.length;
    });
  }

  /** Resolves once every change accepted so far is durable. */
  settled(): Promise<unknown> {
    return this.chain;
  }
}
