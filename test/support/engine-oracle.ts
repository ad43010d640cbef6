// A brute-force statement of the ordering rules, written apart from shared/domain/ordering.ts so
// the property tests can check the engine against it. It scans every ticket; speed is no concern.
import type { Counter, DayState, SiteConfig, Ticket } from '../../shared/domain/index.js';

export function eligibleFor(counter: Counter, t: Ticket): boolean {
  if (counter.retired || t.status !== 'waiting') return false;
  if (t.targetCounterId !== null) return t.targetCounterId === counter.id;
  return counter.series.some((s) => s.seriesId === t.seriesId);
}

/** Waiting tickets this counter may call, in no particular order. */
export function eligibleWaiting(state: DayState, counter: Counter): Ticket[] {
  return [...state.tickets.values()].filter((t) => eligibleFor(counter, t));
}

function weightAndRank(counter: Counter, t: Ticket): [number, number] {
  if (t.targetCounterId !== null) return [1, -1];
  const i = counter.series.findIndex((s) => s.seriesId === t.seriesId);
  const w = counter.series[i]?.weight;
  return [w !== undefined && w > 0 ? w : 1, i];
}

/** Ordering of candidates: larger weighted wait, then series order, then issue time, then id. */
function compareCandidates(counter: Counter, now: number): (a: Ticket, b: Ticket) => number {
  return (a, b) => {
    const [wa, ra] = weightAndRank(counter, a);
    const [wb, rb] = weightAndRank(counter, b);
    const sa = (now - a.queueKey) * wa;
    const sb = (now - b.queueKey) * wb;
    if (sa !== sb) return sb - sa;
    if (ra !== rb) return ra - rb;
    if (a.issuedAt !== b.issuedAt) return a.issuedAt - b.issuedAt;
    if (a.issueIndex !== b.issueIndex) return a.issueIndex - b.issueIndex;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
}

/** Place-in-line order: queue key, issue time, issue order, id. */
export function arrivedBefore(a: Ticket, b: Ticket): boolean {
  if (a.queueKey !== b.queueKey) return a.queueKey < b.queueKey;
  if (a.issuedAt !== b.issuedAt) return a.issuedAt < b.issuedAt;
  if (a.issueIndex !== b.issueIndex) return a.issueIndex < b.issueIndex;
  return a.id < b.id;
}

/** Normal tickets that have waited the guard time and stand before `priority` in line. */
export function starvingBefore(
  config: SiteConfig,
  normals: Ticket[],
  priority: Ticket,
  now: number,
): Ticket[] {
  const guardMs = config.rules.starvationGuardMinutes * 60_000;
  if (guardMs <= 0) return [];
  return normals.filter((n) => now - n.queueKey >= guardMs && arrivedBefore(n, priority));
}

/** The ticket call-next should pick, by the rules as written in the issue. */
export function expectedPick(
  config: SiteConfig,
  state: DayState,
  counter: Counter,
  now: number,
): Ticket | null {
  const waiting = eligibleWaiting(state, counter).sort(compareCandidates(counter, now));
  const normals = waiting.filter((t) => !t.priorityId);
  const priorities = waiting.filter((t) => t.priorityId);
  const bestN = normals[0] ?? null;
  const bestP = priorities[0] ?? null;
  if (!bestN || !bestP) return bestN ?? bestP;
  let pick: Ticket;
  if (counter.policy === 'fifo') pick = waiting[0];
  else if (counter.policy === 'strict') pick = bestP;
  else {
    const since = state.counters.get(counter.id)?.normalsSincePriority ?? 0;
    pick = since >= Math.max(1, counter.interleaveRatio ?? 3) ? bestP : bestN;
  }
  if (pick === bestP && starvingBefore(config, normals, bestP, now).length > 0) return bestN;
  return pick;
}
