// Reading on-time figures from the provincial dossier system's CSV and XLSX exports, and writing
// report tables as CSV.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import {
  columnOf,
  csvRows,
  dossiersOf,
  parseCount,
  parseDays,
  parseDossierFile,
  parseMonth,
} from '../../server/reports/dossier-parse.js';
import { tableToCsv } from '../../server/reports/export-files.js';
import { procedureFigures } from '../../server/reports/on-time.js';
import type { OnTimeRow } from '../../shared/protocol/report-views.js';

describe('dossier figures', () => {
  it('finds the columns by their Vietnamese names, with or without diacritics', () => {
    expect(columnOf('Mã TTHC')).toBe('code');
    expect(columnOf('ma thu tuc')).toBe('code');
    expect(columnOf('Tháng')).toBe('month');
    expect(columnOf('Tổng số hồ sơ')).toBe('total');
    expect(columnOf('Số hồ sơ đúng hạn')).toBe('onTime');
    expect(columnOf('Đã giải quyết trước và đúng hạn')).toBe('onTime');
    expect(columnOf('Trễ hạn')).toBe('late');
    expect(columnOf('Quá hạn')).toBe('late');
    expect(columnOf('Ghi chú')).toBeNull();
  });

  it('reads months and counts written the usual ways', () => {
    expect(parseMonth('2026-03')).toBe('2026-03');
    expect(parseMonth('03/2026')).toBe('2026-03');
    expect(parseMonth('3/2026')).toBe('2026-03');
    expect(parseMonth('Tháng 3/2026')).toBe('2026-03');
    expect(parseMonth(new Date(Date.UTC(2026, 2, 1)))).toBe('2026-03');
    expect(parseMonth('2026-13')).toBeNull();
    expect(parseMonth('March')).toBeNull();
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount(' 97 ')).toBe(97);
    expect(parseCount(-1)).toBeNull();
    expect(parseCount('9,5')).toBeNull();
  });

  it('parses CSV with a title line, semicolons, quotes and a BOM, reporting bad lines', () => {
    const csv =
      '\uFEFFBÁO CÁO;;;;\r\n' +
      'Mã TTHC;Tháng;Số hồ sơ;Đúng hạn;Trễ hạn\r\n' +
      '"1.001193.000.00.00.H59";2026-03;100;98;2\r\n' +
      '1.000894.000.00.00.H59;2026-03;;40;0\r\n' +
      '1.000894.000.00.00.H59;2026-03;10;20;0\r\n' +
      ';2026-03;1;1;0\r\n' +
      '1.004227.000.00.00.H59;2026-03;12;10;1\r\n';
    const parsed = dossiersOf(csvRows(csv));
    expect(parsed.rows).toEqual([
      { line: 3, code: '1.001193.000.00.00.H59', month: '2026-03', total: 100, onTime: 98, late: 2 },
      { line: 4, code: '1.000894.000.00.00.H59', month: '2026-03', total: 40, onTime: 40, late: 0 },
      { line: 7, code: '1.004227.000.00.00.H59', month: '2026-03', total: 12, onTime: 10, late: 1 },
    ]);
    expect(parsed.errors.map((e) => e.line)).toEqual([5, 6]);
    expect(parsed.warnings).toEqual([{ line: 7, message: expect.stringContaining('1 hồ sơ') }]);
  });

  it('keeps the last of two rows for the same procedure and month, with a warning', () => {
    const parsed = dossiersOf(csvRows('ma tthc,thang,dung han,tre han\nX,2026-01,1,0\nX,2026-01,5,1\n'));
    expect(parsed.rows).toMatchObject([{ line: 3, onTime: 5, late: 1, total: 6 }]);
    expect(parsed.warnings.map((w) => w.line)).toEqual([3]);
  });

  it('reads the first sheet of an XLSX, dates as months', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('TH');
    sheet.addRow(['Tình hình giải quyết hồ sơ tháng 3']);
    sheet.addRow(['STT', 'Mã thủ tục', 'Kỳ báo cáo', 'Tổng số', 'Đúng hạn', 'Trễ hạn']);
    sheet.addRow([1, '1.001193.000.00.00.H59', new Date(Date.UTC(2026, 2, 1)), 50, 49, 1]);
    sheet.addRow([2, { richText: [{ text: '1.000894' }, { text: '.000.00.00.H59' }] }, '2026-03', 20, 20, 0]);
    const parsed = await parseDossierFile(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(parsed.errors).toEqual([]);
    expect(parsed.rows).toEqual([
      { line: 3, code: '1.001193.000.00.00.H59', month: '2026-03', total: 50, onTime: 49, late: 1 },
      { line: 4, code: '1.000894.000.00.00.H59', month: '2026-03', total: 20, onTime: 20, late: 0 },
    ]);
  });

  it('reads the early / on-time / late split, the mean processing time and the legal deadline', () => {
    expect(columnOf('Trước hạn')).toBe('early');
    expect(columnOf('Thời gian giải quyết TB (ngày)')).toBe('meanDays');
    expect(columnOf('Thời hạn giải quyết (ngày)')).toBe('deadlineDays');
    expect(parseDays('3,5')).toBe(3.5);
    expect(parseDays(2)).toBe(2);
    expect(parseDays('-1')).toBeNull();
    expect(parseDays('ba ngày')).toBeNull();
    const csv =
      'Mã TTHC;Tháng;Tổng số;Trước hạn;Đúng hạn;Quá hạn;Thời gian giải quyết TB (ngày);Thời hạn giải quyết (ngày)\n' +
      'A;2026-03;10;6;3;1;2,5;3\n' +
      'A;2026-04;10;2;4;4;4;3\n' +
      'B;2026-03;5;5;0;0;;5\n' +
      'C;2026-03;5;x;0;0;1;0\n' +
      'D;2026-03;3;2;2;0;1;1\n';
    const parsed = dossiersOf(csvRows(csv));
    expect(parsed.rows).toEqual([
      {
        line: 2,
        code: 'A',
        month: '2026-03',
        total: 10,
        early: 6,
        onTime: 3,
        late: 1,
        meanDays: 2.5,
        deadlineDays: 3,
      },
      {
        line: 3,
        code: 'A',
        month: '2026-04',
        total: 10,
        early: 2,
        onTime: 4,
        late: 4,
        meanDays: 4,
        deadlineDays: 3,
      },
      { line: 4, code: 'B', month: '2026-03', total: 5, early: 5, onTime: 0, late: 0, deadlineDays: 5 },
    ]);
    // C: early not a count, deadline 0; D: total below early + on time + late.
    expect(parsed.errors.map((e) => e.line)).toEqual([5, 6]);
    expect(parsed.errors[0].message).toContain('trước hạn');
    expect(parsed.errors[0].message).toContain('thời hạn');
  });

  it('sums a procedure over months: the split, the weighted mean time, the latest deadline', () => {
    const row = (month: string, early: number, onTime: number, late: number, meanDays: number | null) =>
      ({
        code: 'A',
        procedureId: 'p1',
        label: { vi: 'A' },
        month,
        total: early + onTime + late,
        early,
        onTime,
        late,
        pct: null,
        breach: false,
        meanDays,
        deadlineDays: month === '2026-03' ? 5 : month === '2026-04' ? 3 : null,
        overDeadline: false,
        ours: { issued: 0, served: 0, waitMean: null, serviceMean: null },
      }) satisfies OnTimeRow;
    const [a] = procedureFigures([
      row('2026-03', 6, 3, 1, 2),
      row('2026-04', 0, 10, 20, 4),
      row('2026-05', 1, 0, 0, null),
    ]);
    expect(a).toMatchObject({ code: 'A', total: 41, early: 7, onTime: 13, late: 21, deadlineDays: 3 });
    // (2 × 10 + 4 × 30) / 40 = 3.5 days > 3: over the deadline; 20 / 41 on time is a breach.
    expect(a.meanDays).toBe(3.5);
    expect(a.overDeadline).toBe(true);
    expect(a.pct).toBeCloseTo((20 / 41) * 100, 5);
    expect(a.breach).toBe(true);
  });

  it('refuses a file without the needed columns', async () => {
    const parsed = await parseDossierFile(new TextEncoder().encode('a,b\n1,2\n'));
    expect(parsed.rows).toEqual([]);
    expect(parsed.errors).toHaveLength(1);
  });
});

describe('CSV export', () => {
  it('starts with a UTF-8 BOM and quotes what needs quoting', () => {
    const csv = tableToCsv({
      title: 't',
      subtitle: [],
      columns: [
        { header: 'Thủ tục', kind: 'text' },
        { header: 'Chờ TB (phút)', kind: 'minutes' },
      ],
      rows: [
        ['Đăng ký khai sinh, kết hôn', 7.5],
        ['Nói "không"', null],
      ],
      totalRow: false,
    });
    expect(csv).toBe(
      '\uFEFFThủ tục,Chờ TB (phút)\r\n"Đăng ký khai sinh, kết hôn",7.5\r\n"Nói ""không""",\r\n',
    );
  });
});
