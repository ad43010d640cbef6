// Waiting pools: one per series ("s:<id>") plus one per counter for tickets sent to it by a
// transfer ("c:<id>"). Each is an array of ticket ids sorted by place in line (queueKey, issuedAt, id).
import type { DayState, Ticket } from './model.js';

export const seriesPool = (seriesId: string) => `s:${seriesId}`;
export const counterPool = (counterId: string) => `c:${counterId}`;

export function poolOf(ticket: Ticket): string {
  return ticket.targetCounterId ? counterPool(ticket.targetCounterId) : seriesPool(ticket.seriesId);
}

/**
 * True when a stands before b in line: earlier queue key, then earlier issue, then (two tickets
 * issued in the same millisecond) the one issued first, then the smaller id.
 */
export function lineBefore(a: Ticket, b: Ticket): boolean {
  if (a.queueKey !== b.queueKey) return a.queueKey < b.queueKey;
  return issuedBefore(a, b);
}

/** Issue order: time, then the order of issue within the day, then id (a total order). */
export function issuedBefore(a: Ticket, b: Ticket): boolean {
  if (a.issuedAt !== b.issuedAt) return a.issuedAt < b.issuedAt;
  if (a.issueIndex !== b.issueIndex) return a.issueIndex < b.issueIndex;
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
    if (!other || lineBefore(other, ticket)) break;
    i--;
  }
  if (i === list.length) list.push(ticket.id);
  else list.splice(i, 0, ticket.id);
  if (ticket.priorityId) state.priorityWaiting.set(key, (state.priorityWaiting.get(key) ?? 0) + 1);
}

export function removeFromPool(state: DayState, ticket: Ticket): void {
  const key = poolOf(ticket);
  const list = state.pools.get(key);
  if (!list) return;
  // Most tickets leave from the front.
  const i = list[0] === ticket.id ? 0 : list.indexOf(ticket.id);
  if (i < 0) return;
  if (i === 0) list.shift();
  else list.splice(i, 1);
  if (ticket.priorityId) state.priorityWaiting.set(key, (state.priorityWaiting.get(key) ?? 1) - 1);
}
