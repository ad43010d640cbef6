// Where bookings live: one append-only, fsync'ed journal per site (sites/<site>/appointments.jsonl)
// of booking events, behind a small port of its own (PostgreSQL: server/store/pg/pg-booking-store.ts).
// A purge rewrites the journal durably (temp file, fsync, rename) without the erased personal data.
import { access, mkdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durable-file.js';
import { CorruptDataError } from '../store/errors.js';
import { JournalWriter } from '../store/journal.js';
import { parseBookingEvent } from './booking-event-schema.js';
import type { BookingEvent } from './booking-events.js';

export interface BookingStore {
  /** Every booking event of a site, in order (a torn last line is set aside). */
  load(siteId: string): Promise<BookingEvent[]>;
  /** Appends events; resolves once they are durable. */
  append(siteId: string, events: readonly BookingEvent[]): Promise<void>;
  /** Replaces the whole journal (after a purge); resolves once the new one is durable. */
  rewrite(siteId: string, events: readonly BookingEvent[]): Promise<void>;
  close(): Promise<void>;
}

const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

export class FileBookingStore implements BookingStore {
  /** One writer per journal, made once: concurrent first appends wait for the same one, in call order. */
  private readonly writers = new Map<string, Promise<JournalWriter>>();

  constructor(private readonly dataDir: string) {}

  private path(siteId: string): string {
    if (!SAFE_ID.test(siteId) || siteId.includes('..')) throw new Error(`unsafe site id ${siteId}`);
    return join(this.dataDir, 'sites', siteId, 'appointments.jsonl');
  }

  async load(siteId: string): Promise<BookingEvent[]> {
    const path = this.path(siteId);
    let raw: Buffer;
    try {
      raw = await readFile(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    // A last line without its newline was never acknowledged: keep it aside and cut it off.
    const keep = raw.lastIndexOf(0x0a) + 1;
    if (keep !== raw.length) {
      await writeFile(`${path}.${Date.now()}.torn`, raw.subarray(keep));
      await truncate(path, keep);
    }
    const events: BookingEvent[] = [];
    raw
      .subarray(0, keep)
      .toString('utf8')
      .split('\n')
      .forEach((line, i) => {
        if (line === '') return;
        const parsed = parseBookingEvent(line);
        if ('problem' in parsed) throw new CorruptDataError(path, `line ${i + 1} ${parsed.problem}`);
        events.push(parsed.event);
      });
    return events;
  }

  async append(siteId: string, events: readonly BookingEvent[]): Promise<void> {
    if (events.length === 0) return;
    const path = this.path(siteId);
    let writer = this.writers.get(path);
    if (!writer) {
      writer = this.openWriter(siteId, path);
      this.writers.set(path, writer);
      // A failed opening is tried again by the next append.
      writer.catch(() => this.writers.get(path) === writer && this.writers.delete(path));
    }
    await (await writer).append(events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  }

  private async openWriter(siteId: string, path: string): Promise<JournalWriter> {
    await mkdir(join(this.dataDir, 'sites', siteId), { recursive: true });
    const existed = await access(path).then(
      () => true,
      () => false,
    );
    return new JournalWriter(path, existed);
  }

  async rewrite(siteId: string, events: readonly BookingEvent[]): Promise<void> {
    const path = this.path(siteId);
    // The writer's handle points at the old file: close it so the next append opens the new one.
    const writer = this.writers.get(path);
    this.writers.delete(path);
    await (await writer?.catch(() => undefined))?.close();
    await mkdir(join(this.dataDir, 'sites', siteId), { recursive: true });
    await writeFileDurably(path, events.map((e) => `${JSON.stringify(e)}\n`).join(''));
  }

  async close(): Promise<void> {
    const writers = [...this.writers.values()];
    this.writers.clear();
    await Promise.all(writers.map(async (w) => (await w.catch(() => undefined))?.close()));
  }
}
