// Every report as a plain table with Vietnamese headers: the one shape the CSV and XLSX exports
// write. Durations are in minutes (officers' time in hours), rounded to 0.1; percentages to 0.1.
import { FINISH_OUTCOMES } from '../../shared/domain/model.js';
import type {
  GroupedReport,
  GroupRowView,
  LoadReport,
  OfficerTimeReport,
  OnTimeReport,
  ReportBase,
  SatisfactionReport,
  SummaryReport,
} from '../../shared/protocol/report-views.js';
import { formatLocalDateTime } from '../../shared/i18n/time.js';
import { labeller, type ReportContext } from './context.js';
import {
  CHANNELS_VI,
  FILTER_NAMES_VI,
  GROUP_HEADERS_VI,
  OUTCOME_HEADERS_VI,
  PAUSE_REASONS_VI,
  REPORT_TITLES_VI,
  viDate,
  WEEKDAYS_VI,
} from './labels.js';

export type CellKind = 'text' | 'int' | 'minutes' | 'hours' | 'percent' | 'decimal';
export type CellValue = string | number | null;

export interface TableColumn {
  header: string;
  kind: CellKind;
}

export interface ReportTable {
  title: string;
  /** Lines under the title: centre, period, filters. */
  subtitle: string[];
  columns: TableColumn[];
  rows: CellValue[][];
  /** The last row is a total. */
  totalRow: boolean;
}

const round1 = (x: number) => Math.round(x * 10) / 10;
const round2 = (x: number) => Math.round(x * 100) / 100;
export const minutes = (ms: number | null): number | null => (ms === null ? null : round1(ms / 60_000));
export const hours = (ms: number): number => round2(ms / 3_600_000);
export const pct = (p: number | null): number | null => (p === null ? null : round1(p));

export const col = (header: string, kind: CellKind): TableColumn => ({ header, kind });

function filterText(ctx: ReportContext, base: ReportBase): string | null {
  const parts: string[] = [];
  const group: Record<string, string> = {
    fieldId: 'field',
    procedureId: 'procedure',
    seriesId: 'series',
    counterId: 'counter',
    officerId: 'officer',
  };
  for (const [k, v] of Object.entries(base.filters)) {
    let value = v;
    if (group[k]) value = labeller(ctx, group[k])(v).label.vi;
    else if (k === 'channel') value = CHANNELS_VI[v] ?? v;
    else if (k === 'priority')
      value =
        v === 'none'
          ? 'Không ưu tiên'
          : v === 'any'
            ? 'Mọi đối tượng ưu tiên'
            : (ctx.config.priorityCategories.find((p) => p.id === v)?.name.vi ?? v);
    parts.push(`${FILTER_NAMES_VI[k] ?? k}: ${value}`);
  }
  return parts.length > 0 ? `Lọc: ${parts.join('; ')}` : null;
}

export function frame(
  ctx: ReportContext,
  base: ReportBase,
  title: string,
): Pick<ReportTable, 'title' | 'subtitle'> {
  const lines = [
    ctx.config.site.name.vi,
    `Từ ngày ${viDate(base.from)} đến ngày ${viDate(base.to)} (giờ ${base.timeZone})`,
    filterText(ctx, base),
    `Lập lúc ${formatLocalDateTime(base.generatedAt, base.timeZone)}`,
  ];
  return { title, subtitle: lines.filter((l): l is string => l !== null) };
}

/** Wait and service columns; without the median and P90 when `quantiles` is false. */
function timeColumns(quantiles: boolean): TableColumn[] {
  return (['Chờ', 'Phục vụ'] as const).flatMap((what) => [
    col(`${what} TB (phút)`, 'minutes'),
    ...(quantiles ? [col(`${what} trung vị (phút)`, 'minutes'), col(`${what} P90 (phút)`, 'minutes')] : []),
    col(`${what} tối đa (phút)`, 'minutes'),
  ]);
}

function groupLabel(group: string, r: GroupRowView): string {
  if (r.key === null) return r.label.vi;
  if (group === 'day' || group === 'month') return viDate(r.key);
  return r.label.vi;
}

/**
 * The figure columns of a grouped table (everything after the group's code and name); rows merged
 * across centres have no median or P90, so their tables leave those out (quantiles false).
 */
export function figureColumns(withOpen: boolean, quantiles = true): TableColumn[] {
  return [
    col('Số phiếu đã cấp', 'int'),
    col('Đã phục vụ', 'int'),
    col('Vắng mặt', 'int'),
    col('Đã huỷ', 'int'),
    col('Hết hạn', 'int'),
    ...(withOpen ? [col('Chưa kết thúc', 'int')] : []),
    ...timeColumns(quantiles),
    col('Gọi trong thời gian chờ mục tiêu (%)', 'percent'),
    col('Số đánh giá', 'int'),
    col('Tỷ lệ hài lòng (%)', 'percent'),
    col('Tỷ lệ đánh giá (%)', 'percent'),
    col('Có mã hồ sơ', 'int'),
    col('Tỷ lệ có mã hồ sơ (%)', 'percent'),
    ...FINISH_OUTCOMES.map((o) => col(OUTCOME_HEADERS_VI[o], 'int')),
  ];
}

