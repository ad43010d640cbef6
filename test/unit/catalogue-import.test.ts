// The catalogue as a table: export → file (CSV, XLSX) → import is a no-op; edits update in place,
// never duplicate; odd codes and unknown series are warnings, not refusals.
import { describe, expect, it } from 'vitest';
import { CatalogueImport } from '../../server/admin/catalogue-import.js';
import { catalogueTable, rowsOfTable } from '../../server/admin/catalogue-table.js';
import { parseCsv, writeCsv } from '../../server/admin/csv.js';
import { readXlsx, writeXlsx } from '../../server/admin/xlsx.js';
import { configIssues } from '../../server/admin/config-integrity.js';
import { demoSiteConfig } from '../../server/seed/index.js';

const roundTrips = {
  csv: async (table: string[][]) => parseCsv(writeCsv(table)),
  xlsx: async (table: string[][]) => readXlsx(await writeXlsx(table, 'Thủ tục')),
};

describe('catalogue import/export', () => {
  for (const [format, roundTrip] of Object.entries(roundTrips)) {
    it(`${format}: a re-import of an export changes nothing`, async () => {
      const config = demoSiteConfig();
      const table = catalogueTable(config);
      const back = await roundTrip(table);
      expect(back).toEqual(table);
      const result = new CatalogueImport(config).apply(rowsOfTable(back).rows);
      expect(result.summary).toMatchObject({
        rows: config.procedures.length,
        created: 0,
        updated: 0,
        skipped: 0,
        fieldsCreated: 0,
        fieldsUpdated: 0,
        unchanged: config.procedures.length,
      });
      expect(result.config).toEqual(config);
      // Importing twice is still a no-op.
      const again = new CatalogueImport(result.config).apply(rowsOfTable(back).rows);
      expect(again.config).toEqual(config);
    });

    it(`${format}: edited and new rows update in place and never duplicate`, async () => {
      const config = demoSiteConfig();
      const table = catalogueTable(config);
      const header = table[0];
      const col = (name: string) => header.indexOf(name);
      table[1][col('Tên thủ tục (tiếng Anh)')] = 'Birth registration (edited)';
      table[1][col('Mã nội bộ')] = '';
      table.push(
        header.map((h) =>
          h === 'Mã TTHC'
            ? '1.999999'
            : h === 'Tên thủ tục'
              ? 'Thủ tục thử nghiệm'
              : h === 'Mã lĩnh vực'
                ? 'HT'
                : '',
        ),
      );
      const back = await roundTrip(table);
      const result = new CatalogueImport(config).apply(rowsOfTable(back).rows);
      expect(result.summary.updated).toBe(1);
      expect(result.summary.created).toBe(1);
      expect(result.config.procedures).toHaveLength(config.procedures.length + 1);
      const edited = result.config.procedures.find((p) => p.code === table[1][col('Mã TTHC')]);
      expect(edited?.id).toBe(config.procedures.find((p) => p.code === table[1][col('Mã TTHC')])?.id);
      expect(edited?.name.en).toBe('Birth registration (edited)');
      expect(configIssues(result.config)).toEqual([]);
      // A second import of the same file changes nothing more.
      const again = new CatalogueImport(result.config).apply(rowsOfTable(back).rows);
      expect(again.summary.created).toBe(0);
      expect(again.summary.updated).toBe(0);
      expect(again.config).toEqual(result.config);
    });
  }

  it('odd codes, unknown series and new fields are warnings, not refusals', () => {
    const config = demoSiteConfig();
    const table = [
      [
        'Mã TTHC',
        'Tên thủ tục',
        'Mã lĩnh vực',
        'Lĩnh vực',
        'Dãy số',
        'Thời hạn giải quyết',
        'Đơn vị thời hạn',
      ],
      ['ABC-12', 'Thủ tục mã lạ', 'HT', '', '', '3', 'ngày làm việc'],
      ['1.000001', 'Thủ tục lĩnh vực mới', 'MOI', 'Lĩnh vực mới', 'Z', '', ''],
      ['', '', 'HT', '', '', '', ''],
      ['ABC-12', 'Trùng mã', 'HT', '', '', '', ''],
    ];
    const result = new CatalogueImport(config).apply(rowsOfTable(table).rows);
    expect(result.summary).toMatchObject({ created: 2, skipped: 2, fieldsCreated: 1 });
    const messages = result.summary.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages.some((m) => m.startsWith('2:') && m.includes('ABC-12'))).toBe(true);
    expect(messages.some((m) => m.startsWith('3:') && m.includes('Lĩnh vực mới'))).toBe(true);
    expect(messages.some((m) => m.startsWith('3:') && m.includes('"Z"'))).toBe(true);
    expect(messages.some((m) => m.startsWith('4:') && m.includes('Thiếu tên'))).toBe(true);
    expect(messages.some((m) => m.startsWith('5:') && m.includes('nhiều lần'))).toBe(true);
    const odd = result.config.procedures.find((p) => p.code === 'ABC-12');
    expect(odd?.processingTime).toEqual({ value: 3, unit: 'working_days' });
    expect(configIssues(result.config)).toEqual([]);
  });

  it('reads semicolon CSV with quoted line breaks and formula-looking cells', () => {
    const csv = '\uFEFFMã TTHC;Tên thủ tục;Thành phần hồ sơ\r\n1.001193;"Khai sinh; mới";"Tờ khai\nCCCD"\r\n';
    expect(parseCsv(csv)).toEqual([
      ['Mã TTHC', 'Tên thủ tục', 'Thành phần hồ sơ'],
      ['1.001193', 'Khai sinh; mới', 'Tờ khai\nCCCD'],
    ]);
    const table = [['a', '=1+1', '-x', '"q"']];
    expect(writeCsv(table)).toContain(`"'=1+1"`);
    expect(parseCsv(writeCsv(table))).toEqual(table);
  });
});
