// On-time processing of dossiers, imported from the provincial dossier system, beside our own
// figures for the same procedure and month. Rate = (trước hạn + đúng hạn) / (trước hạn + đúng hạn
// + trễ hạn) × 100; a month or procedure below the target (98%) is flagged as a breach. Per
// procedure over the range: the split and the mean processing time (days, weighted by the
// dossiers processed each month) against the legal deadline.
import { addDays } from '../../shared/i18n/time.js';
import type {
  OnTimeMonth,
  OnTimeProcedure,
  OnTimeReport,
  OnTimeRow,
} from '../../shared/protocol/report-views.js';
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

/** The query widened to whole months: figures beside a month cover all of it. */
export function wholeMonths(q: ReportQuery): ReportQuery {
  const toMonth = q.to.slice(0, 7);
  return { ...q, from: `${q.from.slice(0, 7)}-01`, to: addDays(`${addMonth(toMonth)}-01`, -1) };
}

export interface Split {
  early: number;
  onTime: number;
  late: number;
  total: number;
}

export function monthFigure(month: string, s: Split): OnTimeMonth {
  const pct = percent(s.early + s.onTime, s.early + s.onTime + s.late);
  return {
    month,
    total: s.total,
    early: s.early,
    onTime: s.onTime,
    late: s.late,
    pct,
    breach: pct !== null && pct < ON_TIME_TARGET,
  };
}

const overDeadline = (meanDays: number | null, deadlineDays: number | null) =>
  meanDays !== null && deadlineDays !== null && meanDays > deadlineDays;

export const addSplit = (to: Split, r: Split) => {
  to.early += r.early;
  to.onTime += r.onTime;
  to.late += r.late;
  to.total += r.total;
};

interface ProcedureSum {
  row: OnTimeRow;
  split: Split;
  /** Σ meanDays × processed, and Σ processed, over the months that give a mean. */
  days: number;
  weight: number;
  deadline: number | null;
}

/** Per procedure over the range; rows are in month order, so the last deadline seen is the latest. */
export function procedureFigures(rows: readonly OnTimeRow[]): OnTimeProcedure[] {
  const byCode = new Map<string, ProcedureSum>();
  for (const r of rows) {
    let p = byCode.get(r.code);
    if (!p) {
      p = { row: r, split: { early: 0, onTime: 0, late: 0, total: 0 }, days: 0, weight: 0, deadline: null };
      byCode.set(r.code, p);
    }
    addSplit(p.split, r);
    const processed = r.early + r.onTime + r.late;
    if (r.meanDays !== null && processed > 0) {
      p.days += r.meanDays * processed;
      p.weight += processed;
    }
    if (r.deadlineDays !== null) p.deadline = r.deadlineDays;
  }
  return [...byCode.values()]
    .map(({ row, split, days, weight, deadline }) => {
      const { month: _m, ...figure } = monthFigure('', split);
      const meanDays = weight === 0 ? null : Math.round((days / weight) * 100) / 100;
      return {
        code: row.code,
        procedureId: row.procedureId,
        label: row.label,
        ...figure,
        meanDays,
        deadlineDays: deadline,
        overDeadline: overDeadline(meanDays, deadline),
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
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
  const { agg, days } = await aggregateReport(ctx, wholeMonths(q), 'procedure-month');
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
      ...monthFigure(r.month, { early: r.early ?? 0, onTime: r.onTime, late: r.late, total: r.total }),
      meanDays: r.meanDays ?? null,
      deadlineDays: r.deadlineDays ?? null,
      overDeadline: overDeadline(r.meanDays ?? null, r.deadlineDays ?? null),
      ours: {
        issued: ours?.issued ?? 0,
        served: ours?.served ?? 0,
        waitMean: mean(ours?.waits),
        serviceMean: mean(ours?.services),
      },
    });
  }
  rows.sort((a, b) => a.month.localeCompare(b.month) || a.code.localeCompare(b.code));
  const months = new Map<string, Split>();
  const sum: Split = { early: 0, onTime: 0, late: 0, total: 0 };
  for (const r of rows) {
    const m = months.get(r.month) ?? { early: 0, onTime: 0, late: 0, total: 0 };
    addSplit(m, r);
    addSplit(sum, r);
    months.set(r.month, m);
  }
  return {
    ...baseOf(ctx, 'on-time', q, days),
    target: ON_TIME_TARGET,
    rows,
    months: [...months].map(([month, m]) => monthFigure(month, m)),
    procedures: procedureFigures(rows),
    total: monthFigure('', sum),
    importedAt: records.reduce<number | null>(
      (t, r) => (t === null || r.importedAt > t ? r.importedAt : t),
      null,
    ),
  };
}
