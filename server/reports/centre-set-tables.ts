// A report over a set of centres as the plain table the CSV and XLSX exports write
// (export-files.ts), with the same figure columns as a centre's own grouped report.
import type {
  CentreReportName,
  CentreSetReport,
  CentreSetRow,
} from '../../shared/protocol/centre-report-views.js';
import { formatLocalDateTime } from '../../shared/i18n/time.js';
import { viDate } from './labels.js';
import {
  type CellValue,
  col,
  figureCells,
  figureColumns,
  type ReportTable,
  type TableColumn,
} from './tables.js';

export const CENTRE_REPORT_TITLES_VI: Record<CentreReportName, string> = {
  centres: 'Thời gian chờ và phục vụ theo trung tâm',
  fields: 'Thời gian chờ và phục vụ theo lĩnh vực, gộp các trung tâm (khớp theo mã lĩnh vực)',
  procedures: 'Thời gian chờ và phục vụ theo thủ tục, gộp các trung tâm (khớp theo mã TTHC)',
};

const ZONE = 'Asia/Ho_Chi_Minh';

function subtitle(report: CentreSetReport): string[] {
  const zones = [...new Set(report.centres.map((c) => c.timeZone))];
  const zone = zones.length === 1 ? `giờ ${zones[0]}` : 'giờ địa phương của từng trung tâm';
  return [
    `${report.centres.length} trung tâm: ${report.centres.map((c) => c.name.vi).join('; ')}`,
    `Từ ngày ${viDate(report.from)} đến ngày ${viDate(report.to)} (${zone})`,
    `Lập lúc ${formatLocalDateTime(report.generatedAt, zones[0] ?? ZONE)}`,
  ];
}

export function centreSetTable(report: CentreSetReport): ReportTable {
  const withOpen = report.total.open > 0;
  const byCentre = report.report === 'centres';
  const columns: TableColumn[] = byCentre
    ? [col('Trung tâm', 'text'), col('Số ngày có dữ liệu', 'int')]
    : [
        col(report.report === 'procedures' ? 'Mã TTHC' : 'Mã lĩnh vực', 'text'),
        col(report.report === 'procedures' ? 'Thủ tục' : 'Lĩnh vực', 'text'),
        col('Số trung tâm', 'int'),
      ];
  const days = new Map(report.centres.map((c) => [c.siteId, c.days]));
  const lead = (r: CentreSetRow): CellValue[] =>
    byCentre ? [r.label.vi, days.get(r.siteIds[0] ?? '') ?? 0] : [r.code ?? '', r.label.vi, r.siteIds.length];
  const totalLead: CellValue[] = byCentre
    ? [report.total.label.vi, null]
    : ['', report.total.label.vi, report.centres.length];
  return {
    title: CENTRE_REPORT_TITLES_VI[report.report],
    subtitle: subtitle(report),
    // Per centre: each centre's own median and P90 (the merged total row has none); merged rows: none.
    columns: [...columns, ...figureColumns(withOpen, byCentre)],
    rows: [
      ...report.rows.map((r) => [...lead(r), ...figureCells(r, withOpen, byCentre)]),
      [...totalLead, ...figureCells(report.total, withOpen, byCentre)],
    ],
    totalRow: true,
  };
}
