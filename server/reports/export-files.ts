// Writing a report table as CSV (UTF-8 with a BOM, so Excel shows Vietnamese diacritics; comma
// separated, RFC 4180 quoting, CRLF) or as XLSX (title, centre, period and filters above a
// frozen header row; numbers stored as numbers with formats).
import { escapeFormula } from '../csv-escape.js';
import { loadExcel } from '../heavy-modules.js';
import type { CellKind, CellValue, ReportTable } from './tables.js';

const BOM = '\uFEFF';

function csvCell(value: CellValue): string {
  if (value === null) return '';
  // Numbers are written as they are (a negative one is not a formula); text is guarded.
  const s = typeof value === 'number' ? String(value) : escapeFormula(value);
  return /[",\r\n]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableToCsv(table: ReportTable): string {
  const lines = [table.columns.map((c) => csvCell(c.header)), ...table.rows.map((r) => r.map(csvCell))];
  return `${BOM}${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

const NUMBER_FORMATS: Record<CellKind, string | undefined> = {
  text: undefined,
  int: '#,##0',
  minutes: '0.0',
  percent: '0.0',
  decimal: '#,##0.0',
  hours: '0.00',
};

/** Row number (1-based) of the header row in the sheet written by tableToXlsx. */
export function headerRowOf(table: ReportTable): number {
  return table.subtitle.length + 3;
}

export async function tableToXlsx(table: ReportTable): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Lượt';
  workbook.created = new Date(0);
  const sheet = workbook.addWorksheet('Báo cáo', {
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 14 };
  for (const line of table.subtitle) sheet.addRow([line]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(table.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE4F2' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  table.rows.forEach((values, i) => {
    const row = sheet.addRow(values);
    if (table.totalRow && i === table.rows.length - 1) row.font = { bold: true };
    row.eachCell((cell, colNumber) => {
      if (cell.value === 'KHÔNG ĐẠT') cell.font = { bold: true, color: { argb: 'FFB00020' } };
      const fmt = NUMBER_FORMATS[table.columns[colNumber - 1]?.kind ?? 'text'];
      if (fmt && typeof cell.value === 'number') cell.numFmt = fmt;
    });
  });
  table.columns.forEach((c, i) => {
    const longest = Math.max(
      ...table.rows.slice(0, 500).map((r) => String(r[i] ?? '').length),
      c.kind === 'text' ? 10 : 0,
    );
    sheet.getColumn(i + 1).width =
      c.kind === 'text'
        ? Math.min(60, Math.max(12, longest + 2))
        : Math.min(18, Math.max(10, c.header.length / 2 + 2));
  });
  sheet.views = [{ state: 'frozen', ySplit: headerRowOf(table) }];
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A table as a downloadable file: its content type and bytes. */
export async function tableFile(
  table: ReportTable,
  format: 'csv' | 'xlsx',
): Promise<{ type: string; body: string | Buffer }> {
  return format === 'csv'
    ? { type: 'text/csv; charset=utf-8', body: tableToCsv(table) }
    : { type: XLSX_TYPE, body: await tableToXlsx(table) };
}
