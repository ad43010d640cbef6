// The waiting lines kept sorted as events arrive, so that the figures every command and every
// screen asks for do not grow with the day's queue: people ahead of a ticket (counted in O(pools ×
// log n), not found in a sorted copy of the line), the head of a counter's call order (the first k
// in O(k × pools)), and the waiting counts (O(series + fields)). The figures equal ordering.ts's
// full recomputation after every event (the property tests hold them to it). One case is left to
// the full order: while a normal ticket has waited past the starvation guard and a priority ticket
// waits in the same counter's lines, the guard may reorder that counter's line, so its order is built
// (once per state version and instant: guarded-orders.ts).
import { type QueueEvent, eventTicketId } from './events.js';
import type { Counter, CounterState, DayState, SiteConfig, Ticket } from './model.js';
import { OrderedSet } from './ordered-set.js';
import {
  better,
  type Candidate,
  candidate,
  choose,
  counterPools,
  countersFor,
  type PoolRef,
} from './ordering.js';
import { GuardedOrders } from './guarded-orders.js';
import { poolOf } from './pools.js';

/** A waiting ticket as filed: the fields its place depends on, as they were when it was filed. */
interface Entry {
  ticket: Ticket;
  pool: string;
  queueKey: number;
  issuedAt: number;
  issueIndex: number;
  id: string;
  priority: boolean;
  seriesId: string;
  fieldId: string;
}

