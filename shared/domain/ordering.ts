// Whom a counter calls next. A counter draws from the pools of the series it serves (weighted)
// and from its own pool of tickets transferred to it. Its policy then decides between the best
// normal and the best priority ticket:
//   fifo        the longest (weighted) wait first, priority or not;
//   strict      priority first;
//   interleave  N normal tickets, then one priority ticket.
// The starvation guard: once a normal ticket has waited rules.starvationGuardMinutes, no priority
// ticket that arrived after it may be called before it. "Arrived" and "waited" are measured by the
// ticket's place in line (queueKey): its issue time, unless a transfer placed it elsewhere. When the
// policy's choice is a priority ticket that would overtake such a starving normal ticket, the best
// normal ticket is called instead (the guard only ever turns a priority choice into a normal one).
import type { Counter, CounterState, DayState, SiteConfig, Ticket } from './model.js';
import { counterPool, issuedBefore, lineBefore, seriesPool } from './pools.js';

export interface PoolRef {
  key: string;
  weight: number;
  rank: number;
}

export interface Candidate {
  ticket: Ticket;
  score: number;
  rank: number;
}

export function counterPools(counter: Counter): PoolRef[] {
  const pools: PoolRef[] = [{ key: counterPool(counter.id), weight: 1, rank: -1 }];
  counter.series.forEach((s, i) => {
    pools.push({ key: seriesPool(s.seriesId), weight: s.weight && s.weight > 0 ? s.weight : 1, rank: i });
  });
  return pools;
}

/** Larger score = called earlier. Ties go to the counter's series order, then issue order. */
export function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.rank !== b.rank) return a.rank < b.rank;
  return issuedBefore(a.ticket, b.ticket);
}

export function candidate(ticket: Ticket, pool: PoolRef, now: number): Candidate {
  return { ticket, score: (now - ticket.queueKey) * pool.weight, rank: pool.rank };
}

/** True when the guard forbids calling `priority` before the oldest waiting normal ticket. */
export function guardBlocks(
  config: SiteConfig,
  oldestNormal: Ticket | null,
  priority: Ticket,
  now: number,
): boolean {
  const guardMs = config.rules.starvationGuardMinutes * 60_000;
  return (
    guardMs > 0 &&
    oldestNormal !== null &&
    now - oldestNormal.queueKey >= guardMs &&
    lineBefore(oldestNormal, priority)
  );
}

/** The policy's choice between the best normal and the best priority candidate. */
export function choose(
  counter: Counter,
  config: SiteConfig,
  normal: Candidate | null,
  priority: Candidate | null,
  oldestNormal: Ticket | null,
  normalsSincePriority: number,
  now: number,
): Candidate | null {
  if (!normal || !priority) return normal ?? priority;
  let pick: Candidate;
  if (counter.policy === 'fifo') pick = better(priority, normal) ? priority : normal;
  else if (counter.policy === 'strict') pick = priority;
  else pick = normalsSincePriority >= Math.max(1, counter.interleaveRatio ?? 3) ? priority : normal;
  if (pick === priority && guardBlocks(config, oldestNormal, priority.ticket, now)) return normal;
  return pick;
}

/** The ticket a counter's call-next would take now, or null when nobody waits for it. */
export function pickNext(
  config: SiteConfig,
  state: DayState,
  counter: Counter,
  counterState: CounterState | undefined,
  now: number,
): Ticket | null {
  let normal: Candidate | null = null;
  let priority: Candidate | null = null;
  let oldestNormal: Ticket | null = null;
  for (const pool of counterPools(counter)) {
    const ids = state.pools.get(pool.key);
    if (!ids) continue;
    // A pool is sorted by place in line, so its first normal and first priority ticket are the
    // best of their kind in it (one weight per pool) and its first normal is its oldest.
    // The pool's priority count says when there is no kind left to look for.
    const priorities = state.priorityWaiting.get(pool.key) ?? 0;
    let seenNormal = priorities === ids.length;
    let seenPriority = priorities === 0;
    for (let i = 0; i < ids.length && !(seenNormal && seenPriority); i++) {
      const ticket = state.tickets.get(ids[i]);
      if (!ticket) continue;
      if (ticket.priorityId) {
        if (seenPriority) continue;
        seenPriority = true;
        const c = candidate(ticket, pool, now);
        if (!priority || better(c, priority)) priority = c;
      } else {
        if (seenNormal) continue;
        seenNormal = true;
        const c = candidate(ticket, pool, now);
        if (!normal || better(c, normal)) normal = c;
        if (!oldestNormal || lineBefore(ticket, oldestNormal)) oldestNormal = ticket;
      }
    }
  }
  const since = counterState?.normalsSincePriority ?? 0;
  return choose(counter, config, normal, priority, oldestNormal, since, now)?.ticket ?? null;
}

