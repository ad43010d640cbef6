// Rows of site-days for reports. A closed day never changes, so its rows are built once from its
// journal and kept: on disk (<cacheDir>/<siteId>/<day>.bin, written durably) and in a bounded
// memory cache. Today's rows are built fresh from the hub's live state on every request.
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QueueEvent } from '../../shared/domain/events.js';
import type { DayState } from '../../shared/domain/model.js';
import { replay } from '../../shared/domain/state.js';
import { writeFileDurably } from '../store/durable-file.js';
import { DIR_MODE } from '../store/permissions.js';
import { decodeDayRows, encodeDayRows } from './day-codec.js';
import { buildDayRows, type DayRows, lastActivity } from './day-rows.js';
import type { DaySource } from './day-source.js';

/** Rows kept in memory across requests (~50 bytes each): about two years of a big centre. */
const DEFAULT_MEMORY_ROWS = 700_000;

export interface LiveDay {
  state: DayState;
  now: number;
}

export class ReportDays {
  private readonly memory = new Map<string, DayRows>();
  private memoryRows = 0;
  private readonly building = new Map<string, Promise<DayRows>>();

  constructor(
    private readonly source: DaySource,
    private readonly maxMemoryRows = DEFAULT_MEMORY_ROWS,
  ) {}

  /** Days with a journal in [from, to], oldest first. */
  async days(siteId: string, from: string, to: string): Promise<string[]> {
    return (await this.source.listDays(siteId)).filter((d) => d >= from && d <= to);
  }

  /**
   * The rows of one site-day. `live` is the hub's state when the day is the hub's current day:
   * its tickets are taken from memory and only its counter events are read from the journal.
   */
  async get(siteId: string, day: string, timeZone: string, live: LiveDay | null): Promise<DayRows> {
    if (live && live.state.day === day && live.state.closedAt === null) {
      const events = await this.source.readDay(siteId, day);
      return buildDayRows(live.state, events, timeZone, live.now);
    }
    const key = `${siteId}/${day}`;
    const cached = this.memory.get(key);
    if (cached && cached.timeZone === timeZone) {
      this.memory.delete(key);
      this.memory.set(key, cached);
      return cached;
    }
    let pending = this.building.get(key);
    if (!pending) {
      pending = this.load(siteId, day, timeZone).finally(() => this.building.delete(key));
      this.building.set(key, pending);
    }
    return pending;
  }

  private cachePath(siteId: string, day: string): string | null {
    return this.source.cacheDir ? join(this.source.cacheDir, siteId, `${day}.bin`) : null;
  }

  private async load(siteId: string, day: string, timeZone: string): Promise<DayRows> {
    const path = this.cachePath(siteId, day);
    if (path) {
      const data = await readFile(path).catch(() => null);
      const rows = data ? decodeDayRows(data) : null;
      if (rows?.closed && rows.day === day && rows.timeZone === timeZone) {
        this.remember(`${siteId}/${day}`, rows);
        return rows;
      }
    }
    const events = await this.source.readDay(siteId, day);
    const rows = rowsOfEvents(siteId, day, events, timeZone);
    if (rows.closed) {
      if (path) {
        await mkdir(join(path, '..'), { recursive: true, mode: DIR_MODE });
        await writeFileDurably(path, encodeDayRows(rows));
      }
      this.remember(`${siteId}/${day}`, rows);
    }
    return rows;
  }

  private remember(key: string, rows: DayRows): void {
    const old = this.memory.get(key);
    if (old) this.memoryRows -= old.n;
    this.memory.set(key, rows);
    this.memoryRows += rows.n;
    for (const [k, r] of this.memory) {
      if (this.memoryRows <= this.maxMemoryRows) break;
      this.memory.delete(k);
      this.memoryRows -= r.n;
    }
  }

  /** Forgets the memory cache (the disk cache stays). */
  clearMemory(): void {
    this.memory.clear();
    this.memoryRows = 0;
  }
}

/** Rows of a day from its whole journal, as a fresh replay gives them. */
export function rowsOfEvents(
  siteId: string,
  day: string,
  events: readonly QueueEvent[],
  timeZone: string,
): DayRows {
  const state = replay(siteId, day, events);
  const closed = state.closedAt !== null;
  const until = closed ? lastActivity(events) : (events.at(-1)?.at ?? 0);
  return buildDayRows(state, events, timeZone, until);
}
