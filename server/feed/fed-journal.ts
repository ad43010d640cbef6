// The province's copy of the feeding centres' journals (PostgreSQL). A batch is accepted only if it
// continues the site-day exactly: lines at or below what is held must be the same lines (a resend —
// accepted, nothing written), the first new line must be the next seq, lines pass the same checks as
// a journal (UTF-8, checksum, seq +1). At least once on the wire, exactly once here.
import type pg from 'pg';
import type { QueueEvent } from '../../shared/domain/events.js';
import { hashSecret, newSessionToken } from '../auth/secrets.js';
import { CorruptDataError } from '../store/errors.js';
import { parseJournal } from '../store/journal-reader.js';
import { ServiceError } from '../services/service-error.js';
import type { FeedBatch } from './feed-protocol.js';

export interface FedCentre {
  centreId: string;
  name: string;
}

export class FedJournal {
  constructor(private readonly pool: pg.Pool) {}

  /** Registers a centre and returns its key (shown once; only its hash is kept). */
  async addCentre(centreId: string, name: string): Promise<string> {
    const key = `feed_${centreId}_${newSessionToken()}`;
    try {
      await this.pool.query('INSERT INTO luot_feed_centres (centre_id, name, key_hash) VALUES ($1, $2, $3)', [
        centreId,
        name,
        hashSecret(key),
      ]);
    } catch (error) {
      if ((error as { code?: string }).code === '23505')
        throw new ServiceError(409, 'conflict', 'Trung tâm này đã có khoá.');
      throw error;
    }
    return key;
  }

  async centreOfKey(key: string): Promise<FedCentre | null> {
    const { rows } = await this.pool.query<{ centre_id: string; name: string }>(
      'SELECT centre_id, name FROM luot_feed_centres WHERE key_hash = $1',
      [hashSecret(key)],
    );
    return rows[0] ? { centreId: rows[0].centre_id, name: rows[0].name } : null;
  }

  async centres(): Promise<FedCentre[]> {
    const { rows } = await this.pool.query<{ centre_id: string; name: string }>(
      'SELECT centre_id, name FROM luot_feed_centres ORDER BY centre_id',
    );
    return rows.map((r) => ({ centreId: r.centre_id, name: r.name }));
  }

  async cursor(centreId: string, siteId: string, day: string): Promise<number> {
    const { rows } = await this.pool.query<{ seq: number | null }>(
      'SELECT max(seq) AS seq FROM luot_fed_events WHERE centre_id = $1 AND site_id = $2 AND day = $3',
      [centreId, siteId, day],
    );
    return rows[0]?.seq ?? 0;
  }

  /** Stores a batch; returns the last seq now held. */
  async receive(centreId: string, batch: FeedBatch): Promise<number> {
    const where = `feed ${centreId} site ${batch.siteId} day ${batch.day}`;
    let events: QueueEvent[];
    try {
      events = parseLines(where, batch.lines);
    } catch (error) {
      if (error instanceof CorruptDataError)
        throw new ServiceError(422, 'feed_invalid', `Dữ liệu gửi lên bị hỏng: ${error.problem}.`);
      throw error;
    }
    const first = events[0]?.seq ?? 1;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      // One batch of a site-day at a time (two pushes racing must not interleave).
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [where]);
      const { rows } = await client.query<{ seq: number; line: string }>(
        'SELECT seq, line FROM luot_fed_events WHERE centre_id = $1 AND site_id = $2 AND day = $3 AND seq >= $4 ORDER BY seq',
        [centreId, batch.siteId, batch.day, first],
      );
      const held = await client.query<{ seq: number | null }>(
        'SELECT max(seq) AS seq FROM luot_fed_events WHERE centre_id = $1 AND site_id = $2 AND day = $3',
        [centreId, batch.siteId, batch.day],
      );
      const last = held.rows[0]?.seq ?? 0;
      if (first > last + 1)
        throw new ServiceError(409, 'feed_gap', `Thiếu dữ liệu: trung tâm tỉnh có đến số ${last}.`, {
          seq: last,
        });
      for (const row of rows) {
        if (batch.lines[row.seq - first] !== undefined && batch.lines[row.seq - first] !== row.line)
          throw new ServiceError(409, 'feed_conflict', `Dòng ${row.seq} khác với dòng đã nhận.`, {
            seq: last,
          });
      }
      const fresh = events.filter((e) => (e.seq ?? 0) > last);
      if (fresh.length > 0) {
        await client.query(
          `INSERT INTO luot_fed_events (centre_id, site_id, day, seq, line)
           SELECT $1, $2, $3, t.seq, t.line FROM unnest($4::int[], $5::text[]) AS t(seq, line)`,
          [
            centreId,
            batch.siteId,
            batch.day,
            fresh.map((e) => e.seq ?? 0),
            fresh.map((e) => batch.lines[(e.seq ?? 0) - first]),
          ],
        );
      }
      await client.query('COMMIT');
      return Math.max(last, events.at(-1)?.seq ?? 0);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** A fed site-day's events, checked like a journal. */
  async readDay(centreId: string, siteId: string, day: string): Promise<QueueEvent[]> {
    const { rows } = await this.pool.query<{ line: string }>(
      'SELECT line FROM luot_fed_events WHERE centre_id = $1 AND site_id = $2 AND day = $3 ORDER BY seq',
      [centreId, siteId, day],
    );
    return parseLines(
      `feed ${centreId} site ${siteId} day ${day}`,
      rows.map((r) => r.line),
    );
  }

  /** The fed sites of a day, by centre. */
  async sitesOfDay(day: string): Promise<{ centreId: string; siteId: string }[]> {
    const { rows } = await this.pool.query<{ centre_id: string; site_id: string }>(
      'SELECT DISTINCT centre_id, site_id FROM luot_fed_events WHERE day = $1 ORDER BY centre_id, site_id',
      [day],
    );
    return rows.map((r) => ({ centreId: r.centre_id, siteId: r.site_id }));
  }
}

/**
 * Lines as a journal from their first seq: checked by the journal's own parser, whose chain starts
 * at 1, so the seqs are shifted for the check and the chain is verified from the batch's first.
 */
function parseLines(where: string, lines: readonly string[]): QueueEvent[] {
  if (lines.length === 0) return [];
  const firstSeq = Number(/"seq":(\d+)/.exec(lines[0] ?? '')?.[1] ?? Number.NaN);
  const events = parseJournal(where, Buffer.from(lines.map((l) => `${l}\n`).join(''), 'utf8'), {
    firstSeq: Number.isFinite(firstSeq) ? firstSeq : 1,
  });
  return events;
}
