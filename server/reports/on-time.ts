// On-time processing of dossiers, imported from the provincial dossier system, beside our own
// figures for the same procedure and month. Rate = đúng hạn / (đúng hạn + trễ hạn) × 100; a
// month or procedure below the target (98%) is flagged as a breach.
import { addDays } from '../../shared/i18n/time.js';
import type { OnTimeMonth, OnTimeReport, OnTimeRow } from '../../shared/protocol/report-views.js';
import type { ReportContext } from './context.js';
import type { DossierRecord } from './dossier-store.js';
import type { ReportQuery } from './query.js';
import { aggregateReport, baseOf } from './reports.js';
import { type DurationList, percent, summarize } from './stats.js';

export const ON_TIME_TARGET = 98;

/** 2026-12 → 2027-01. */
function addMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

function monthFigure(month: string, onTime: number, late: number, total: number): OnTimeMonth {
  const pct = percent(onTime, onTime + late);
  return { month, total, onTime, late, pct, breach: pct !== null && pct < ON_TIME_TARGET };
}

export async function onTimeReport(
  ctx: ReportContext,
  q: ReportQuery,
  records: readonly DossierRecord[],
): Promise<OnTimeReport> {
  const fromMonth = q.from.slice(0, 7);
  const toMonth = q.to.slice(0, 7);
  const byCode = new Map<string, (typeof ctx.config.procedures)[number]>();
  for (const p of ctx.config.procedures) {
    const key = p.code.trim().toUpperCase();
    const known = byCode.get(key);
    if (!known || (known.retired && !p.retired)) byCode.set(key, p);
  }
  const { fieldId, procedureId } = q.filters;
  // Our figures beside a month cover that whole month, whatever days of it the range names.
  const monthEnd = addDays(`${addMonth(toMonth)}-01`, -1);
  const { agg, days } = await aggregateReport(
    ctx,
    { ...q, from: `${fromMonth}-01`, to: monthEnd },
    'procedure-month',
  );
  const rows: OnTimeRow[] = [];
  for (const r of records) {
    if (r.month < fromMonth || r.month > toMonth) continue;
    const procedure = byCode.get(r.code.trim().toUpperCase()) ?? null;
    if (fieldId !== undefined && procedure?.fieldId !== fieldId) continue;
    if (procedureId !== undefined && procedure?.id !== procedureId) continue;
    const ours = procedure ? agg.groups.get(`${procedure.id}|${r.month}`) : undefined;
    const mean = (values: DurationList | undefined) => (values ? summarize(values).mean : null);
    rows.push({
      code: r.code,
      procedureId: procedure?.id ?? null,
      label: procedure?.name ?? { vi: r.code },
      ...monthFigure(r.month, r.onTime, r.late, r.total),
      ours: {
        issued: ours?.issued ?? 0,
        served: ours?.served ?? 0,
        waitMean: mean(ours?.waits),
        serviceMean: mean(ours?.services),
      },
    });
  }
  rows.sort((a, b) => a.month.localeCompare(b.month) || a.code.localeCompare(b.code));
  const months = new Map<string, { onTime: number; late: number; total: number }>();
  for (const r of rows) {
    const m = months.get(r.month) ?? { onTime: 0, late: 0, total: 0 };
    m.onTime += r.onTime;
    m.late += r.late;
    m.total += r.total;
    months.set(r.month, m);
  }
  const sum = { onTime: 0, late: 0, total: 0 };
  for (const m of months.values()) {
    sum.onTime += m.onTime;
    sum.late += m.late;
    sum.total += m.total;
  }
  return {
    ...baseOf(ctx, 'on-time', q, days),
    target: ON_TIME_TARGET,
    rows,
    months: [...months].map(([month, m]) => monthFigure(month, m.onTime, m.late, m.total)),
    total: monthFigure('', sum.onTime, sum.late, sum.total),
    importedAt: records.reduce<number | null>(
      (t, r) => (t === null || r.importedAt > t ? r.importedAt : t),
      null,
    ),
  };
}
