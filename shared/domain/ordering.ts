// Whom a counter calls next. A counter draws from the pools of the series it serves (weighted)
// and from its own pool of tickets transferred to it. Its policy then decides between the best
// normal and the best priority ticket:
//   fifo        the longest (weighted) wait first, priority or not;
//   strict      priority first;
//   interleave  N normal tickets, then one priority ticket.
// The starvation guard: once a normal ticket has waited rules.starvationGuardMinutes, no priority
// ticket that arrived after it may overtake it (the choice falls back to fifo).
import type { Counter, CounterState, DayState, SiteConfig, Ticket } from './model.js';
import { counterPool, seriesPool } from './pools.js';

interface PoolRef {
  key: string;
  weight: number;
  rank: number;
}

interface Candidate {
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
function better(a: Candidate, b: Candidate): boolean {
  if (a.score !== b.score) return a.score > b.score;
  if (a.rank !== b.rank) return a.rank < b.rank;
  if (a.ticket.issuedAt !== b.ticket.issuedAt) return a.ticket.issuedAt < b.ticket.issuedAt;
  return a.ticket.id < b.ticket.id;
}

function candidate(ticket: Ticket, pool: PoolRef, now: number): Candidate {
  return { ticket, score: (now - ticket.queueKey) * pool.weight, rank: pool.rank };
}

function guardExpired(normal: Candidate | null, config: SiteConfig, now: number): boolean {
  const guardMs = config.rules.starvationGuardMinutes * 60_000;
  return guardMs > 0 && normal !== null && now - normal.ticket.issuedAt >= guardMs;
}

/** The policy's choice between the best normal and the best priority candidate. */
function choose(
  counter: Counter,
  config: SiteConfig,
  normal: Candidate | null,
  priority: Candidate | null,
  normalsSincePriority: number,
  now: number,
): Candidate | null {
  if (!normal || !priority) return normal ?? priority;
  const fifo = better(priority, normal) ? priority : normal;
  if (counter.policy === 'fifo') return fifo;
  if (guardExpired(normal, config, now)) return fifo;
  if (counter.policy === 'strict') return priority;
  const ratio = Math.max(1, counter.interleaveRatio ?? 3);
  return normalsSincePriority >= ratio ? priority : normal;
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
  for (const pool of counterPools(counter)) {
    const ids = state.pools.get(pool.key);
    if (!ids) continue;
    let seenNormal = false;
    let seenPriority = false;
    for (const id of ids) {
      const ticket = state.tickets.get(id);
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
      }
      if (seenNormal && seenPriority) break;
    }
  }
  return (
    choose(counter, config, normal, priority, counterState?.normalsSincePriority ?? 0, now)?.ticket ?? null
  );
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
  const result: Ticket[] = [];
  let n = 0;
  let p = 0;
  let sincePriority = counterState?.normalsSincePriority ?? 0;
  while (n < normals.length || p < priorities.length) {
    const picked = choose(counter, config, normals[n] ?? null, priorities[p] ?? null, sincePriority, now);
    if (!picked) break;
    result.push(picked.ticket);
    if (picked === normals[n]) {
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
  if (ticket.targetCounterId) return config.counters.filter((c) => c.id === ticket.targetCounterId);
  return config.counters.filter((c) => !c.retired && c.series.some((s) => s.seriesId === ticket.seriesId));
}

/**
 * People ahead of a waiting ticket: its position in the call order of the counter that would
 * reach it soonest. 0 for a ticket that is no longer waiting.
 */
export function peopleAhead(config: SiteConfig, state: DayState, ticket: Ticket, now: number): number {
  if (ticket.status !== 'waiting') return 0;
  let best = Number.POSITIVE_INFINITY;
  for (const counter of countersFor(config, ticket)) {
    const order = queueOrder(config, state, counter, state.counters.get(counter.id), now);
    const i = order.findIndex((t) => t.id === ticket.id);
    if (i >= 0 && i < best) best = i;
  }
  return Number.isFinite(best) ? best : waitingInPool(state, ticket);
}

function waitingInPool(state: DayState, ticket: Ticket): number {
  const ids = state.pools.get(
    ticket.targetCounterId ? counterPool(ticket.targetCounterId) : seriesPool(ticket.seriesId),
  );
  const i = ids ? ids.indexOf(ticket.id) : -1;
  return Math.max(i, 0);
}
