// Reading the on-time processing figures exported from the provincial dossier system: a CSV or an
// XLSX with one row per procedure (mã TTHC) and month. Headers are found by name, with or
// without diacritics, anywhere in the first rows (exports often start with title lines):
//   mã TTHC · tháng (YYYY-MM, MM/YYYY or a date) · số hồ sơ (optional) · đúng hạn · trễ hạn
// and, optional, the columns of QĐ 766's "tiến độ, kết quả giải quyết" group:
//   trước hạn (a separate count; on time then means early + on time) · thời gian giải quyết
//   trung bình (days, decimals allowed) · thời hạn giải quyết (the legal deadline, days)
// A bad row is reported with its line number and skipped; the others are kept.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../heavy-modules.js';
import { hasControlCharacters } from '../../shared/protocol/config-schemas.js';

export interface DossierFigure {
  code: string;
  month: string;
  total: number;
  onTime: number;
  late: number;
  /** Processed before the deadline, when the file counts them apart from onTime. */
  early?: number;
  /** Mean processing time of the month's processed dossiers, in days. */
  meanDays?: number;
  /** The procedure's legal processing deadline, in days. */
  deadlineDays?: number;
}

export interface ParsedDossiers {
  rows: (DossierFigure & { line: number })[];
  warnings: { line: number; message: string }[];
  errors: { line: number; message: string }[];
}

type Column = 'code' | 'month' | 'total' | 'onTime' | 'late' | 'early' | 'meanDays' | 'deadlineDays';
type Cell = string | number | Date | null;

export const MAX_DOSSIER_ROWS = 50_000;

export function normalizeHeader(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function columnOf(header: string): Column | null {
  const h = normalizeHeader(header);
  if (h === '') return null;
  if (/\b(tre han|qua han|late|overdue)\b/.test(h)) return 'late';
  if (/\b(trung binh|tb|mean|average)\b/.test(h)) return 'meanDays';
  if (/\b(thoi han|han giai quyet|han xu ly|deadline)\b/.test(h)) return 'deadlineDays';
  // "trước và đúng hạn" is one count (on time); "trước hạn" alone is its own column.
  if (/\b(truoc han|early)\b/.test(h) && !/\b(dung han|on time)\b/.test(h)) return 'early';
  if (/\b(dung han|on time|ontime)\b/.test(h)) return 'onTime';
  if (/\b(ma tthc|ma thu tuc|procedure code|code)\b/.test(h) || h === 'ma') return 'code';
  if (/\b(thang|month|ky bao cao|ky)\b/.test(h)) return 'month';
  if (/\b(so ho so|tong|total|dossiers)\b/.test(h)) return 'total';
  return null;
}

const REQUIRED: Column[] = ['code', 'month', 'onTime', 'late'];

function headerMap(cells: Cell[]): Map<Column, number> | null {
  const map = new Map<Column, number>();
  cells.forEach((c, i) => {
    const col = typeof c === 'string' ? columnOf(c) : null;
    if (col && !map.has(col)) map.set(col, i);
  });
  return REQUIRED.every((c) => map.has(c)) ? map : null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

export function parseMonth(value: Cell): string | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return `${value.getUTCFullYear()}-${pad2(value.getUTCMonth() + 1)}`;
  }
  if (value === null) return null;
  const s = String(value).trim();
  let y: number;
  let m: number;
  let match = /^(\d{4})[-/.](\d{1,2})(?:[-/.]\d{1,2})?$/.exec(s);
  if (match) {
    y = Number(match[1]);
    m = Number(match[2]);
  } else {
    match = /^(?:th[aá]ng\s*)?(\d{1,2})\s*[-/.]\s*(\d{4})$/i.exec(s.normalize('NFC'));
    if (!match) return null;
    m = Number(match[1]);
    y = Number(match[2]);
  }
  if (m < 1 || m > 12 || y < 2000 || y > 2100) return null;
  return `${y}-${pad2(m)}`;
}

export function parseCount(value: Cell): number | null {
  if (value === null || value instanceof Date) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : null;
  const s = value.trim().replace(/\s/g, '');
  if (s === '') return null;
  if (/^\d+$/.test(s)) return Number(s);
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  return null;
}

/** Days as a number ≥ 0 with at most 2 decimals ("3,5" or "3.5"), at most 10 years. */
export function parseDays(value: Cell): number | null {
  if (value === null || value instanceof Date) return null;
  const n =
    typeof value === 'number'
      ? value
      : /^\d{1,4}([.,]\d{1,2})?$/.test(value.trim())
        ? Number(value.trim().replace(',', '.'))
        : Number.NaN;
  if (!Number.isFinite(n) || n < 0 || n > 3660) return null;
  return Math.round(n * 100) / 100;
}

/** Rows of cells from CSV text (RFC 4180 quoting; comma, semicolon or tab, found from the text). */
export function csvRows(text: string): Cell[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.indexOf('\n') >= 0 ? body.indexOf('\n') : body.length);
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length] as const);
  const delimiter = counts.sort((a, b) => b[1] - a[1])[0][0];
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || value instanceof Date) return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return null;
}

