// Invariants of a live DayState, checked after every step of the property tests. Each check
// throws with a message naming what broke.
import { isDeepStrictEqual } from 'node:util';
import {
  countersFor,
  type DayState,
  issuingSeriesId,
  OPEN_STATUSES,
  peopleAhead,
  peopleAheadIndex,
  pickNext,
  poolOf,
  queueOrder,
  type QueueEvent,
  rebuildTicket,
  replay,
  type SiteConfig,
  type Ticket,
  type TicketEvent,
} from '../../shared/domain/index.js';
import { arrivedBefore, eligibleWaiting, expectedPick } from './engine-oracle.js';

export function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function isOpen(t: Ticket): boolean {
  return OPEN_STATUSES.includes(t.status);
}

export function checkNumbers(state: DayState): void {
  const indexes = new Map<string, number[]>();
  const openNumbers = new Set<string>();
  for (const t of state.tickets.values()) {
    const series = issuingSeriesId(t);
    indexes.set(series, [...(indexes.get(series) ?? []), t.issueIndex]);
    if (isOpen(t)) {
      check(!openNumbers.has(t.displayNumber), `two open tickets share ${t.displayNumber}`);
      openNumbers.add(t.displayNumber);
    }
  }
  for (const [series, list] of indexes) {
    const sorted = [...list].sort((a, b) => a - b);
    check(
      sorted.every((n, i) => n === i + 1),
      `issue indexes of ${series} are not 1..n: ${sorted.join(',')}`,
    );
    check(state.issued.get(series) === list.length, `issued count of ${series} is off`);
  }
}

export function checkCounters(state: DayState): void {
  const holders = new Map<string, string>();
  for (const c of state.counters.values()) {
    if (c.currentTicketId === null) continue;
    check(!holders.has(c.currentTicketId), `ticket ${c.currentTicketId} is with two counters`);
    holders.set(c.currentTicketId, c.counterId);
    const t = state.tickets.get(c.currentTicketId);
    check(t !== undefined, `counter ${c.counterId} holds an unknown ticket`);
    check(t.counterId === c.counterId, `ticket ${t.id} does not point back to counter ${c.counterId}`);
    check(
      t.status === 'called' || t.status === 'serving',
      `counter ${c.counterId} holds a ${t.status} ticket`,
    );
  }
  for (const t of state.tickets.values()) {
    if (t.status === 'called' || t.status === 'serving') {
      check(holders.get(t.id) === t.counterId, `${t.status} ticket ${t.id} is not held by its counter`);
    }
  }
  const officers = [...state.counters.values()].map((c) => c.officerId).filter((o) => o !== null);
  check(new Set(officers).size === officers.length, 'an officer holds two counters');
}

export function checkPools(state: DayState): void {
  const seen = new Set<string>();
  for (const [key, ids] of state.pools) {
    ids.forEach((id, i) => {
      const t = state.tickets.get(id);
      check(t !== undefined, `pool ${key} holds unknown ticket ${id}`);
      check(t.status === 'waiting', `pool ${key} holds ${t.status} ticket ${id}`);
      check(poolOf(t) === key, `ticket ${id} sits in ${key}, belongs in ${poolOf(t)}`);
      check(!seen.has(id), `ticket ${id} is in two pools`);
      seen.add(id);
      const prev = i > 0 ? state.tickets.get(ids[i - 1]) : undefined;
      check(!prev || arrivedBefore(prev, t), `pool ${key} is out of order at ${id}`);
    });
  }
  for (const t of state.tickets.values()) {
    if (t.status === 'waiting') check(seen.has(t.id), `waiting ticket ${t.id} is in no pool`);
  }
  for (const [key, ids] of state.pools) {
    const priorities = ids.filter((id) => state.tickets.get(id)?.priorityId).length;
    check((state.priorityWaiting.get(key) ?? 0) === priorities, `priority count of ${key} is off`);
  }
}

export function checkOrdering(config: SiteConfig, state: DayState, now: number): void {
  for (const counter of config.counters) {
    if (counter.retired) continue;
    const cs = state.counters.get(counter.id);
    const order = queueOrder(config, state, counter, cs, now);
    const next = pickNext(config, state, counter, cs, now);
    check(next?.id === order[0]?.id, `pickNext ≠ queueOrder()[0] at ${counter.id}`);
    check(
      next?.id === expectedPick(config, state, counter, now)?.id,
      `pickNext at ${counter.id} is ${next?.id}, rules say ${expectedPick(config, state, counter, now)?.id}`,
    );
    const eligible = eligibleWaiting(state, counter)
      .map((t) => t.id)
      .sort();
    const ordered = order.map((t) => t.id).sort();
    check(isDeepStrictEqual(eligible, ordered), `queueOrder at ${counter.id} is not its eligible tickets`);
  }
}

/** The all-tickets index of people ahead agrees with peopleAhead() ticket by ticket. */
export function checkAhead(config: SiteConfig, state: DayState, now: number): void {
  const index = peopleAheadIndex(config, state, now);
  for (const t of state.tickets.values()) {
    if (t.status !== 'waiting') continue;
    const one = peopleAhead(config, state, t, now);
    check((index.get(t.id) ?? one) === one, `peopleAheadIndex differs from peopleAhead for ${t.id}`);
    check(
      one === naiveAhead(config, state, t, now),
      `peopleAhead differs from one call order per counter for ${t.id}`,
    );
  }
}

/** People ahead computed the slow, obvious way: every eligible counter's own call order. */
function naiveAhead(config: SiteConfig, state: DayState, ticket: Ticket, now: number): number {
  const eligible = countersFor(config, ticket);
  const open = eligible.filter((c) => !state.counters.get(c.id)?.paused);
  let best = Number.POSITIVE_INFINITY;
  for (const counter of open.length > 0 ? open : eligible) {
    const i = queueOrder(config, state, counter, state.counters.get(counter.id), now).findIndex(
      (x) => x.id === ticket.id,
    );
    if (i >= 0) best = Math.min(best, i);
  }
  return Number.isFinite(best) ? best : peopleAhead(config, state, ticket, now);
}

/**
 * Replaying the journal rebuilds the live state, and a ticket's own history rebuilds it: every
 * ticket in `only` (the ones a step touched), or every ticket when `only` is omitted.
 */
export function checkReplay(
  state: DayState,
  events: readonly QueueEvent[],
  histories: ReadonlyMap<string, TicketEvent[]>,
  only?: ReadonlySet<string>,
): void {
  const replayed = replay(state.siteId, state.day, events);
  check(isDeepStrictEqual(replayed, state), 'replay() differs from the live state');
  for (const t of state.tickets.values()) {
    if (only && !only.has(t.id)) continue;
    const rebuilt = rebuildTicket(state.siteId, state.day, histories.get(t.id) ?? []);
    check(isDeepStrictEqual(rebuilt, t), `rebuildTicket differs for ${t.id}`);
  }
}
