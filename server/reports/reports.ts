// The reports themselves, computed from day rows: grouped counts and times, the summary, load by
// hour and weekday, satisfaction, and officers' time. The on-time report is in on-time.ts.
import { FINISH_OUTCOMES, type FinishOutcome } from '../../shared/domain/model.js';
import { weekdayOf } from '../../shared/i18n/time.js';
import type {
  GroupedReportName,
  GroupRowView,
  LoadReport,
  OfficerTimeReport,
  OfficerTimeRow,
  ReportBase,
  ReportName,
  SatisfactionReport,
  SummaryReport,
} from '../../shared/protocol/report-views.js';
import { type Acc, Aggregator, forEachRow, type GroupKey } from './aggregate.js';
import { type Label, labeller, officerName, type ReportContext, rulesOf, scanDays } from './context.js';
import { type DayRows, NONE, STATUS_INDEX } from './day-rows.js';
import type { ReportQuery } from './query.js';
import { percent, summarize } from './stats.js';

export const GROUP_OF_REPORT: Record<GroupedReportName, GroupKey> = {
  procedures: 'procedure',
  fields: 'field',
  series: 'series',
  counters: 'counter',
  officers: 'officer',
  days: 'day',
  months: 'month',
};

export function baseOf(ctx: ReportContext, report: ReportName, q: ReportQuery, days: number): ReportBase {
  const filters: Record<string, string> = {};
  for (const [k, v] of Object.entries(q.filters)) if (v !== undefined) filters[k] = v;
  return {
    report,
    siteId: ctx.siteId,
    siteName: ctx.config.site.name,
    timeZone: ctx.config.site.timeZone,
    from: q.from,
    to: q.to,
    filters,
    days,
    generatedAt: ctx.now,
  };
}

export function rowView(key: string | null, label: Label, acc: Acc): GroupRowView {
  const levels: Record<string, number> = {};
  acc.levels.forEach((count, level) => {
    if (level > 0 && count > 0) levels[String(level)] = count;
  });
  return {
    key,
    ...label,
    issued: acc.issued,
    served: acc.served,
    noShow: acc.noShow,
    cancelled: acc.cancelled,
    expired: acc.expired,
    open: acc.open,
    wait: summarize(acc.waits),
    service: summarize(acc.services),
    serviceLevel: { within: acc.slWithin, total: acc.slTotal, pct: percent(acc.slWithin, acc.slTotal) },
    dossiers: { count: acc.dossiers, pct: percent(acc.dossiers, acc.served) },
    outcomes: Object.fromEntries(FINISH_OUTCOMES.map((o, i) => [o, acc.outcomes[i] ?? 0])) as Record<
      FinishOutcome,
      number
    >,
    satisfaction: {
      ratings: acc.ratings,
      satisfied: acc.satisfied,
      rate: percent(acc.satisfied, acc.ratings),
      coverage: percent(acc.ratings, acc.served),
      levels,
      reasons: Object.fromEntries(acc.reasons),
    },
  };
}

const TOTAL_LABEL: Label = { label: { vi: 'Tổng cộng', en: 'Total', km: 'សរុប' } };

/** Sorted group rows: days and months in time order, the rest by tickets issued. */
function groupRows(ctx: ReportContext, group: GroupKey, agg: Aggregator): GroupRowView[] {
  const label = labeller(ctx, group);
  const rows = [...agg.groups].map(([key, acc]) => rowView(key === '' ? null : key, label(key), acc));
  if (group === 'day' || group === 'month')
    return rows.sort((a, b) => (a.key ?? '').localeCompare(b.key ?? ''));
  return rows.sort((a, b) => b.issued - a.issued || (a.key ?? '').localeCompare(b.key ?? ''));
}

export async function aggregateReport(ctx: ReportContext, q: ReportQuery, group: GroupKey | null) {
  const agg = new Aggregator(group, q.filters, rulesOf(ctx));
  const days = await scanDays(ctx, q, (rows) => agg.add(rows));
  return { agg, days };
}

export async function groupedReport(ctx: ReportContext, name: GroupedReportName, q: ReportQuery) {
  const group = GROUP_OF_REPORT[name];
  const { agg, days } = await aggregateReport(ctx, q, group);
  return {
    ...baseOf(ctx, name, q, days),
    group,
    total: rowView(null, TOTAL_LABEL, agg.total),
    rows: groupRows(ctx, group, agg),
  };
}

export async function summaryReport(ctx: ReportContext, q: ReportQuery): Promise<SummaryReport> {
  const agg = new Aggregator(null, q.filters, rulesOf(ctx));
  const load = new LoadCounter(q);
  const days = await scanDays(ctx, q, (rows) => {
    agg.add(rows);
    load.add(rows);
  });
  return {
    ...baseOf(ctx, 'summary', q, days),
    total: rowView(null, TOTAL_LABEL, agg.total),
    peak: load.peak(),
  };
}

