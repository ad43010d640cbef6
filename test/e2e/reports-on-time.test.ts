// The "Hồ sơ đúng hạn" tab in real Chromium against a real hub: imported figures with the early /
// on-time / late split show per month and per procedure, with the mean processing time against
// the legal deadline flagged in words; the index export (QĐ 766) downloads as XLSX with its
// documented headers.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/i18n/time.js';
import { DEMO_PROCEDURES } from '../../server/seed/index.js';
import { ZONE } from '../support/reports-server.js';
import { openReportsHarness, useReportsHarness } from './reports-support.js';

const reports = useReportsHarness();
const [P1, P2] = DEMO_PROCEDURES;

beforeAll(async () => {
  const { s } = reports;
  const month = localDay(Date.now(), ZONE).slice(0, 7);
  const manager = await s.token('quanly');
  const res = await fetch(`${s.url}/api/sites/demo/reports/dossiers/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${manager}`, 'content-type': 'text/csv' },
    body:
      'Mã TTHC;Tháng;Trước hạn;Đúng hạn;Quá hạn;Thời gian giải quyết TB (ngày);Thời hạn giải quyết (ngày)\n' +
      `${P1.code};${month};30;19;1;2,5;3\n${P2.code};${month};0;40;10;6;5\n`,
  });
  expect(res.status).toBe(201);
});

describe('reports: on-time dossiers', () => {
  it('shows the split and the mean time against the deadline, and exports the index', async () => {
    const { context, page, errors } = await openReportsHarness(reports, {
      viewport: { width: 1440, height: 900 },
      acceptDownloads: true,
    });
    await page.getByTestId('reports-tab-ontime').click();
    const procedures = page.getByTestId('reports-ontime-procedures');
    await procedures.locator('tbody tr').first().waitFor();
    const rows = await procedures.locator('tbody tr').allTextContents();
    const p1 = rows.find((r) => r.includes(P1.code)) ?? '';
    const p2 = rows.find((r) => r.includes(P2.code)) ?? '';
    // P1: 49 of 50 early or on time (98%), 2,5 days against 3: met, within.
    expect(p1).toMatch(
      /30[\s\S]*19[\s\S]*1[\s\S]*98,0[\s\S]*Đạt[\s\S]*2,5 ngày[\s\S]*3 ngày[\s\S]*Trong thời hạn/,
    );
    // P2: 40 of 50 (80%), 6 days against 5: missed, over.
    expect(p2).toMatch(/80,0[\s\S]*Không đạt[\s\S]*6 ngày[\s\S]*5 ngày[\s\S]*Vượt thời hạn/);
    await page.screenshot({ path: '/tmp/reports-on-time.png', fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('reports-export-index').click(),
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readFile((await download.path()) ?? '')) as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.getCell('A1').value).toBe('Số liệu phục vụ Bộ chỉ số 766 theo tháng và lĩnh vực');
    let header = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Tháng') header = n;
    });
    const headers = (sheet.getRow(header).values as unknown[]).slice(1);
    expect(headers).toEqual(
      expect.arrayContaining([
        'Tỷ lệ trước và đúng hạn (%)',
        'Tỷ lệ hài lòng (%)',
        'Tỷ lệ đánh giá trên lượt phục vụ (%)',
      ]),
    );
    expect(errors).toEqual([]);
    await context.close();
  });
});