/** Every ticket waiting for a counter, in the order its repeated call-next would take them. */
export function queueOrder(
  config: SiteConfig,
  state: DayState,
  counter: Counter,
  counterState: CounterState | undefined,
  now: number,
): Ticket[] {
  const normals: Candidate[] = [];
  const priorities: Candidate[] = [];
  for (const pool of counterPools(counter)) {
    for (const id of state.pools.get(pool.key) ?? []) {
      const ticket = state.tickets.get(id);
      if (!ticket) continue;
      (ticket.priorityId ? priorities : normals).push(candidate(ticket, pool, now));
    }
  }
  const order = (a: Candidate, b: Candidate) => (better(a, b) ? -1 : better(b, a) ? 1 : 0);
  normals.sort(order);
  priorities.sort(order);
  const byArrival = normals.map((c) => c.ticket).sort((a, b) => (lineBefore(a, b) ? -1 : 1));
  const taken = new Set<string>();
  const result: Ticket[] = [];
  let n = 0;
  let p = 0;
  let a = 0;
  let sincePriority = counterState?.normalsSincePriority ?? 0;
  while (n < normals.length || p < priorities.length) {
    while (a < byArrival.length && taken.has(byArrival[a].id)) a++;
    const oldest = byArrival[a] ?? null;
    const picked = choose(
      counter,
      config,
      normals[n] ?? null,
      priorities[p] ?? null,
      oldest,
      sincePriority,
      now,
    );
    if (!picked) break;
    result.push(picked.ticket);
    if (picked === normals[n]) {
      taken.add(picked.ticket.id);
      n++;
      sincePriority++;
    } else {
      p++;
      sincePriority = 0;
    }
  }
  return result;
}

/** Counters (not retired) that may call this waiting ticket. */
export function countersFor(config: SiteConfig, ticket: Ticket): Counter[] {
  if (ticket.targetCounterId) {
    return config.counters.filter((c) => c.id === ticket.targetCounterId && !c.retired);
  }
  return config.counters.filter((c) => !c.retired && c.series.some((s) => s.seriesId === ticket.seriesId));
}

/** True when this counter may call this waiting ticket. */
export function mayCall(counter: Counter, ticket: Ticket): boolean {
  if (counter.retired) return false;
  if (ticket.targetCounterId) return ticket.targetCounterId === counter.id;
  return counter.series.some((s) => s.seriesId === ticket.seriesId);
}

/**
 * People ahead of a waiting ticket: its position in the call order of the counter that would
 * reach it soonest (paused counters count only when every counter of its line is paused).
 * 0 for a ticket that is no longer waiting.
 */
export function peopleAhead(config: SiteConfig, state: DayState, ticket: Ticket, now: number): number {
  if (ticket.status !== 'waiting') return 0;
  const eligible = countersFor(config, ticket);
  const open = eligible.filter((c) => !state.counters.get(c.id)?.paused);
  let best = Number.POSITIVE_INFINITY;
  const orders = new SharedOrders(config, state, now);
  for (const counter of open.length > 0 ? open : eligible) {
    const i =
      lastInLine(config, state, counter, ticket, now) ??
      orders.of(counter).findIndex((t) => t.id === ticket.id);
    if (i >= 0 && i < best) best = i;
  }
  return Number.isFinite(best) ? best : waitingInPool(state, ticket);
}

/**
 * The position of a normal ticket that is plainly last in a fifo or strict counter's line — the
 * newest of all its pools, with the lowest score — without building the order: everyone waiting
 * there comes first. This is the case of every ticket just issued, so a kiosk's reply stays cheap
 * however long the day's queue. null when the shortcut does not apply.
 */
function lastInLine(
  config: SiteConfig,
  state: DayState,
  counter: Counter,
  ticket: Ticket,
  now: number,
): number | null {
  if (ticket.priorityId) return null;
  const pools = counterPools(counter);
  const sameWeights = pools.every((p) => p.weight === pools[0].weight);
  if (!sameWeights && ticket.queueKey !== now) return null;
  if (!pools.some((p) => state.pools.get(p.key)?.at(-1) === ticket.id)) return null;
  let waiting = 0;
  for (const pool of pools) {
    const ids = state.pools.get(pool.key);
    if (!ids || ids.length === 0) continue;
    const last = state.tickets.get(ids[ids.length - 1]);
    if (!last) return null;
    // A ticket that arrived in the same millisecond may go either way (series order, or the
    // starvation guard keeping a later priority ticket behind this one): build the order.
    if (last.id !== ticket.id && last.queueKey >= ticket.queueKey) return null;
    waiting += ids.length;
  }
  if (counter.policy !== 'interleave') return waiting - 1;
  return interleavedPosition(config, state, counter, pools, waiting, now);
}

/**
 * Under interleave N:1 the newest normal ticket comes after every other normal, with priority
 * tickets slotted in every N normals: counted, not sorted. null when the starvation guard could
 * reorder the line (then the full order is built).
 */
