// The centre's public figures for the wall display's figures slide ("6 biết": transparency):
// this month so far — tickets served, dossiers received at the counters (served tickets with a
// mã hồ sơ), the mean wait and the satisfaction share — and the on-time share of the latest month
// imported from the one-door system. Computed from the same day rows as the reports; kept for a
// minute per site, since every display of a centre asks for the same thing.
import type { PublicFigures } from '../../shared/protocol/report-views.js';
import type { ReportContext } from './context.js';
import { today } from './context.js';
import type { DossierRecord } from './dossier-store.js';
import { addSplit, monthFigure, type Split } from './on-time.js';
import { aggregateReport } from './reports.js';
import { percent, summarize } from './stats.js';

export const PUBLIC_FIGURES_TTL_MS = 60_000;

/** The on-time share of the latest imported month up to this one, or null when none is imported. */
export function latestOnTime(records: readonly DossierRecord[], month: string): PublicFigures['onTime'] {
  let latest: string | null = null;
  for (const r of records) if (r.month <= month && (latest === null || r.month > latest)) latest = r.month;
  if (latest === null) return null;
  const sum: Split = { early: 0, onTime: 0, late: 0, total: 0 };
  for (const r of records) {
    if (r.month === latest)
      addSplit(sum, { early: r.early ?? 0, onTime: r.onTime, late: r.late, total: r.total });
  }
  const figure = monthFigure(latest, sum);
  return { month: latest, processed: sum.early + sum.onTime + sum.late, pct: figure.pct };
}

export async function publicFigures(
  ctx: ReportContext,
  records: readonly DossierRecord[],
): Promise<PublicFigures> {
  const day = today(ctx);
  const month = day.slice(0, 7);
  const { agg } = await aggregateReport(
    ctx,
    { from: `${month}-01`, to: day, filters: {}, by: 'month' },
    null,
  );
  const t = agg.total;
  return {
    month,
    served: t.served,
    dossiersReceived: t.dossiers,
    waitMean: summarize(t.waits).mean,
    satisfactionPct: percent(t.satisfied, t.ratings),
    ratings: t.ratings,
    onTime: latestOnTime(records, month),
    at: ctx.now,
  };
}

/** One computation per site and minute, however many displays ask. */
export class PublicFiguresCache {
  private readonly entries = new Map<string, { at: number; value: Promise<PublicFigures> }>();

  get(siteId: string, now: number, compute: () => Promise<PublicFigures>): Promise<PublicFigures> {
    const hit = this.entries.get(siteId);
    if (hit && now - hit.at < PUBLIC_FIGURES_TTL_MS && now >= hit.at) return hit.value;
    const value = compute();
    this.entries.set(siteId, { at: now, value });
    value.catch(() => this.entries.delete(siteId));
    return value;
  }

  /** A dossier import changes the on-time share: the next request recomputes. */
  forget(siteId: string): void {
    this.entries.delete(siteId);
  }
}
