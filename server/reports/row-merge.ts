// Adding up the rows of several centres' own reports (GroupRowView, the figures a centre's report
// gives): counts add, rates are recomputed from the summed counts, a mean is the count-weighted
// mean of the centres' means (never the average of averages), the maximum is the largest. A median
// or a P90 cannot be computed from the centres' medians and P90s, so merged rows have none
// (null): keeping every centre's durations to compute them would cost memory without bound (200
// centres × 366 days of a big centre is ~90 M durations).
import { FINISH_OUTCOMES, type FinishOutcome, type LocalizedText } from '../../shared/domain/model.js';
import type { GroupRowView, StatsView } from '../../shared/protocol/report-views.js';
import { percent } from './stats.js';

export function mergeStats(parts: readonly StatsView[]): StatsView {
  let count = 0;
  let sum = 0;
  let max: number | null = null;
  for (const p of parts) {
    if (p.count === 0 || p.mean === null) continue;
    count += p.count;
    sum += p.mean * p.count;
    if (p.max !== null) max = max === null ? p.max : Math.max(max, p.max);
  }
  return { count, mean: count === 0 ? null : sum / count, median: null, p90: null, max };
}

function addUp(into: Record<string, number>, from: Record<string, number>): void {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
}

export function mergeRows(
  key: string | null,
  label: { label: LocalizedText; code?: string },
  rows: readonly GroupRowView[],
): GroupRowView {
  const sum = (pick: (r: GroupRowView) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const served = sum((r) => r.served);
  const within = sum((r) => r.serviceLevel.within);
  const slTotal = sum((r) => r.serviceLevel.total);
  const ratings = sum((r) => r.satisfaction.ratings);
  const satisfied = sum((r) => r.satisfaction.satisfied);
  const dossiers = sum((r) => r.dossiers.count);
  const levels: Record<string, number> = {};
  const reasons: Record<string, number> = {};
  for (const r of rows) {
    addUp(levels, r.satisfaction.levels);
    addUp(reasons, r.satisfaction.reasons);
  }
  return {
    key,
    ...label,
    issued: sum((r) => r.issued),
    served,
    noShow: sum((r) => r.noShow),
    cancelled: sum((r) => r.cancelled),
    expired: sum((r) => r.expired),
    open: sum((r) => r.open),
    wait: mergeStats(rows.map((r) => r.wait)),
    service: mergeStats(rows.map((r) => r.service)),
    serviceLevel: { within, total: slTotal, pct: percent(within, slTotal) },
    dossiers: { count: dossiers, pct: percent(dossiers, served) },
    outcomes: Object.fromEntries(FINISH_OUTCOMES.map((o) => [o, sum((r) => r.outcomes[o])])) as Record<
      FinishOutcome,
      number
    >,
    satisfaction: {
      ratings,
      satisfied,
      rate: percent(satisfied, ratings),
      coverage: percent(ratings, served),
      levels,
      reasons,
    },
  };
}