/** The cells of figureColumns for one row. */
export function figureCells(r: GroupRowView, withOpen: boolean, quantiles = true): CellValue[] {
  return [
    r.issued,
    r.served,
    r.noShow,
    r.cancelled,
    r.expired,
    ...(withOpen ? [r.open] : []),
    ...[r.wait, r.service].flatMap((s) => [
      minutes(s.mean),
      ...(quantiles ? [minutes(s.median), minutes(s.p90)] : []),
      minutes(s.max),
    ]),
    pct(r.serviceLevel.pct),
    r.satisfaction.ratings,
    pct(r.satisfaction.rate),
    pct(r.satisfaction.coverage),
    r.dossiers.count,
    pct(r.dossiers.pct),
    ...FINISH_OUTCOMES.map((o) => r.outcomes[o]),
  ];
}

export function groupedTable(ctx: ReportContext, report: GroupedReport): ReportTable {
  const withCode = report.group === 'procedure' || report.group === 'field';
  const withOpen = report.total.open > 0;
  const columns = [
    ...(withCode ? [col(report.group === 'procedure' ? 'Mã TTHC' : 'Mã lĩnh vực', 'text')] : []),
    col(GROUP_HEADERS_VI[report.group] ?? report.group, 'text'),
    ...figureColumns(withOpen),
  ];
  const line = (r: GroupRowView, total: boolean): CellValue[] => [
    ...(withCode ? [total ? '' : (r.code ?? '')] : []),
    groupLabel(report.group, r),
    ...figureCells(r, withOpen),
  ];
  return {
    ...frame(ctx, report, REPORT_TITLES_VI[report.report] ?? report.report),
    columns,
    rows: [...report.rows.map((r) => line(r, false)), line(report.total, true)],
    totalRow: true,
  };
}

export function summaryTable(ctx: ReportContext, report: SummaryReport): ReportTable {
  const t = report.total;
  const rows: CellValue[][] = [
    ['Số phiếu đã cấp', t.issued],
    ['Đã phục vụ', t.served],
    ['Vắng mặt', t.noShow],
    ['Đã huỷ', t.cancelled],
    ['Hết hạn (chưa được phục vụ khi hết ngày)', t.expired],
    ['Chờ trung bình (phút)', minutes(t.wait.mean)],
    ['Chờ trung vị (phút)', minutes(t.wait.median)],
    ['Chờ P90 (phút)', minutes(t.wait.p90)],
    ['Chờ tối đa (phút)', minutes(t.wait.max)],
    ['Phục vụ trung bình (phút)', minutes(t.service.mean)],
    ['Phục vụ trung vị (phút)', minutes(t.service.median)],
    ['Phục vụ P90 (phút)', minutes(t.service.p90)],
    ['Phục vụ tối đa (phút)', minutes(t.service.max)],
    ['Gọi trong thời gian chờ mục tiêu (%)', pct(t.serviceLevel.pct)],
    ['Số đánh giá', t.satisfaction.ratings],
    ['Tỷ lệ hài lòng (%)', pct(t.satisfaction.rate)],
    ['Tỷ lệ đánh giá (%)', pct(t.satisfaction.coverage)],
    ['Số ngày có dữ liệu', report.days],
  ];
  if (report.peak) {
    rows.push([
      'Giờ cao điểm',
      `${WEEKDAYS_VI[report.peak.weekday - 1]} ${String(report.peak.hour).padStart(2, '0')}:00 (${report.peak.count} phiếu)`,
    ]);
  }
  return {
    ...frame(ctx, report, REPORT_TITLES_VI.summary),
    columns: [col('Chỉ số', 'text'), col('Giá trị', 'decimal')],
    rows,
    totalRow: false,
  };
}

export function loadTable(ctx: ReportContext, report: LoadReport): ReportTable {
  const used = report.byHour.map((c, h) => (c > 0 ? h : -1)).filter((h) => h >= 0);
  const first = used.length > 0 ? Math.min(...used) : 7;
  const last = used.length > 0 ? Math.max(...used) : 17;
  const hoursShown = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  const columns = [
    col('Thứ', 'text'),
    ...hoursShown.map((h) => col(`${String(h).padStart(2, '0')}:00`, 'int')),
    col('Cộng', 'int'),
    col('Số ngày có dữ liệu', 'int'),
  ];
  const rows: CellValue[][] = report.cells.map((cells, w) => [
    WEEKDAYS_VI[w],
    ...hoursShown.map((h) => cells[h]),
    cells.reduce((a, b) => a + b, 0),
    report.daysPerWeekday[w],
  ]);
  rows.push([
    'Cộng',
    ...hoursShown.map((h) => report.byHour[h]),
    report.byHour.reduce((a, b) => a + b, 0),
    report.daysPerWeekday.reduce((a, b) => a + b, 0),
  ]);
  return { ...frame(ctx, report, REPORT_TITLES_VI.load), columns, rows, totalRow: true };
}

