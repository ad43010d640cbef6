// The index export as a table (CSV/XLSX): the column order and Vietnamese headers documented in
// docs/integrations.md ("The index export"), one row per month and field, then the total.
import type { IndexReport, IndexRow } from '../../shared/protocol/report-views.js';
import type { ReportContext } from './context.js';
import { REPORT_TITLES_VI, viDate } from './labels.js';
import { type CellValue, col, frame, minutes, pct, type ReportTable } from './tables.js';

export const INDEX_COLUMNS = [
  col('Tháng', 'text'),
  col('Mã lĩnh vực', 'text'),
  col('Lĩnh vực', 'text'),
  col('Số phiếu đã cấp', 'int'),
  col('Lượt đã phục vụ', 'int'),
  col('Chờ TB (phút)', 'minutes'),
  col('Chờ trung vị (phút)', 'minutes'),
  col('Gọi trong thời gian chờ mục tiêu (%)', 'percent'),
  col('Hồ sơ đã giải quyết', 'int'),
  col('Trước hạn', 'int'),
  col('Đúng hạn', 'int'),
  col('Trễ hạn', 'int'),
  col('Tỷ lệ trước và đúng hạn (%)', 'percent'),
  col('Thời gian giải quyết TB (ngày)', 'decimal'),
  col('Số đánh giá', 'int'),
  col('Hài lòng', 'int'),
  col('Tỷ lệ hài lòng (%)', 'percent'),
  col('Tỷ lệ đánh giá trên lượt phục vụ (%)', 'percent'),
  col('Lượt có mã hồ sơ', 'int'),
];

function figures(r: IndexReport['total']): CellValue[] {
  const d = r.dossiers;
  return [
    r.issued,
    r.served,
    minutes(r.waitMean),
    minutes(r.waitMedian),
    pct(r.serviceLevelPct),
    d.early + d.onTime + d.late,
    d.early,
    d.onTime,
    d.late,
    pct(d.pct),
    d.meanDays,
    r.ratings,
    r.satisfied,
    pct(r.satisfactionPct),
    pct(r.coveragePct),
    r.dossierCodes,
  ];
}

export function indexTable(ctx: ReportContext, report: IndexReport): ReportTable {
  const line = (r: IndexRow): CellValue[] => [viDate(r.month), r.fieldCode, r.label.vi, ...figures(r)];
  return {
    ...frame(ctx, report, REPORT_TITLES_VI.index),
    columns: INDEX_COLUMNS,
    rows: [...report.rows.map(line), ['', '', 'Tổng cộng', ...figures(report.total)]],
    totalRow: true,
  };
}
