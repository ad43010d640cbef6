// Reports over a set of centres, computed from each centre's own report rows (aggregateReport and
// rowView, as its single-centre report), then merged (row-merge.ts: sums, count-weighted means,
// no merged median or P90):
//   centres     one row per centre, its total for the period
//   fields      one row per field code, across the centres
//   procedures  one row per mã TTHC, across the centres
// Fields and procedures are matched by their code (trimmed, upper case), so centres that share the
// national catalogue add up even when their local ids or names differ; the name shown is the first
// chosen centre's. A procedure (or field) only one centre has is a row of its own, counting that
// centre's tickets (siteIds names it). One with no code cannot be matched: it stays a row of its
// centre, its name followed by the centre's.
import type { LocalizedText } from '../../shared/domain/model.js';
import type {
  CentreReportName,
  CentreSetReport,
  CentreSetRow,
} from '../../shared/protocol/centre-report-views.js';
import type { GroupRowView } from '../../shared/protocol/report-views.js';
import type { GroupKey } from './aggregate.js';
import type { CentreSetQuery } from './centre-set-query.js';
import { labeller, type ReportContext } from './context.js';
import { aggregateReport, rowView } from './reports.js';
import { mergeRows } from './row-merge.js';

const GROUP: Record<CentreReportName, GroupKey | null> = {
  centres: null,
  fields: 'field',
  procedures: 'procedure',
};

const TOTAL: LocalizedText = { vi: 'Tổng cộng', en: 'Total', km: 'សរុប' };

interface Merged {
  label: LocalizedText;
  code?: string;
  rows: GroupRowView[];
  siteIds: string[];
}

function withCentre(label: LocalizedText, centre: LocalizedText): LocalizedText {
  const out: LocalizedText = { vi: `${label.vi} (${centre.vi})` };
  if (label.en || centre.en) out.en = `${label.en ?? label.vi} (${centre.en ?? centre.vi})`;
  if (label.km || centre.km) out.km = `${label.km ?? label.vi} (${centre.km ?? centre.vi})`;
  return out;
}

const byIssued = (a: CentreSetRow, b: CentreSetRow) =>
  b.issued - a.issued || (a.key ?? '').localeCompare(b.key ?? '');

/** ctxs: the chosen centres, in the order asked (checked by the caller). */
export async function centreSetReport(
  ctxs: readonly ReportContext[],
  name: CentreReportName,
  query: CentreSetQuery,
  now: number,
): Promise<CentreSetReport> {
  const group = GROUP[name];
  const centres: CentreSetReport['centres'] = [];
  const totals: GroupRowView[] = [];
  const merged = new Map<string, Merged>();
  const rows: CentreSetRow[] = [];
  // One centre at a time: its day rows are read and summarised into its rows (with its own exact
  // medians), and its durations let go before the next centre.
  for (const ctx of ctxs) {
    const q = { from: query.from, to: query.to, filters: {}, by: 'month' as const };
    const { agg, days } = await aggregateReport(ctx, q, group);
    const site = ctx.config.site;
    centres.push({ siteId: ctx.siteId, name: site.name, timeZone: site.timeZone, days });
    const total = rowView(ctx.siteId, { label: site.name }, agg.total);
    totals.push(total);
    if (group === null) {
      rows.push({ ...total, siteIds: [ctx.siteId] });
      continue;
    }
    const label = labeller(ctx, group);
    for (const [id, acc] of agg.groups) {
      const l = label(id);
      const code = l.code?.trim().toUpperCase();
      const key = code ? `code:${code}` : `site:${ctx.siteId}:${id}`;
      let m = merged.get(key);
      if (!m) {
        m = code
          ? { label: l.label, code: l.code?.trim(), rows: [], siteIds: [] }
          : { label: withCentre(l.label, site.name), rows: [], siteIds: [] };
        merged.set(key, m);
      }
      m.rows.push(rowView(id, l, acc));
      if (!m.siteIds.includes(ctx.siteId)) m.siteIds.push(ctx.siteId);
    }
  }
  for (const [key, m] of merged) {
    const row = mergeRows(key, m.code ? { label: m.label, code: m.code } : { label: m.label }, m.rows);
    rows.push({ ...row, siteIds: m.siteIds });
  }
  return {
    report: name,
    from: query.from,
    to: query.to,
    centres,
    rows: rows.sort(byIssued),
    total: mergeRows(null, { label: TOTAL }, totals),
    generatedAt: now,
  };
}
