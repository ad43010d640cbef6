// The index export (QĐ 766/QĐ-TTg): one row per month and field with what the province collects
// for the service-quality index — our waiting times and service level, the satisfaction share and
// its coverage (ratings per served ticket), the dossiers imported from the one-door system (early /
// on time / late, the on-time share, the mean processing time) and how many served tickets carry
// a dossier code. Columns are documented in docs/integrations.md ("The index export").
import type { IndexReport, IndexRow } from '../../shared/protocol/report-views.js';
import type { Acc } from './aggregate.js';
import type { ReportContext } from './context.js';
import type { DossierRecord } from './dossier-store.js';
import { addSplit, monthFigure, type Split, wholeMonths } from './on-time.js';
import type { ReportQuery } from './query.js';
import { aggregateReport, baseOf } from './reports.js';
import { percent, summarize } from './stats.js';

interface ImportSum extends Split {
  days: number;
  weight: number;
}

const emptyImport = (): ImportSum => ({ early: 0, onTime: 0, late: 0, total: 0, days: 0, weight: 0 });

function addImport(to: ImportSum, r: DossierRecord): void {
  const split = { early: r.early ?? 0, onTime: r.onTime, late: r.late, total: r.total };
  addSplit(to, split);
  const processed = split.early + split.onTime + split.late;
  if (r.meanDays !== undefined && processed > 0) {
    to.days += r.meanDays * processed;
    to.weight += processed;
  }
}

function dossierFigures(s: ImportSum): IndexRow['dossiers'] {
  const { month: _m, breach: _b, ...split } = monthFigure('', s);
  return { ...split, meanDays: s.weight === 0 ? null : Math.round((s.days / s.weight) * 100) / 100 };
}

function queueFigures(acc: Acc | undefined) {
  const wait = acc ? summarize(acc.waits) : null;
  return {
    issued: acc?.issued ?? 0,
    served: acc?.served ?? 0,
    waitMean: wait?.mean ?? null,
    waitMedian: wait?.median ?? null,
    serviceLevelPct: acc ? percent(acc.slWithin, acc.slTotal) : null,
    ratings: acc?.ratings ?? 0,
    satisfied: acc?.satisfied ?? 0,
    satisfactionPct: acc ? percent(acc.satisfied, acc.ratings) : null,
    coveragePct: acc ? percent(acc.ratings, acc.served) : null,
    dossierCodes: acc?.dossiers ?? 0,
  };
}

export async function indexReport(
  ctx: ReportContext,
  q: ReportQuery,
  records: readonly DossierRecord[],
): Promise<IndexReport> {
  const range = wholeMonths(q);
  const { agg, days } = await aggregateReport(ctx, range, 'field-month');
  const { config } = ctx;
  const fieldOfCode = new Map(config.procedures.map((p) => [p.code.trim().toUpperCase(), p.fieldId]));
  const imported = new Map<string, ImportSum>();
  const allImported = emptyImport();
  const { fieldId: onlyField, procedureId } = q.filters;
  const onlyCode = procedureId ? config.procedures.find((p) => p.id === procedureId)?.code : undefined;
  for (const r of records) {
    const month = r.month;
    if (month < range.from.slice(0, 7) || month > range.to.slice(0, 7)) continue;
    if (procedureId !== undefined && r.code.trim().toUpperCase() !== onlyCode?.trim().toUpperCase()) continue;
    const field = fieldOfCode.get(r.code.trim().toUpperCase()) ?? '';
    if (onlyField !== undefined && field !== onlyField) continue;
    const key = `${field}|${month}`;
    const sum = imported.get(key) ?? emptyImport();
    addImport(sum, r);
    addImport(allImported, r);
    imported.set(key, sum);
  }
  const keys = new Set([...agg.groups.keys(), ...imported.keys()]);
  const rows: IndexRow[] = [...keys].map((key) => {
    const [fieldId, month] = key.split('|');
    const field = config.fields.find((f) => f.id === fieldId);
    return {
      month,
      fieldId: fieldId === '' ? null : fieldId,
      fieldCode: field?.code ?? '',
      label: field?.name ?? { vi: 'Không rõ lĩnh vực', en: 'Unknown field', km: 'មិនស្គាល់វិស័យ' },
      ...queueFigures(agg.groups.get(key)),
      dossiers: dossierFigures(imported.get(key) ?? emptyImport()),
    };
  });
  rows.sort((a, b) => a.month.localeCompare(b.month) || a.fieldCode.localeCompare(b.fieldCode));
  return {
    ...baseOf(ctx, 'index', range, days),
    rows,
    total: { ...queueFigures(agg.total), dossiers: dossierFigures(allImported) },
  };
}
