// One-sheet XLSX tables with exceljs: written with bold headers and sensible widths, read back as
// rows of plain text whatever the cell type (numbers, rich text, links, formula results).
import type ExcelJS from 'exceljs';
import { loadExcel } from '../heavy-modules.js';

export async function writeXlsx(
  table: readonly (readonly string[])[],
  sheetName: string,
  widths: readonly number[] = [],
): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Lượt';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  for (const row of table) sheet.addRow([...row]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((column, i) => {
    column.width = widths[i] ?? 18;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data);
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return value.result === undefined ? '' : cellText(value.result as ExcelJS.CellValue);
  return '';
}

/** The first worksheet as rows of text (empty trailing rows dropped). */
export async function readXlsx(data: Buffer): Promise<string[][]> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load(data as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  });
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c.trim() === '')) rows.pop();
  return rows;
}
