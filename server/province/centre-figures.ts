// The figures the province watches for one centre, from a day's state (replayed from its journal,
// whether the centre is hosted here or feeds its journal): waiting, longest wait, counters open and
// paused, served today, satisfaction.
import type { DayState } from '../../shared/domain/model.js';
import type { CentreFigures } from '../../shared/protocol/province-views.js';

export type { CentreFigures };

export function centreFigures(state: DayState, now: number): CentreFigures {
  let waiting = 0;
  let oldest = now;
  let served = 0;
  let ratingSum = 0;
  let ratings = 0;
  for (const t of state.tickets.values()) {
    if (t.status === 'waiting') {
      waiting += 1;
      oldest = Math.min(oldest, t.issuedAt);
    }
    if (t.status === 'done') served += 1;
    if (t.rating) {
      ratings += 1;
      ratingSum += t.rating.level / t.rating.scale;
    }
  }
  let open = 0;
  let paused = 0;
  for (const c of state.counters.values()) {
    if (!c.officerId) continue;
    if (c.paused) paused += 1;
    else open += 1;
  }
  return {
    waiting,
    longestWaitMinutes: Math.max(0, Math.floor((now - oldest) / 60_000)),
    countersOpen: open,
    countersPaused: paused,
    servedToday: served,
    satisfaction: ratings > 0 ? Math.round((ratingSum / ratings) * 100) / 100 : null,
    ratings,
  };
}

/** Who needs help now first: longest wait, then most waiting per open counter. */
export function needsHelpFirst(a: CentreFigures, b: CentreFigures): number {
  const load = (f: CentreFigures) => f.waiting / Math.max(1, f.countersOpen);
  return b.longestWaitMinutes - a.longestWaitMinutes || load(b) - load(a);
}

/** Minutes of waiting after which a centre is flagged as needing help. */
export const HELP_AFTER_MINUTES = 30;

/** A centre needs help now: someone has waited HELP_AFTER_MINUTES, or people wait with no counter open. */
export function needsHelpNow(f: CentreFigures): boolean {
  return f.longestWaitMinutes >= HELP_AFTER_MINUTES || (f.waiting > 0 && f.countersOpen === 0);
}