/** Rows of cells of the first worksheet of an XLSX file. */
export async function xlsxRows(data: Uint8Array): Promise<Cell[][]> {
  const workbook = new (await loadExcel()).Workbook();
  await workbook.xlsx.load(Buffer.from(data) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: Cell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    rows[number - 1] = values.slice(1).map(cellValue);
  });
  return Array.from(rows, (r) => r ?? []);
}

export function isXlsx(data: Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x50 && data[1] === 0x4b && data[2] === 0x03 && data[3] === 0x04;
}

/** Figures from the rows of a sheet or CSV; lines are 1-based as a spreadsheet shows them. */
export function dossiersOf(rows: Cell[][]): ParsedDossiers {
  const out: ParsedDossiers = { rows: [], warnings: [], errors: [] };
  const headerAt = rows.slice(0, 20).findIndex((r) => headerMap(r) !== null);
  if (headerAt < 0) {
    out.errors.push({
      line: 1,
      message: 'Không tìm thấy dòng tiêu đề có các cột: mã TTHC, tháng, đúng hạn, trễ hạn.',
    });
    return out;
  }
  const map = headerMap(rows[headerAt]) as Map<Column, number>;
  const at = (r: Cell[], c: Column): Cell => {
    const i = map.get(c);
    return i === undefined ? null : (r[i] ?? null);
  };
  const byKey = new Map<string, DossierFigure & { line: number }>();
  for (let i = headerAt + 1; i < rows.length; i++) {
    const r = rows[i];
    const line = i + 1;
    if (r.every((c) => c === null || String(c).trim() === '')) continue;
    if (byKey.size >= MAX_DOSSIER_ROWS) {
      out.errors.push({ line, message: `Quá ${MAX_DOSSIER_ROWS} dòng; phần còn lại bị bỏ qua.` });
      break;
    }
    const code = String(at(r, 'code') ?? '')
      .normalize('NFC')
      .trim();
    const month = parseMonth(at(r, 'month'));
    const onTime = parseCount(at(r, 'onTime'));
    const late = parseCount(at(r, 'late'));
    const totalCell = at(r, 'total');
    const blank = (c: Cell) => c === null || String(c).trim() === '';
    const total = blank(totalCell) ? null : parseCount(totalCell);
    const earlyCell = at(r, 'early');
    const early = blank(earlyCell) ? 0 : parseCount(earlyCell);
    const meanCell = at(r, 'meanDays');
    const meanDays = blank(meanCell) ? null : parseDays(meanCell);
    const deadlineCell = at(r, 'deadlineDays');
    const deadlineDays = blank(deadlineCell) ? null : parseDays(deadlineCell);
    const problems: string[] = [];
    if (code === '' || code.length > 40 || hasControlCharacters(code))
      problems.push('mã TTHC trống hoặc không hợp lệ');
    if (!month) problems.push('tháng không đọc được (dùng YYYY-MM)');
    if (onTime === null) problems.push('số đúng hạn không phải số nguyên ≥ 0');
    if (late === null) problems.push('số trễ hạn không phải số nguyên ≥ 0');
    if (!blank(totalCell) && total === null) problems.push('số hồ sơ không phải số nguyên ≥ 0');
    if (early === null) problems.push('số trước hạn không phải số nguyên ≥ 0');
    if (!blank(meanCell) && meanDays === null)
      problems.push('thời gian giải quyết trung bình không phải số ngày (ví dụ 3,5)');
    if (!blank(deadlineCell) && (deadlineDays === null || deadlineDays === 0))
      problems.push('thời hạn giải quyết không phải số ngày > 0');
    if (problems.length > 0 || !month || onTime === null || late === null || early === null) {
      out.errors.push({ line, message: problems.join('; ') });
      continue;
    }
    const processed = early + onTime + late;
    if (total !== null && total < processed) {
      out.errors.push({
        line,
        message: `số hồ sơ (${total}) nhỏ hơn số đã giải quyết (${processed})`,
      });
      continue;
    }
    if (total !== null && total > processed) {
      out.warnings.push({ line, message: `${total - processed} hồ sơ chưa có kết quả (đang giải quyết)` });
    }
    const key = `${code}|${month}`;
    const earlier = byKey.get(key);
    if (earlier) {
      out.warnings.push({
        line,
        message: `trùng mã ${code} tháng ${month} với dòng ${earlier.line}; dùng dòng này`,
      });
    }
    byKey.set(key, {
      line,
      code,
      month,
      total: total ?? processed,
      onTime,
      late,
      ...(map.has('early') ? { early } : {}),
      ...(meanDays !== null ? { meanDays } : {}),
      ...(deadlineDays !== null ? { deadlineDays } : {}),
    });
  }
  out.rows = [...byKey.values()];
  return out;
}

export async function parseDossierFile(data: Uint8Array): Promise<ParsedDossiers> {
  if (isXlsx(data)) {
    try {
      return dossiersOf(await xlsxRows(data));
    } catch {
      return { rows: [], warnings: [], errors: [{ line: 1, message: 'Tệp XLSX không đọc được.' }] };
    }
  }
  const text = new TextDecoder('utf-8', { fatal: false }).decode(data);
  return dossiersOf(csvRows(text));
}