function interleavedPosition(
  config: SiteConfig,
  state: DayState,
  counter: Counter,
  pools: readonly PoolRef[],
  waiting: number,
  now: number,
): number | null {
  let priorities = 0;
  for (const pool of pools) priorities += state.priorityWaiting.get(pool.key) ?? 0;
  const guardMs = config.rules.starvationGuardMinutes * 60_000;
  if (guardMs > 0 && priorities > 0) {
    for (const pool of pools) {
      for (const id of state.pools.get(pool.key) ?? []) {
        const t = state.tickets.get(id);
        if (!t || t.priorityId) continue;
        if (now - t.queueKey >= guardMs) return null;
        break;
      }
    }
  }
  const normalsBefore = waiting - priorities - 1;
  const ratio = Math.max(1, counter.interleaveRatio ?? 3);
  let since = state.counters.get(counter.id)?.normalsSincePriority ?? 0;
  let normals = 0;
  let taken = 0;
  let position = 0;
  for (;;) {
    if (taken < priorities && since >= ratio) {
      taken++;
      since = 0;
    } else if (normals < normalsBefore) {
      normals++;
      since++;
    } else {
      return position;
    }
    position++;
  }
}

/**
 * peopleAhead() of every waiting ticket at once: one call order per counter instead of one per
 * ticket and counter. Tickets no counter can call are missing (ask peopleAhead() for those).
 */
export function peopleAheadIndex(config: SiteConfig, state: DayState, now: number): Map<string, number> {
  const open = new Map<string, number>();
  const any = new Map<string, number>();
  const orders = new SharedOrders(config, state, now);
  for (const counter of config.counters) {
    if (counter.retired) continue;
    const paused = Boolean(state.counters.get(counter.id)?.paused);
    orders.of(counter).forEach((t, i) => {
      keepLowest(any, t.id, i);
      if (!paused) keepLowest(open, t.id, i);
    });
  }
  for (const [id, i] of open) any.set(id, i);
  return any;
}

/**
 * Call orders of several counters at one instant. Counters that draw from the same lines with the
 * same policy and state (and have no tickets sent to them alone) share one order: a big centre's
 * thirty counters usually have only a handful of distinct orders.
 */
class SharedOrders {
  private readonly cache = new Map<string, Ticket[]>();

  constructor(
    private readonly config: SiteConfig,
    private readonly state: DayState,
    private readonly now: number,
  ) {}

  of(counter: Counter): Ticket[] {
    const cs = this.state.counters.get(counter.id);
    const own = this.state.pools.get(counterPool(counter.id))?.length ?? 0;
    if (own > 0) return queueOrder(this.config, this.state, counter, cs, this.now);
    // Only interleave looks at the interleave count; fifo and strict orders do not depend on it.
    const key = [
      counter.policy,
      counter.policy === 'interleave' ? (counter.interleaveRatio ?? '') : '',
      counter.policy === 'interleave' ? (cs?.normalsSincePriority ?? 0) : '',
      ...counter.series.map((s) => `${s.seriesId}*${s.weight ?? 1}`),
    ].join('|');
    let order = this.cache.get(key);
    if (!order) {
      order = queueOrder(this.config, this.state, counter, cs, this.now);
      this.cache.set(key, order);
    }
    return order;
  }
}

function keepLowest(map: Map<string, number>, id: string, i: number): void {
  const known = map.get(id);
  if (known === undefined || i < known) map.set(id, i);
}

function waitingInPool(state: DayState, ticket: Ticket): number {
  const ids = state.pools.get(
    ticket.targetCounterId ? counterPool(ticket.targetCounterId) : seriesPool(ticket.seriesId),
  );
  const i = ids ? ids.indexOf(ticket.id) : -1;
  return Math.max(i, 0);
}

/**
 * The queue key that puts a ticket at the front or the back of the line formed by these pools,
 * as a counter drawing from them would see it (a transferred ticket gets weight 1 in its pool).
 */
export function placementKey(
  state: DayState,
  pools: readonly PoolRef[],
  placement: 'front' | 'back',
  now: number,
): number {
  let best = Number.NEGATIVE_INFINITY;
  let worst = Number.POSITIVE_INFINITY;
  for (const pool of pools) {
    const ids = state.pools.get(pool.key);
    if (!ids || ids.length === 0) continue;
    const first = state.tickets.get(ids[0]);
    const last = state.tickets.get(ids[ids.length - 1]);
    if (first) best = Math.max(best, (now - first.queueKey) * pool.weight);
    if (last) worst = Math.min(worst, (now - last.queueKey) * pool.weight);
  }
  if (placement === 'front') return Number.isFinite(best) ? Math.min(now, Math.floor(now - best - 1)) : now;
  return Number.isFinite(worst) ? Math.max(now, Math.ceil(now - worst + 1)) : now;
}
