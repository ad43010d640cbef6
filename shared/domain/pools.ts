// Waiting pools: one per series ("s:<id>") plus one per counter for tickets sent to it by a
// transfer ("c:<id>"). Each is an array of ticket ids sorted by (queueKey, issuedAt, id).
import type { DayState, Ticket } from './model.js';

export const seriesPool = (seriesId: string) => `s:${seriesId}`;
export const counterPool = (counterId: string) => `c:${counterId}`;

export function poolOf(ticket: Ticket): string {
  return ticket.targetCounterId ? counterPool(ticket.targetCounterId) : seriesPool(ticket.seriesId);
}

function before(a: Ticket, b: Ticket): boolean {
  if (a.queueKey !== b.queueKey) return a.queueKey < b.queueKey;
  if (a.issuedAt !== b.issuedAt) return a.issuedAt < b.issuedAt;
  return a.id < b.id;
}

export function addToPool(state: DayState, ticket: Ticket): void {
  const key = poolOf(ticket);
  let list = state.pools.get(key);
  if (!list) {
    list = [];
    state.pools.set(key, list);
  }
  // Most tickets join at the back: search from the end.
  let i = list.length;
  while (i > 0) {
    const other = state.tickets.get(list[i - 1]);
    if (!other || before(other, ticket)) break;
    i--;
  }
  list.splice(i, 0, ticket.id);
}

export function removeFromPool(state: DayState, ticket: Ticket): void {
  const list = state.pools.get(poolOf(ticket));
  if (!list) return;
  const i = list.indexOf(ticket.id);
  if (i >= 0) list.splice(i, 1);
}

/** The smallest queue key in a pool, for "front" placement. */
export function frontKey(state: DayState, pool: string, fallback: number): number {
  const first = state.pools.get(pool)?.[0];
  const ticket = first ? state.tickets.get(first) : undefined;
  return ticket ? Math.min(ticket.queueKey - 1, fallback) : fallback;
}
