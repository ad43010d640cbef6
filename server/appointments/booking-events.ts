// Booking events (facts, past tense) and folding them into a site's bookings. Replaying a site's
// journal through applyBookingEvent rebuilds exactly the bookings the live writer had.
import type { Booking } from '../../shared/domain/appointments.js';

export type BookingEvent =
  | { type: 'booking:created'; at: number; booking: Booking }
  | { type: 'booking:cancelled'; at: number; code: string }
  | { type: 'booking:moved'; at: number; code: string; start: number; day: string }
  | { type: 'booking:checked-in'; at: number; code: string; ticketId: string };

/** A site's bookings with the lookups its requests need. */
export class BookingBook {
  readonly byCode = new Map<string, Booking>();
  readonly byToken = new Map<string, Booking>();
  readonly byRequest = new Map<string, Booking>();
  private readonly byDay = new Map<string, Set<Booking>>();
  private readonly byPhone = new Map<string, Set<Booking>>();

  /** Bookings of one local day. */
  day(day: string): Booking[] {
    return [...(this.byDay.get(day) ?? [])];
  }

  /** Bookings made with one phone number. */
  phone(phone: string): Booking[] {
    return [...(this.byPhone.get(phone) ?? [])];
  }

  all(): Booking[] {
    return [...this.byCode.values()];
  }

  apply(event: BookingEvent): void {
    if (event.type === 'booking:created') {
      const b = { ...event.booking };
      this.byCode.set(b.code, b);
      this.byToken.set(b.manageToken, b);
      this.byRequest.set(b.requestId, b);
      this.index(b);
      return;
    }
    const b = this.byCode.get(event.code);
    if (!b) throw new Error(`booking event for unknown code ${event.code}`);
    if (event.type === 'booking:cancelled') {
      b.status = 'cancelled';
      b.cancelledAt = event.at;
    } else if (event.type === 'booking:moved') {
      this.unindex(b);
      b.start = event.start;
      b.day = event.day;
      this.index(b);
    } else {
      b.status = 'checked_in';
      b.checkedInAt = event.at;
      b.ticketId = event.ticketId;
    }
  }

  /** Erases a booking's personal data (the purge). */
  erase(b: Booking): void {
    this.unindex(b);
    b.name = null;
    b.phone = null;
    b.purged = true;
    this.index(b);
  }

  /** The whole book as creation events: what a rewritten journal holds. */
  snapshot(): BookingEvent[] {
    return this.all().map((booking) => ({
      type: 'booking:created',
      at: booking.createdAt,
      booking: { ...booking },
    }));
  }

  private index(b: Booking): void {
    add(this.byDay, b.day, b);
    if (b.phone) add(this.byPhone, b.phone, b);
  }

  private unindex(b: Booking): void {
    this.byDay.get(b.day)?.delete(b);
    if (b.phone) this.byPhone.get(b.phone)?.delete(b);
  }
}

function add(map: Map<string, Set<Booking>>, key: string, b: Booking): void {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  set.add(b);
}
