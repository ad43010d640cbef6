// The reports page in real Chromium against a real hub with a month of history: it shows the
// figures, and "Xuất Excel" downloads an XLSX whose Vietnamese headers and numbers match the API.
// The page is <luot-reports-page> in its own harness page (test/support/reports-harness.ts), the
// same element the admin console mounts under "Báo cáo".
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { localDay } from '../../shared/i18n/time.js';
import { ZONE } from '../support/reports-server.js';
import { openReportsHarness, useReportsHarness } from './reports-support.js';

const reports = useReportsHarness({ historyDays: 12 });

describe('reports page', () => {
  it('shows the per-procedure report and exports it to XLSX that reads back the same', async () => {
    const { s } = reports;
    const { context, page, errors } = await openReportsHarness(
      reports,
      { viewport: { width: 1440, height: 900 }, acceptDownloads: true },
      { consoleErrors: true },
    );

    await expect.poll(() => page.getByTestId('reports-card-issued').textContent()).toMatch(/\d/);
    await page.getByTestId('reports-tab-times').click();
    await page.getByTestId('reports-times-table').locator('tbody tr').first().waitFor();

    const today = localDay(Date.now(), ZONE);
    const from = new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10);
    const api = await page.request.get(`${s.url}/api/sites/demo/reports/procedures?from=${from}&to=${today}`);
    expect(api.status()).toBe(200);
    const report = await api.json();
    expect(report.total.issued).toBeGreaterThan(50);
    const top = report.rows[0];
    // The table shows the same first procedure and count.
    const firstRow = page.getByTestId('reports-times-table').locator('tbody tr').first();
    await expect.poll(() => firstRow.textContent()).toContain(top.code);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reports-export-xlsx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`bao-cao-procedures-demo-${from}_${today}.xlsx`);
    const path = await download.path();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile(path)) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Thời gian chờ và phục vụ theo thủ tục');
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Mã TTHC') header = n;
    });
    const headers = (sheet.getRow(header).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Thủ tục',
        'Số phiếu đã cấp',
        'Chờ TB (phút)',
        'Chờ P90 (phút)',
        'Phục vụ TB (phút)',
      ]),
    );
    const row = sheet.getRow(header + 1);
    const col = (h: string) => headers.indexOf(h) + 1;
    expect(row.getCell(1).value).toBe(top.code);
    expect(row.getCell(col('Số phiếu đã cấp')).value).toBe(top.issued);
    expect(row.getCell(col('Chờ TB (phút)')).value).toBe(Math.round(top.wait.mean / 6_000) / 10);
    expect(row.getCell(col('Phục vụ P90 (phút)')).value).toBe(Math.round(top.service.p90 / 6_000) / 10);

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reports-export-csv').click(),
    ]);
    const csvBytes = await readFile(await csv.path());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
