// One site's outbound events, fed only by durable journal events: the day's journal at start,
// then the hub's listener (called once an append is fsync'ed). The listener only queues the
// events and returns, so a command never waits for integrations; the derivation runs on the next
// turn of the event loop. Today's outbound events stay in memory (what one site-day holds); an
// earlier day is read back from the store when a lagging subscription still needs it.
import type { QueueEvent } from '../../shared/domain/events.js';
import type { SiteHub } from '../hub/site-hub.js';
import type { Store } from '../store/store.js';
import { type DeriveSettings, type OutboundEvent, OutboundDeriver } from './outbound-events.js';

export interface FeedPosition {
  day: string;
  seq: number;
  index: number;
}

/** a after b in (day, seq, index) order. */
export function after(a: FeedPosition, b: FeedPosition): boolean {
  if (a.day !== b.day) return a.day > b.day;
  if (a.seq !== b.seq) return a.seq > b.seq;
  return a.index > b.index;
}

/** Most raw events held before the feed gives up on them and re-reads the journal instead. */
const MAX_RAW = 100_000;

export class SiteFeed {
  private deriver: OutboundDeriver;
  private events: OutboundEvent[] = [];
  private raw: QueueEvent[] = [];
  private scheduled = false;
  private rereadNeeded = false;
  private pastDay: { day: string; events: OutboundEvent[] } | null = null;
  private readonly waiters = new Set<() => void>();
  private readonly followers = new Set<(events: readonly OutboundEvent[]) => void>();
  private loading: Promise<void>;

  constructor(
    private readonly hub: SiteHub,
    private readonly store: Store,
    private readonly settings: () => DeriveSettings,
    private readonly onError: (error: unknown) => void,
  ) {
    this.deriver = this.newDeriver(hub.state.day);
    this.loading = this.reread().catch(onError);
  }

  get siteId(): string {
    return this.hub.siteId;
  }

  get day(): string {
    return this.deriver.day;
  }

  /** The position of the newest outbound event known (or of the day's start). */
  get head(): FeedPosition {
    const last = this.events.at(-1);
    return last ? { day: last.day, seq: last.seq, index: last.index } : { day: this.day, seq: 0, index: -1 };
  }

  /** The latest journal seq folded in. */
  get seq(): number {
    return this.deriver.seq;
  }

  ready(): Promise<void> {
    return this.loading;
  }

  private newDeriver(day: string): OutboundDeriver {
    return new OutboundDeriver(this.hub.siteId, day, () => this.hub.config, this.settings);
  }

  /** From the hub's listener: events are durable. Never blocks: queue and return. */
  push(events: readonly QueueEvent[]): void {
    if (this.raw.length + events.length > MAX_RAW) {
      this.raw = [];
      this.rereadNeeded = true;
    } else {
      // A copy now: the hub's objects are its own.
      this.raw.push(...structuredClone(events));
    }
    this.schedule();
  }

  /** The hub closed a day: its closing events are in the journal only. */
  reset(): void {
    this.rereadNeeded = true;
    this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.loading = this.loading.then(() => this.drain()).catch(this.onError);
    });
  }

  private async drain(): Promise<void> {
    if (this.rereadNeeded || this.hub.state.day !== this.deriver.day) {
      this.rereadNeeded = false;
      this.raw = [];
      await this.reread();
      return;
    }
    const raw = this.raw;
    this.raw = [];
    const fresh: OutboundEvent[] = [];
    for (const event of raw) {
      const seq = event.seq ?? 0;
      if (seq <= this.deriver.seq) continue;
      if (seq !== this.deriver.seq + 1) {
        // A gap (should not happen): the journal is the truth.
        this.publish(fresh);
        await this.reread();
        return;
      }
      if (!this.fold(event, fresh)) {
        // An event that does not fit (should not happen): derive the day again from the journal.
        this.publish(fresh);
        await this.reread(true);
        return;
      }
    }
    this.publish(fresh);
  }

  /** Derives one event; false when it does not fit the deriver's state (then nothing changed is kept). */
  private fold(event: QueueEvent, into: OutboundEvent[]): boolean {
    try {
      into.push(...this.deriver.next(event));
      return true;
    } catch (error) {
      this.onError(error);
      return false;
    }
  }

  /**
   * Folds today's journal from where the deriver stands; from the start on a new day, or when the
   * journal and the deriver disagree (then the day is derived again: same ids, same order).
   */
  private async reread(full = false): Promise<void> {
    const day = this.hub.state.day;
    const before = this.head;
    const journal = await this.store.readDay(this.hub.siteId, day);
    if (full || day !== this.deriver.day) this.restart(day);
    let fresh: OutboundEvent[] = [];
    for (const event of journal) {
      if ((event.seq ?? 0) <= this.deriver.seq) continue;
      if (event.seq !== this.deriver.seq + 1 || !this.fold(event, fresh)) {
        this.restart(day);
        fresh = [];
        for (const again of journal) {
          if (!this.fold(again, fresh)) break;
        }
        break;
      }
    }
    this.publish(fresh, before);
  }

  private restart(day: string): void {
    this.deriver = this.newDeriver(day);
    this.events = [];
  }

  /** Adds derived events; followers get only those after `since` (never an event twice). */
  private publish(fresh: OutboundEvent[], since: FeedPosition = this.head): void {
    if (fresh.length > 0) {
      this.events.push(...fresh);
      const news = fresh.filter((e) => after(e, since));
      if (news.length > 0) for (const f of this.followers) f(news);
    }
    for (const wake of [...this.waiters]) wake();
  }

  /** Live outbound events as they come (notifications); returns the unsubscribe. */
  follow(fn: (events: readonly OutboundEvent[]) => void): () => void {
    this.followers.add(fn);
    return () => this.followers.delete(fn);
  }

  /** Calls fn once at the next publication; returns the cancel. */
  onNews(fn: () => void): () => void {
    const once = () => {
      this.waiters.delete(once);
      fn();
    };
    this.waiters.add(once);
    return () => this.waiters.delete(once);
  }

  /**
   * The first outbound event after a position whose type passes the filter, or null when none is
   * known yet. Past days come from the journal (read once and kept while they are needed).
   */
  async nextAfter(
    position: FeedPosition,
    accept: (e: OutboundEvent) => boolean,
  ): Promise<OutboundEvent | { skipTo: FeedPosition } | null> {
    if (position.day === this.day) return firstAfter(this.events, position, accept);
    if (position.day > this.day) return null;
    const past = await this.pastEvents(position.day);
    const found = firstAfter(past, position, accept);
    if (found) return found;
    // Nothing left that day: move on to the next day with a journal (or today).
    const days = await this.store.listDays(this.hub.siteId);
    const nextDay = days.find((d) => d > position.day && d < this.day) ?? this.day;
    return { skipTo: { day: nextDay, seq: 0, index: -1 } };
  }

  private async pastEvents(day: string): Promise<OutboundEvent[]> {
    if (this.pastDay?.day === day) return this.pastDay.events;
    const deriver = this.newDeriver(day);
    const events: OutboundEvent[] = [];
    for (const e of await this.store.readDay(this.hub.siteId, day)) events.push(...deriver.next(e));
    this.pastDay = { day, events };
    return events;
  }
}

/** Binary search for the first event after the position, then the first accepted one. */
function firstAfter(
  events: readonly OutboundEvent[],
  position: FeedPosition,
  accept: (e: OutboundEvent) => boolean,
): OutboundEvent | null {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after(events[mid], position)) hi = mid;
    else lo = mid + 1;
  }
  for (let i = lo; i < events.length; i++) if (accept(events[i])) return events[i];
  return null;
}