/** Place in line: queue key, then issue time, order of issue and id (pools.ts lineBefore). */
function lineOrder(a: Entry, b: Entry): number {
  if (a.queueKey !== b.queueKey) return a.queueKey - b.queueKey;
  if (a.issuedAt !== b.issuedAt) return a.issuedAt - b.issuedAt;
  if (a.issueIndex !== b.issueIndex) return a.issueIndex - b.issueIndex;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function issueOrder(a: Entry, b: Entry): number {
  if (a.issuedAt !== b.issuedAt) return a.issuedAt - b.issuedAt;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Line {
  normals: OrderedSet<Entry>;
  priorities: OrderedSet<Entry>;
}

/** Counts of waiting tickets, the domain's side of the protocol's WaitingCounts. */
export interface WaitingTally {
  total: number;
  bySeries: ReadonlyMap<string, number>;
  byField: ReadonlyMap<string, number>;
  /** Issue time of the longest-waiting ticket per series. */
  oldestBySeries: ReadonlyMap<string, number>;
}

export class QueueIndex {
  private readonly entries = new Map<string, Entry>();
  private readonly lines = new Map<string, Line>();
  private readonly bySeries = new Map<string, OrderedSet<Entry>>();
  private readonly byField = new Map<string, number>();
  /** No-show tickets by the counter that passed them over (they may be reactivated there). */
  private readonly noShows = new Map<string, Map<string, Ticket>>();
  private readonly noShowCounter = new Map<string, string>();
  private readonly guarded = new GuardedOrders();

  /** The index of a state's waiting tickets (a restart, a replay, a new day). */
  static of(state: DayState): QueueIndex {
    const index = new QueueIndex();
    for (const ticket of state.tickets.values()) index.sync(ticket);
    return index;
  }

  get total(): number {
    return this.entries.size;
  }

  /** Follows one event applied to the state (after applyEvent). */
  observe(state: DayState, event: QueueEvent): void {
    const id = eventTicketId(event);
    const ticket = id ? state.tickets.get(id) : undefined;
    if (ticket) this.sync(ticket);
  }

  /** Files a ticket where it now belongs: in its line while waiting, nowhere otherwise. */
  sync(ticket: Ticket): void {
    this.syncNoShow(ticket);
    const known = this.entries.get(ticket.id);
    const waiting = ticket.status === 'waiting';
    if (known && waiting && sameFiling(known, ticket)) return;
    if (known) this.remove(known);
    if (waiting) this.add(ticket);
  }

  tally(): WaitingTally {
    const oldestBySeries = new Map<string, number>();
    const bySeries = new Map<string, number>();
    for (const [seriesId, set] of this.bySeries) {
      if (set.size === 0) continue;
      bySeries.set(seriesId, set.size);
      oldestBySeries.set(seriesId, set.first()?.issuedAt ?? 0);
    }
    return { total: this.entries.size, bySeries, byField: this.byField, oldestBySeries };
  }

  /** The no-show tickets a counter passed over today, in no particular order. */
  noShowsOf(counterId: string): Iterable<Ticket> {
    return this.noShows.get(counterId)?.values() ?? [];
  }

  /** Tickets waiting in a counter's lines. */
  waitingFor(counter: Counter): number {
    let n = 0;
    for (const pool of counterPools(counter)) {
      const line = this.lines.get(pool.key);
      if (line) n += line.normals.size + line.priorities.size;
    }
    return n;
  }

  /** ordering.ts peopleAhead, counted in the lines instead of found in built orders. */
  peopleAhead(config: SiteConfig, state: DayState, ticket: Ticket, now: number): number {
    const entry = this.entries.get(ticket.id);
    if (ticket.status !== 'waiting' || !entry) return 0;
    const eligible = countersFor(config, ticket);
    const open = eligible.filter((c) => !state.counters.get(c.id)?.paused);
    let best = Number.POSITIVE_INFINITY;
    for (const counter of open.length > 0 ? open : eligible) {
      const i =
        this.position(config, state, counter, entry, now) ??
        this.guarded.of(config, state, counter, now).rank.get(ticket.id) ??
        -1;
      if (i >= 0 && i < best) best = i;
    }
    if (Number.isFinite(best)) return best;
    // No counter may call it: its place in its own line.
    const line = this.lines.get(entry.pool);
    const before = (e: Entry) => lineOrder(e, entry) < 0;
    return line ? line.normals.countLeading(before) + line.priorities.countLeading(before) : 0;
  }

  /** The first `limit` tickets of a counter's call order (ordering.ts queueOrder, cut short). */
  head(config: SiteConfig, state: DayState, counter: Counter, now: number, limit: number): Ticket[] {
    if (limit <= 0) return [];
    const cs = state.counters.get(counter.id);
    const pools = this.poolsOf(counter);
    if (this.guardMayReorder(config, pools, now)) {
      return this.guarded.of(config, state, counter, now).tickets.slice(0, limit);
    }
    const normals = new Merge(pools, 'normals', now);
    const priorities = new Merge(pools, 'priorities', now);
    const result: Ticket[] = [];
    let since = cs?.normalsSincePriority ?? 0;
    while (result.length < limit) {
      // The guard cannot apply (guardMayReorder): no oldest normal to protect.
      const picked = choose(counter, config, normals.peek(), priorities.peek(), null, since, now);
      if (!picked) break;
      result.push(picked.ticket);
      if (picked === normals.peek()) {
        normals.next();
        since++;
      } else {
        priorities.next();
        since = 0;
      }
    }
    return result;
  }

  /** A waiting ticket's place in one counter's call order; null when only the full order can say. */
  private position(
    config: SiteConfig,
    state: DayState,
    counter: Counter,
    entry: Entry,
    now: number,
  ): number | null {
    const pools = this.poolsOf(counter);
    const own = pools.find((p) => p.ref.key === entry.pool);
    if (!own) return -1;
    if (this.guardMayReorder(config, pools, now)) return null;
    const target = candidate(entry.ticket, own.ref, now);
    let normalsBefore = 0;
    let prioritiesBefore = 0;
    let normals = 0;
    let priorities = 0;
    for (const { ref, line } of pools) {
      if (!line) continue;
      // Within one line a larger queue key never scores higher: those ahead are a prefix.
      const leads = (e: Entry) => better(candidate(e.ticket, ref, now), target);
      normalsBefore += line.normals.countLeading(leads);
      prioritiesBefore += line.priorities.countLeading(leads);
      normals += line.normals.size;
      priorities += line.priorities.size;
    }
    if (counter.policy === 'fifo') return normalsBefore + prioritiesBefore;
    if (counter.policy === 'strict') return entry.priority ? prioritiesBefore : priorities + normalsBefore;
    return interleavedPosition(counter, state.counters.get(counter.id), entry.priority, {
      normalsBefore,
      prioritiesBefore,
      normals,
      priorities,
    });
  }

  private poolsOf(counter: Counter): { ref: PoolRef; line: Line | undefined }[] {
    return counterPools(counter).map((ref) => ({ ref, line: this.lines.get(ref.key) }));
  }

  /**
   * True when the starvation guard may turn a priority choice into a normal one somewhere in this
   * counter's order: a normal ticket has waited past the guard and a priority ticket waits too.
   */
  private guardMayReorder(
    config: SiteConfig,
    pools: readonly { line: Line | undefined }[],
    now: number,
  ): boolean {
    const guardMs = config.rules.starvationGuardMinutes * 60_000;
    if (guardMs <= 0) return false;
    if (!pools.some(({ line }) => line && line.priorities.size > 0)) return false;
    return pools.some(({ line }) => {
      const oldest = line?.normals.first();
      return oldest !== undefined && now - oldest.queueKey >= guardMs;
    });
  }

  private syncNoShow(ticket: Ticket): void {
    const was = this.noShowCounter.get(ticket.id);
    const now = ticket.status === 'no_show' ? ticket.counterId : null;
    if (was === now) return;
    if (was !== undefined) {
      this.noShows.get(was)?.delete(ticket.id);
      this.noShowCounter.delete(ticket.id);
    }
    if (now) {
      let mine = this.noShows.get(now);
      if (!mine) {
        mine = new Map();
        this.noShows.set(now, mine);
      }
      mine.set(ticket.id, ticket);
      this.noShowCounter.set(ticket.id, now);
    }
  }

  private add(ticket: Ticket): void {
    const entry: Entry = {
      ticket,
      pool: poolOf(ticket),
      queueKey: ticket.queueKey,
      issuedAt: ticket.issuedAt,
      issueIndex: ticket.issueIndex,
      id: ticket.id,
      priority: Boolean(ticket.priorityId),
      seriesId: ticket.seriesId,
      fieldId: ticket.fieldId,
    };
    this.entries.set(entry.id, entry);
    let line = this.lines.get(entry.pool);
    if (!line) {
      line = { normals: new OrderedSet(lineOrder), priorities: new OrderedSet(lineOrder) };
      this.lines.set(entry.pool, line);
    }
    (entry.priority ? line.priorities : line.normals).insert(entry);
    let series = this.bySeries.get(entry.seriesId);
    if (!series) {
      series = new OrderedSet(issueOrder);
      this.bySeries.set(entry.seriesId, series);
    }
    series.insert(entry);
    this.byField.set(entry.fieldId, (this.byField.get(entry.fieldId) ?? 0) + 1);
  }

  private remove(entry: Entry): void {
    this.entries.delete(entry.id);
    const line = this.lines.get(entry.pool);
    (entry.priority ? line?.priorities : line?.normals)?.delete(entry);
    this.bySeries.get(entry.seriesId)?.delete(entry);
    const n = (this.byField.get(entry.fieldId) ?? 1) - 1;
    if (n > 0) this.byField.set(entry.fieldId, n);
    else this.byField.delete(entry.fieldId);
  }
}

function sameFiling(entry: Entry, ticket: Ticket): boolean {
  return (
    entry.pool === poolOf(ticket) &&
    entry.queueKey === ticket.queueKey &&
    entry.issuedAt === ticket.issuedAt &&
    entry.issueIndex === ticket.issueIndex &&
    entry.priority === Boolean(ticket.priorityId) &&
    entry.seriesId === ticket.seriesId &&
    entry.fieldId === ticket.fieldId
  );
}

/**
 * Under interleave N:1 (no guard at work) the order is counted: the k-th normal ticket comes after
 * the priority tickets whose turns fall before it, the j-th priority ticket at its turn or, once
 * the normals run out, right after them.
 */
function interleavedPosition(
  counter: Counter,
  cs: CounterState | undefined,
  isPriority: boolean,
  n: { normalsBefore: number; prioritiesBefore: number; normals: number; priorities: number },
): number {
  const ratio = Math.max(1, counter.interleaveRatio ?? 3);
  // Normals called before the first priority turn, then one turn every `ratio` normals.
  const first = Math.max(0, ratio - (cs?.normalsSincePriority ?? 0));
  if (isPriority) {
    return n.prioritiesBefore + Math.min(n.normals, first + n.prioritiesBefore * ratio);
  }
  const k = n.normalsBefore;
  const turns = k >= first ? Math.floor((k - first) / ratio) + 1 : 0;
  return k + Math.min(n.priorities, turns);
}

/** The candidates of one kind (normal or priority) from several lines, best first, lazily. */
class Merge {
  private readonly heads: { ref: PoolRef; it: Iterator<Entry>; current: Candidate | null }[] = [];
  private best: number | null = null;

  constructor(
    pools: readonly { ref: PoolRef; line: Line | undefined }[],
    kind: 'normals' | 'priorities',
    private readonly now: number,
  ) {
    for (const { ref, line } of pools) {
      if (!line || line[kind].size === 0) continue;
      const it = line[kind].values();
      this.heads.push({ ref, it, current: this.advance(ref, it) });
    }
    this.pick();
  }

  peek(): Candidate | null {
    return this.best === null ? null : this.heads[this.best].current;
  }

  next(): void {
    if (this.best === null) return;
    const head = this.heads[this.best];
    head.current = this.advance(head.ref, head.it);
    this.pick();
  }

  private advance(ref: PoolRef, it: Iterator<Entry>): Candidate | null {
    const step = it.next();
    return step.done ? null : candidate(step.value.ticket, ref, this.now);
  }

  private pick(): void {
    this.best = null;
    this.heads.forEach((h, i) => {
      if (!h.current) return;
      const best = this.best === null ? null : this.heads[this.best].current;
      if (!best || better(h.current, best)) this.best = i;
    });
  }
}
