// The writer of one site-day in PostgreSQL. Appends are group-committed like the file journal:
// appends that arrive while a transaction runs go out together in the next one, in call order,
// and each append resolves only once its transaction has committed. The insert succeeds only if
// the day's last seq is exactly the one before the batch (and the primary key refuses a seq twice),
// so a second writer — a node that lost its lease but does not know it yet — can never append a
// seq already taken or leave a gap. A failure refuses every append until recover().
import type { Pool } from 'pg';
import type { QueueEvent } from '../../../shared/domain/events.js';
import { StoreWriteError } from '../errors.js';
import { encodeJournalLine } from '../journal-line.js';

interface PendingAppend {
  events: readonly QueueEvent[];
  resolve: () => void;
  reject: (error: Error) => void;
}

const INSERT = `
  INSERT INTO luot_events (site_id, day, seq, line)
  SELECT $1, $2, t.seq, t.line FROM unnest($3::int[], $4::text[]) AS t(seq, line)
  WHERE (SELECT coalesce(max(seq), 0) FROM luot_events WHERE site_id = $1 AND day = $2) = $5`;

/** Thrown when the day's journal in the database does not end where the writer expected. */
export class SeqConflictError extends Error {
  readonly code = 'ECONFLICT';
}

export class PgDayWriter {
  private queue: PendingAppend[] = [];
  private flushing: Promise<void> | null = null;
  private failure: StoreWriteError | null = null;

  constructor(
    private readonly pool: Pool,
    readonly siteId: string,
    readonly day: string,
    readonly location: string,
  ) {}

  get failed(): StoreWriteError | null {
    return this.failure;
  }

  append(events: readonly QueueEvent[]): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ events, resolve, reject });
      this.flushing ??= this.flush();
    });
  }

  private async flush(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0);
      const events = batch.flatMap((b) => b.events);
      try {
        await this.insert(events);
        for (const b of batch) b.resolve();
      } catch (error) {
        this.failure = StoreWriteError.of(this.location, error);
        for (const b of [...batch, ...this.queue.splice(0)]) b.reject(this.failure);
      }
    }
    this.flushing = null;
  }

  private async insert(events: readonly QueueEvent[]): Promise<void> {
    const first = events[0]?.seq ?? 1;
    events.forEach((e, i) => {
      if (e.seq !== first + i) throw new SeqConflictError(`seq ${e.seq} where ${first + i} was expected`);
    });
    let result: { rowCount: number | null };
    try {
      result = await this.pool.query(INSERT, [
        this.siteId,
        this.day,
        events.map((e) => e.seq),
        events.map(encodeJournalLine).map((l) => l.slice(0, -1)),
        first - 1,
      ]);
    } catch (error) {
      // A seq already taken: another writer appended (unique_violation).
      if ((error as { code?: string }).code === '23505')
        throw new SeqConflictError(`seq ${first} is already taken by another writer`);
      throw error;
    }
    if (result.rowCount !== events.length)
      throw new SeqConflictError(`the day does not end at seq ${first - 1}: another writer appended`);
  }

  /** After a failure: waits for the batch in flight, then checks the database answers again. */
  async recover(): Promise<void> {
    if (!this.failure) return;
    await this.flushing;
    try {
      await this.pool.query('SELECT 1');
    } catch (error) {
      throw StoreWriteError.of(this.location, error);
    }
    this.failure = null;
  }

  async close(): Promise<void> {
    await this.flushing;
  }
}
