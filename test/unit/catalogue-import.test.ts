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

describe('catalogue keywords in the file', () => {
  const withKeywords = () => {
    const config = demoSiteConfig();
    config.procedures[0].keywords = ['giấy khai sinh', 'làm khai sinh'];
    config.procedures[3].keywords = ['công chứng'];
    return config;
  };
  const col = (table: string[][], name: string) => table[0].indexOf(name);

  for (const [format, roundTrip] of Object.entries(roundTrips)) {
    it(`${format}: keywords go out in their column and come back unchanged`, async () => {
      const config = withKeywords();
      const table = catalogueTable(config);
      const k = col(table, 'Từ khoá tìm kiếm');
      expect(k).toBeGreaterThan(0);
      const row = table.find((r) => r[col(table, 'Mã TTHC')] === config.procedures[0].code);
      expect(row?.[k]).toBe('giấy khai sinh, làm khai sinh');
      const back = await roundTrip(table);
      const result = new CatalogueImport(config).apply(rowsOfTable(back).rows);
      expect(result.summary).toMatchObject({ updated: 0, created: 0, unchanged: config.procedures.length });
      expect(result.config).toEqual(config);
    });
  }

  it('an edited keyword cell replaces the keywords; a file without the column keeps them', async () => {
    const config = withKeywords();
    const table = catalogueTable(config);
    const k = col(table, 'Từ khoá tìm kiếm');
    const code = col(table, 'Mã TTHC');
    const i = table.findIndex((r) => r[code] === config.procedures[0].code);
    table[i][k] = ' khai sinh con; giấy khai sinh\nkhai sinh con , ';
    const j = table.findIndex((r) => r[code] === config.procedures[3].code);
    table[j][k] = '';
    const result = new CatalogueImport(config).apply(rowsOfTable(table).rows);
    expect(result.summary.updated).toBe(2);
    const byId = (id: string) => result.config.procedures.find((p) => p.id === id);
    expect(byId(config.procedures[0].id)?.keywords).toEqual(['khai sinh con', 'giấy khai sinh']);
    expect(byId(config.procedures[3].id)?.keywords).toBeUndefined();
    expect(configIssues(result.config)).toEqual([]);

    const without = table.map((r) => r.filter((_, c) => c !== k));
    const kept = new CatalogueImport(config).apply(rowsOfTable(without).rows);
    expect(kept.summary.updated).toBe(0);
    expect(kept.config).toEqual(config);
  });

  it('reads the English header and leaves out keywords too long for the catalogue, with a warning', () => {
    const config = withKeywords();
    const table = catalogueTable(config);
    const k = col(table, 'Từ khoá tìm kiếm');
    table[0][k] = 'Keywords';
    const i = table.findIndex((r) => r[col(table, 'Mã TTHC')] === config.procedures[0].code);
    table[i][k] = `ngắn, ${'dài'.repeat(30)}`;
    const result = new CatalogueImport(config).apply(rowsOfTable(table).rows);
    expect(result.config.procedures.find((p) => p.id === config.procedures[0].id)?.keywords).toEqual([
      'ngắn',
    ]);
    expect(result.summary.warnings.some((w) => w.line === i + 1 && w.message.includes('Từ khoá'))).toBe(true);
  });
});