export function satisfactionTable(ctx: ReportContext, report: SatisfactionReport): ReportTable {
  const columns = [
    col(GROUP_HEADERS_VI[report.group] ?? report.group, 'text'),
    col('Đã phục vụ', 'int'),
    col('Số đánh giá', 'int'),
    col('Hài lòng', 'int'),
    col('Tỷ lệ hài lòng (%)', 'percent'),
    col('Tỷ lệ đánh giá (%)', 'percent'),
    ...report.scale.map((l) => col(`Mức: ${l.label.vi}`, 'int')),
    ...report.reasons.map((r) => col(`Lý do: ${r.label.vi}`, 'int')),
  ];
  const line = (r: GroupRowView): CellValue[] => [
    groupLabel(report.group, r),
    r.served,
    r.satisfaction.ratings,
    r.satisfaction.satisfied,
    pct(r.satisfaction.rate),
    pct(r.satisfaction.coverage),
    ...report.scale.map((l) => r.satisfaction.levels[String(l.level)] ?? 0),
    ...report.reasons.map((x) => r.satisfaction.reasons[x.id] ?? 0),
  ];
  const by = GROUP_HEADERS_VI[report.group]?.toLowerCase() ?? report.group;
  return {
    ...frame(ctx, report, `${REPORT_TITLES_VI.satisfaction} theo ${by}`),
    columns,
    rows: [...report.rows.map(line), line(report.total)],
    totalRow: true,
  };
}

export function officerTimeTable(ctx: ReportContext, report: OfficerTimeReport): ReportTable {
  const counterName = (id: string) => ctx.config.counters.find((c) => c.id === id)?.name.vi ?? id;
  const columns = [
    col('Cán bộ', 'text'),
    col('Quầy', 'text'),
    col('Đăng nhập (giờ)', 'hours'),
    col('Phục vụ (giờ)', 'hours'),
    col('Rảnh (giờ)', 'hours'),
    col('Tạm dừng (giờ)', 'hours'),
    ...report.reasons.map((r) => col(`Tạm dừng – ${PAUSE_REASONS_VI[r] ?? r} (giờ)`, 'hours')),
    col('Số lượt đã phục vụ', 'int'),
    col('Phục vụ TB (phút)', 'minutes'),
    col('Thời gian phục vụ / đăng nhập (%)', 'percent'),
  ];
  const rows = [...report.rows, report.total].map((r): CellValue[] => [
    r.label.vi,
    r.counters.map(counterName).join(', '),
    hours(r.signedIn),
    hours(r.serving),
    hours(r.idle),
    hours(r.pausedTotal),
    ...report.reasons.map((reason) => hours(r.paused[reason] ?? 0)),
    r.served,
    minutes(r.service.mean),
    pct(r.signedIn === 0 ? null : (r.serving * 100) / r.signedIn),
  ]);
  return { ...frame(ctx, report, REPORT_TITLES_VI['officer-time']), columns, rows, totalRow: true };
}

export function onTimeTable(ctx: ReportContext, report: OnTimeReport): ReportTable {
  const columns = [
    col('Mã TTHC', 'text'),
    col('Thủ tục', 'text'),
    col('Tháng', 'text'),
    col('Số hồ sơ', 'int'),
    col('Trước hạn', 'int'),
    col('Đúng hạn', 'int'),
    col('Trễ hạn', 'int'),
    col('Tỷ lệ trước và đúng hạn (%)', 'percent'),
    col(`Mục tiêu ≥ ${report.target}%`, 'text'),
    col('Thời gian giải quyết TB (ngày)', 'decimal'),
    col('Thời hạn giải quyết (ngày)', 'decimal'),
    col('So với thời hạn', 'text'),
    col('Số phiếu xếp hàng', 'int'),
    col('Lượt đã phục vụ', 'int'),
    col('Chờ TB (phút)', 'minutes'),
    col('Phục vụ TB (phút)', 'minutes'),
  ];
  const verdict = (breach: boolean, p: number | null) => (p === null ? '' : breach ? 'KHÔNG ĐẠT' : 'Đạt');
  const rows: CellValue[][] = report.rows.map((r) => [
    r.code,
    r.label.vi,
    viDate(r.month),
    r.total,
    r.early,
    r.onTime,
    r.late,
    pct(r.pct),
    verdict(r.breach, r.pct),
    r.meanDays,
    r.deadlineDays,
    r.meanDays === null || r.deadlineDays === null ? '' : r.overDeadline ? 'VƯỢT THỜI HẠN' : 'Trong thời hạn',
    r.ours.issued,
    r.ours.served,
    minutes(r.ours.waitMean),
    minutes(r.ours.serviceMean),
  ]);
  const t = report.total;
  rows.push([
    '',
    'Tổng cộng',
    '',
    t.total,
    t.early,
    t.onTime,
    t.late,
    pct(t.pct),
    verdict(t.breach, t.pct),
    null,
    null,
    '',
    null,
    null,
    null,
    null,
  ]);
  return {
    ...frame(ctx, report, `${REPORT_TITLES_VI['on-time']} (số liệu nhập từ hệ thống một cửa)`),
    columns,
    rows,
    totalRow: true,
  };
}
