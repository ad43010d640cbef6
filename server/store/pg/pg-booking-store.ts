// Bookings in PostgreSQL (a hub on LUOT_DATABASE_URL): the same port as the embedded journal
// (server/appointments/booking-store.ts), one row per booking event (migration 004). An append
// resolves only once its transaction has committed; a site's changes run one after another in
// call order; a purge's rewrite replaces the site's rows in one transaction. The head each append
// expects is the one this store last loaded or wrote, so a second writer of the same site (a node
// that lost its lease but does not know it yet) is refused (ECONFLICT) rather than booking a seat
// the live writer does not know about.
import type pg from 'pg';
import { parseBookingEvent } from '../../appointments/booking-event-schema.js';
import type { BookingEvent } from '../../appointments/booking-events.js';
import type { BookingStore } from '../../appointments/booking-store.js';
import { CorruptDataError } from '../errors.js';
import { SeqConflictError } from './day-writer.js';
import { inTransaction } from './pg-transaction.js';

interface Head {
  first: number;
  last: number;
}

const INSERT = `
  INSERT INTO luot_booking_events (site_id, seq, event)
  SELECT $1, t.seq, t.event FROM unnest($2::bigint[], $3::text[]) AS t(seq, event)`;

export class PgBookingStore implements BookingStore {
  /** The head of each site as this store last loaded or wrote it. */
  private readonly heads = new Map<string, Head>();
  private readonly chains = new Map<string, Promise<unknown>>();

  /** The pool belongs to the PgStore (closed with it). */
  constructor(
    private readonly pool: pg.Pool,
    private readonly location: string,
  ) {}

  private where(siteId: string): string {
    return `${this.location} table luot_booking_events site ${siteId}`;
  }

  /** Runs a site's changes one after another, in call order. */
  private serial<R>(siteId: string, work: () => Promise<R>): Promise<R> {
    const step = (this.chains.get(siteId) ?? Promise.resolve()).then(work);
    this.chains.set(
      siteId,
      step.catch(() => undefined),
    );
    return step;
  }

  load(siteId: string): Promise<BookingEvent[]> {
    return this.serial(siteId, async () => {
      const { head, rows } = await inTransaction(this.pool, this.where(siteId), async (client) => {
        // One snapshot for the head and the rows, even while another node writes.
        await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
        const heads = await client.query<{ first_seq: string; last_seq: string }>(
          'SELECT first_seq, last_seq FROM luot_booking_heads WHERE site_id = $1',
          [siteId],
        );
        const events = await client.query<{ seq: string; event: string }>(
          'SELECT seq, event FROM luot_booking_events WHERE site_id = $1 ORDER BY seq',
          [siteId],
        );
        const h = heads.rows[0];
        return {
          head: h ? { first: Number(h.first_seq), last: Number(h.last_seq) } : null,
          rows: events.rows,
        };
      });
      const where = this.where(siteId);
      if (!head) {
        if (rows.length > 0) throw new CorruptDataError(where, 'it has booking rows but no head row');
        this.heads.set(siteId, { first: 1, last: 0 });
        return [];
      }
      const events = rows.map((row, i) => {
        const seq = Number(row.seq);
        if (seq !== head.first + i)
          throw new CorruptDataError(where, `it has seq ${seq} where ${head.first + i} was expected`);
        const parsed = parseBookingEvent(row.event);
        if ('problem' in parsed) throw new CorruptDataError(where, `row seq ${seq} ${parsed.problem}`);
        return parsed.event;
      });
      const expectedLast = head.first + rows.length - 1;
      if (head.last !== expectedLast)
        throw new CorruptDataError(where, `it ends at seq ${expectedLast} but its head says ${head.last}`);
      this.heads.set(siteId, head);
      return events;
    });
  }

  /**
   * Locks the site's head and checks it is where this store last left it (a site never loaded
   * here is taken as it is). Returns the head, or throws ECONFLICT.
   */
  private async lockHead(client: pg.PoolClient, siteId: string): Promise<Head> {
    const { rows } = await client.query<{ first_seq: string; last_seq: string }>(
      'SELECT first_seq, last_seq FROM luot_booking_heads WHERE site_id = $1 FOR UPDATE',
      [siteId],
    );
    const row = rows[0];
    const stored = row ? { first: Number(row.first_seq), last: Number(row.last_seq) } : null;
    const known = this.heads.get(siteId);
    if (known && (stored?.last ?? 0) !== known.last)
      throw new SeqConflictError(
        `the bookings end at seq ${stored?.last ?? 0}, not ${known.last}: another writer changed them`,
      );
    if (!stored) {
      // Two first appends at once: the second waits on the key, then inserts nothing.
      const made = await client.query(
        'INSERT INTO luot_booking_heads (site_id, first_seq, last_seq) VALUES ($1, 1, 0) ON CONFLICT DO NOTHING',
        [siteId],
      );
      if (made.rowCount !== 1)
        throw new SeqConflictError('another writer started these bookings at the same time');
      return { first: 1, last: 0 };
    }
    return stored;
  }

  private async write(siteId: string, events: readonly BookingEvent[], replace: boolean): Promise<void> {
    const head = await inTransaction(this.pool, this.where(siteId), async (client) => {
      const before = await this.lockHead(client, siteId);
      const from = before.last + 1;
      if (replace) await client.query('DELETE FROM luot_booking_events WHERE site_id = $1', [siteId]);
      if (events.length > 0)
        await client.query(INSERT, [
          siteId,
          events.map((_, i) => from + i),
          events.map((e) => JSON.stringify(e)),
        ]);
      const after = { first: replace ? from : before.first, last: before.last + events.length };
      await client.query('UPDATE luot_booking_heads SET first_seq = $2, last_seq = $3 WHERE site_id = $1', [
        siteId,
        after.first,
        after.last,
      ]);
      return after;
    });
    this.heads.set(siteId, head);
  }

  append(siteId: string, events: readonly BookingEvent[]): Promise<void> {
    if (events.length === 0) return Promise.resolve();
    return this.serial(siteId, () => this.write(siteId, events, false));
  }

  rewrite(siteId: string, events: readonly BookingEvent[]): Promise<void> {
    return this.serial(siteId, () => this.write(siteId, events, true));
  }

  /** Waits for the changes in flight; the pool is the PgStore's to close. */
  async close(): Promise<void> {
    await Promise.all(this.chains.values());
  }
}