class LoadCounter {
  readonly cells = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
  readonly daysPerWeekday = new Array<number>(7).fill(0);
  constructor(private readonly q: ReportQuery) {}
  add(rows: DayRows): void {
    const w = weekdayOf(rows.day) - 1;
    let any = false;
    forEachRow(rows, this.q.filters, (i) => {
      this.cells[w][rows.hour[i]] += 1;
      any = true;
    });
    if (any) this.daysPerWeekday[w] += 1;
  }
  peak(): { weekday: number; hour: number; count: number } | null {
    let best: { weekday: number; hour: number; count: number } | null = null;
    this.cells.forEach((hours, w) => {
      hours.forEach((count, hour) => {
        if (count > 0 && (!best || count > best.count)) best = { weekday: w + 1, hour, count };
      });
    });
    return best;
  }
}

export async function loadReport(ctx: ReportContext, q: ReportQuery): Promise<LoadReport> {
  const load = new LoadCounter(q);
  const days = await scanDays(ctx, q, (rows) => load.add(rows));
  const byHour = Array.from({ length: 24 }, (_, h) => load.cells.reduce((sum, row) => sum + row[h], 0));
  const activeDays = load.daysPerWeekday.reduce((a, b) => a + b, 0);
  const peakHours = byHour
    .map((count, hour) => ({ hour, count, perDay: activeDays === 0 ? 0 : count / activeDays }))
    .filter((h) => h.count > 0)
    .sort((a, b) => b.count - a.count || a.hour - b.hour)
    .slice(0, 3);
  return {
    ...baseOf(ctx, 'load', q, days),
    cells: load.cells,
    daysPerWeekday: load.daysPerWeekday,
    byHour,
    peakHours,
    peak: load.peak(),
  };
}

export async function satisfactionReport(ctx: ReportContext, q: ReportQuery): Promise<SatisfactionReport> {
  const { agg, days } = await aggregateReport(ctx, q, q.by);
  const rating = ctx.settings.rating;
  const total = rowView(null, TOTAL_LABEL, agg.total);
  const reasonIds = new Set([...rating.reasons.map((r) => r.id), ...Object.keys(total.satisfaction.reasons)]);
  return {
    ...baseOf(ctx, 'satisfaction', q, days),
    group: q.by,
    total,
    rows: groupRows(ctx, q.by, agg),
    scale: rating.levels.map((l) => ({
      level: l.level,
      label: l.label,
      satisfied: rating.satisfiedLevels.includes(l.level),
    })),
    reasons: [...reasonIds]
      .map((id) => ({
        id,
        label: rating.reasons.find((r) => r.id === id)?.label ?? { vi: id },
        count: total.satisfaction.reasons[id] ?? 0,
      }))
      .sort((a, b) => b.count - a.count),
  };
}

const DONE = STATUS_INDEX.get('done') ?? -1;

export async function officerTimeReport(ctx: ReportContext, q: ReportQuery): Promise<OfficerTimeReport> {
  const { counterId, officerId } = q.filters;
  const byOfficer = new Map<string, OfficerTimeRow & { services: number[] }>();
  const reasons = new Set<string>();
  const rowOf = (id: string) => {
    let r = byOfficer.get(id);
    if (!r) {
      r = {
        officerId: id,
        label: { vi: officerName(ctx, id) },
        counters: [],
        signedIn: 0,
        serving: 0,
        idle: 0,
        pausedTotal: 0,
        paused: {},
        served: 0,
        service: summarize([]),
        services: [],
      };
      byOfficer.set(id, r);
    }
    return r;
  };
  const days = await scanDays(ctx, q, (rows) => {
    for (const t of rows.officers) {
      if (counterId !== undefined && t.counterId !== counterId) continue;
      if (officerId !== undefined && t.officerId !== officerId) continue;
      const r = rowOf(t.officerId);
      if (!r.counters.includes(t.counterId)) r.counters.push(t.counterId);
      r.signedIn += t.signedIn;
      r.serving += t.serving;
      r.idle += t.idle;
      for (const [reason, ms] of Object.entries(t.paused)) {
        reasons.add(reason);
        r.paused[reason] = (r.paused[reason] ?? 0) + ms;
        r.pausedTotal += ms;
      }
    }
    forEachRow(rows, { counterId, officerId }, (i) => {
      if (rows.status[i] !== DONE || rows.officer[i] === NONE) return;
      const r = rowOf(rows.strings[rows.officer[i]]);
      r.served += 1;
      if (rows.service[i] >= 0) r.services.push(rows.service[i]);
    });
  });
  const all: number[] = [];
  const rows = [...byOfficer.values()]
    .map(({ services, ...r }) => {
      for (const s of services) all.push(s);
      return { ...r, counters: r.counters.sort(), service: summarize(services) };
    })
    .sort((a, b) => a.label.vi.localeCompare(b.label.vi, 'vi'));
  const total: OfficerTimeRow = {
    officerId: '',
    label: TOTAL_LABEL.label,
    counters: [],
    signedIn: 0,
    serving: 0,
    idle: 0,
    pausedTotal: 0,
    paused: {},
    served: 0,
    service: summarize(all),
  };
  for (const r of rows) {
    total.signedIn += r.signedIn;
    total.serving += r.serving;
    total.idle += r.idle;
    total.pausedTotal += r.pausedTotal;
    total.served += r.served;
    for (const [reason, ms] of Object.entries(r.paused))
      total.paused[reason] = (total.paused[reason] ?? 0) + ms;
  }
  return { ...baseOf(ctx, 'officer-time', q, days), rows, total, reasons: [...reasons].sort() };
}
