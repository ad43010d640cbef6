// The queue index against the full recomputation: after every step of the property tests, its
// people ahead, counter heads and waiting counts must equal what ordering.ts builds from scratch.
import {
  type DayState,
  peopleAhead,
  type QueueIndex,
  queueOrder,
  type SiteConfig,
} from '../../shared/domain/index.js';
import { check } from './engine-invariants.js';

/** Waiting counts by walking every ticket (the naive tally). */
function naiveTally(state: DayState) {
  const bySeries = new Map<string, number>();
  const byField = new Map<string, number>();
  const oldest = new Map<string, number>();
  let total = 0;
  for (const t of state.tickets.values()) {
    if (t.status !== 'waiting') continue;
    total += 1;
    bySeries.set(t.seriesId, (bySeries.get(t.seriesId) ?? 0) + 1);
    byField.set(t.fieldId, (byField.get(t.fieldId) ?? 0) + 1);
    const o = oldest.get(t.seriesId);
    if (o === undefined || t.issuedAt < o) oldest.set(t.seriesId, t.issuedAt);
  }
  return { total, bySeries, byField, oldest };
}

const sorted = (m: ReadonlyMap<string, number>) =>
  JSON.stringify([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

export function checkIndex(config: SiteConfig, state: DayState, index: QueueIndex, now: number): void {
  const naive = naiveTally(state);
  const tally = index.tally();
  check(tally.total === naive.total, `index total ${tally.total} ≠ ${naive.total}`);
  check(sorted(tally.bySeries) === sorted(naive.bySeries), 'index counts by series differ');
  check(sorted(tally.byField) === sorted(naive.byField), 'index counts by field differ');
  check(sorted(tally.oldestBySeries) === sorted(naive.oldest), 'index oldest by series differs');
  for (const t of state.tickets.values()) {
    if (t.status !== 'waiting') continue;
    const counted = index.peopleAhead(config, state, t, now);
    const built = peopleAhead(config, state, t, now);
    check(counted === built, `index says ${counted} ahead of ${t.id}, the full order ${built}`);
  }
  for (const counter of config.counters) {
    if (counter.retired) continue;
    const full = queueOrder(config, state, counter, state.counters.get(counter.id), now).map((t) => t.id);
    const head = index.head(config, state, counter, now, full.length + 1).map((t) => t.id);
    check(head.join() === full.join(), `index head of ${counter.id} [${head}] ≠ order [${full}]`);
    const three = index.head(config, state, counter, now, 3).map((t) => t.id);
    check(three.join() === full.slice(0, 3).join(), `index head(3) of ${counter.id} differs`);
    check(index.waitingFor(counter) === full.length, `index waiting for ${counter.id} differs`);
  }
}
