// The report API on a real hub: tickets issued, called and finished through REST with a
// controlled clock, then the reports, their CSV and XLSX exports, the dossier import, and who
// may see them.
import ExcelJS from 'exceljs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROCEDURES } from '../../server/seed/index.js';
import { MINUTE, type ReportsServer, startReportsServer } from '../support/reports-server.js';
import { request } from '../support/test-server.js';

const DAY = '2026-03-02';
const [P1, P2] = DEMO_PROCEDURES.filter((p) => p.seriesId === 's-a');

let s: ReportsServer;
let manager: string;
let officer: string;
const ticketIds: string[] = [];

async function ok(path: string, auth: string, body?: unknown) {
  const res = await request(s.url, path, { auth, body: body ?? {} });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function upload(path: string, auth: string | undefined, body: string | Buffer, type = 'text/csv') {
  const headers: Record<string, string> = { 'content-type': type };
  if (auth) headers.authorization = `Bearer ${auth}`;
  const res = await fetch(s.url + path, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}

async function download(path: string, auth: string) {
  const res = await fetch(s.url + path, { headers: { authorization: `Bearer ${auth}` } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

beforeAll(async () => {
  s = await startReportsServer(DAY, 8 * 60);
  manager = await s.token('quanly');
  officer = await s.token('canbo1');
  const issue = async (procedureId: string, n: number) => {
    const r = await ok('/api/sites/demo/tickets', s.keys.kiosk, {
      procedureId,
      requestId: `req-report-${n}`,
    });
    ticketIds.push(r.ticket?.id ?? r.id);
  };
  const counter = (action: string, body: unknown = {}) =>
    ok(`/api/sites/demo/counters/c1/${action}`, officer, body);
  await counter('sign-in');
  await issue(P1.id, 1); // K1 at 08:00
  s.clock.advance(1);
  await issue(P1.id, 2); // K2 at 08:01
  s.clock.advance(1);
  await issue(P2.id, 3); // K3 at 08:02
  s.clock.advance(2);
  await counter('call-next'); // K1 called 08:04, waited 4
  s.clock.advance(1);
  await counter('start');
  s.clock.advance(6);
  await counter('finish'); // K1 served 6 (08:05–08:11)
  await counter('rating', { ticketId: ticketIds[0], level: 3 });
  await counter('call-next'); // K2 called 08:11, waited 10
  await counter('start');
  s.clock.advance(8);
  await counter('finish'); // K2 served 8
  await counter('rating', { ticketId: ticketIds[1], level: 1, reasons: ['wait'] });
  await counter('call-next'); // K3 called 08:19, waited 17 (> 15)
  s.clock.advance(2);
  await counter('no-show');
});

afterAll(async () => {
  await s?.server.close();
});

describe('report figures', () => {
  it('gives the per-procedure wait and service times of today, live from the hub', async () => {
    const res = await request(s.url, `/api/sites/demo/reports/procedures?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.rows.map((r: { key: string }) => [r.key, r]));
    expect(ticketIds).toHaveLength(3);
    expect(byId[P1.id]).toMatchObject({
      code: P1.code,
      issued: 2,
      served: 2,
      wait: { count: 2, mean: 7 * MINUTE, median: 7 * MINUTE, p90: 10 * MINUTE, max: 10 * MINUTE },
      service: { count: 2, mean: 7 * MINUTE, median: 7 * MINUTE, p90: 8 * MINUTE, max: 8 * MINUTE },
      serviceLevel: { within: 2, total: 2, pct: 100 },
      satisfaction: { ratings: 2, satisfied: 1, rate: 50, coverage: 100, reasons: { wait: 1 } },
    });
    expect(byId[P2.id]).toMatchObject({
      issued: 1,
      noShow: 1,
      wait: { count: 1, mean: 17 * MINUTE },
      serviceLevel: { within: 0, total: 1, pct: 0 },
    });
    expect(res.body.total).toMatchObject({
      issued: 3,
      served: 2,
      noShow: 1,
      serviceLevel: { within: 2, total: 3 },
    });
  });

  it('reads a closed day from its journal and caches it, with the same figures', async () => {
    s.clock.at('2026-03-03', 9 * 60);
    // Sessions last a working day: sign in again after the night.
    manager = await s.token('quanly');
    officer = await s.token('canbo1');
    await ok('/api/sites/demo/tickets', s.keys.kiosk, {
      procedureId: P1.id,
      requestId: 'req-report-next-day',
    });
    const path = `/api/sites/demo/reports/procedures?from=${DAY}&to=2026-03-03`;
    const res = await request(s.url, path, { auth: manager });
    expect(res.status).toBe(200);
    expect(res.body.total).toMatchObject({ issued: 4, served: 2, noShow: 1, open: 1 });
    expect(await readdir(join(s.server.dataDir, 'reports-cache', 'demo'))).toEqual([`${DAY}.bin`]);
    const again = await request(s.url, `/api/sites/demo/reports/procedures?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    const p1 = again.body.rows.find((r: { key: string }) => r.key === P1.id);
    expect(p1.wait).toEqual({
      count: 2,
      mean: 7 * MINUTE,
      median: 7 * MINUTE,
      p90: 10 * MINUTE,
      max: 10 * MINUTE,
    });
    const days = await request(s.url, `/api/sites/demo/reports/days?from=${DAY}&to=2026-03-03`, {
      auth: manager,
    });
    expect(days.body.rows.map((r: { key: string; issued: number }) => [r.key, r.issued])).toEqual([
      [DAY, 3],
      ['2026-03-03', 1],
    ]);
  });

  it('gives the load heatmap in site time, officer time and satisfaction by month', async () => {
    const load = await request(s.url, `/api/sites/demo/reports/load?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    expect(load.body.cells[0][8]).toBe(3);
    const time = await request(s.url, `/api/sites/demo/reports/officer-time?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    expect(time.body.rows).toHaveLength(1);
    // canbo1 signed in 08:00 and never out: the closed day ends at its last activity, 08:21
    expect(time.body.rows[0]).toMatchObject({
      officerId: 'u-canbo1',
      signedIn: 21 * MINUTE,
      serving: 17 * MINUTE,
      idle: 4 * MINUTE,
      served: 2,
    });
    const sat = await request(s.url, `/api/sites/demo/reports/satisfaction?from=${DAY}&to=${DAY}&by=month`, {
      auth: manager,
    });
    expect(
      sat.body.rows.map((r: { key: string; satisfaction: { rate: number } }) => [r.key, r.satisfaction.rate]),
    ).toEqual([['2026-03', 50]]);
  });
});

describe('exports', () => {
  it('exports XLSX with Vietnamese headers and the same numbers', async () => {
    const json = await request(s.url, `/api/sites/demo/reports/procedures?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    const { res, bytes } = await download(
      `/api/sites/demo/reports/procedures.xlsx?from=${DAY}&to=${DAY}`,
      manager,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(res.headers.get('content-disposition')).toContain('.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(String(sheet.getCell('A1').value)).toBe('Thời gian chờ và phục vụ theo thủ tục');
    let headerRow = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Mã TTHC') headerRow = n;
    });
    expect(headerRow).toBeGreaterThan(1);
    const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    expect(headers.slice(0, 4)).toEqual(['Mã TTHC', 'Thủ tục', 'Số phiếu đã cấp', 'Đã phục vụ']);
    expect(headers).toContain('Chờ trung vị (phút)');
    expect(headers).toContain('Tỷ lệ hài lòng (%)');
    const col = (h: string) => headers.indexOf(h) + 1;
    let p1Row = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === P1.code) p1Row = n;
    });
    const row = sheet.getRow(p1Row);
    const p1 = json.body.rows.find((r: { key: string }) => r.key === P1.id);
    expect(row.getCell(col('Thủ tục')).value).toBe(P1.name.vi);
    expect(row.getCell(col('Số phiếu đã cấp')).value).toBe(p1.issued);
    expect(row.getCell(col('Chờ TB (phút)')).value).toBe(p1.wait.mean / MINUTE);
    expect(row.getCell(col('Chờ P90 (phút)')).value).toBe(10);
    expect(row.getCell(col('Phục vụ tối đa (phút)')).value).toBe(8);
    expect(row.getCell(col('Tỷ lệ hài lòng (%)')).value).toBe(50);
  });

  it('exports CSV as UTF-8 with a BOM and Vietnamese headers', async () => {
    const { res, bytes } = await download(
      `/api/sites/demo/reports/procedures.csv?from=${DAY}&to=${DAY}`,
      manager,
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0].startsWith('Mã TTHC,Thủ tục,Số phiếu đã cấp,Đã phục vụ,Vắng mặt,Đã huỷ,Hết hạn')).toBe(
      true,
    );
    const p1 = lines.find((l) => l.startsWith(P1.code));
    // Mean and median wait (minutes): before the rating, dossier-code and outcome columns.
    expect(p1?.split(',').slice(-19, -17)).toEqual(['7', '7']);
  });

  it('exports every report', async () => {
    for (const name of [
      'summary',
      'fields',
      'counters',
      'officers',
      'days',
      'months',
      'series',
      'load',
      'satisfaction',
      'officer-time',
      'on-time',
    ]) {
      for (const ext of ['csv', 'xlsx']) {
        const { res, bytes } = await download(
          `/api/sites/demo/reports/${name}.${ext}?from=${DAY}&to=${DAY}`,
          manager,
        );
        expect(res.status, `${name}.${ext}`).toBe(200);
        expect(bytes.length).toBeGreaterThan(10);
      }
    }
  });
});

describe('dossier import (on-time processing)', () => {
  it('imports CSV figures, replaces them on re-import and flags months below 98%', async () => {
    const csv = [
      'Báo cáo tình hình giải quyết hồ sơ;;;;',
      'Mã TTHC;Tháng;Số hồ sơ;Đúng hạn;Trễ hạn',
      `${P1.code};03/2026;100;97;3`,
      `${P2.code};2026-03;50;50;0`,
      '9.999999.000.00.00.H59;2026-03;10;10;0',
      `${P1.code};2026-13;1;1;0`,
    ].join('\r\n');
    const res = await upload('/api/sites/demo/reports/dossiers/import', manager, csv);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ imported: 3, replaced: 0 });
    expect(res.body.errors).toEqual([{ line: 6, message: expect.stringContaining('tháng') }]);
    expect(res.body.warnings.map((w: { line: number }) => w.line)).toEqual([5]);
    const report = await request(s.url, `/api/sites/demo/reports/on-time?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    const p1 = report.body.rows.find((r: { code: string }) => r.code === P1.code);
    expect(p1).toMatchObject({ month: '2026-03', total: 100, onTime: 97, late: 3, pct: 97, breach: true });
    expect(p1.ours).toMatchObject({ issued: 3, served: 2, waitMean: 7 * MINUTE, serviceMean: 7 * MINUTE });
    expect(report.body.rows.find((r: { code: string }) => r.code === P2.code)).toMatchObject({
      pct: 100,
      breach: false,
    });
    expect(report.body.months).toEqual([
      { month: '2026-03', total: 160, early: 0, onTime: 157, late: 3, pct: (157 * 100) / 160, breach: false },
    ]);
    expect(report.body.target).toBe(98);

    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Hồ sơ');
    sheet.addRow(['Ma TTHC', 'Thang', 'So ho so', 'Dung han', 'Tre han']);
    sheet.addRow([P1.code, new Date(Date.UTC(2026, 2, 1)), 100, 99, 1]);
    const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
    const again = await upload(
      '/api/sites/demo/reports/dossiers/import',
      manager,
      xlsx,
      'application/octet-stream',
    );
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ imported: 1, replaced: 1 });
    const after = await request(s.url, `/api/sites/demo/reports/on-time?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    expect(after.body.rows.filter((r: { code: string }) => r.code === P1.code)).toHaveLength(1);
    expect(after.body.rows.find((r: { code: string }) => r.code === P1.code)).toMatchObject({
      pct: 99,
      breach: false,
    });
  });

  it('refuses a file without the expected columns', async () => {
    const res = await upload('/api/sites/demo/reports/dossiers/import', manager, 'a,b,c\n1,2,3\n');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_input');
  });
});

describe('who may see reports', () => {
  const path = `/api/sites/demo/reports/procedures?from=${DAY}&to=${DAY}`;

  it('lets the site manager and the admin in', async () => {
    expect((await request(s.url, path, { auth: manager })).status).toBe(200);
    expect((await request(s.url, path, { auth: await s.token('admin') })).status).toBe(200);
    expect((await request(s.url, '/api/sites/demo/reports/options', { auth: manager })).status).toBe(200);
  });

  it('refuses staff, devices and the manager of another site', async () => {
    const other = await s.token('quanly2');
    for (const auth of [officer, s.keys.kiosk, s.keys.display, s.keys.counter, s.keys.integration, other]) {
      const res = await request(s.url, path, { auth });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
      expect((await request(s.url, '/api/sites/demo/reports/procedures.xlsx', { auth })).status).toBe(403);
      const imp = await upload('/api/sites/demo/reports/dossiers/import', auth, 'x');
      expect(imp.status).toBe(403);
    }
    expect((await request(s.url, '/api/sites/other/reports/summary', { auth: other })).status).toBe(200);
    expect((await request(s.url, path)).status).toBe(401);
  });

  it('answers bad queries with 400 and unknown reports with 404', async () => {
    for (const q of [
      'from=2026-13-01',
      `from=${DAY}&to=2026-03-01`,
      'from=2010-01-01&to=2026-03-02',
      'nope=1',
      'fieldId=../x',
      'channel=fax',
      `from=${DAY}&from=${DAY}`,
    ]) {
      const res = await request(s.url, `/api/sites/demo/reports/procedures?${q}`, { auth: manager });
      expect(res.status, q).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
    }
    expect((await request(s.url, '/api/sites/demo/reports/nonsense', { auth: manager })).status).toBe(404);
    expect((await request(s.url, '/api/sites/demo/reports/procedures.pdf', { auth: manager })).status).toBe(
      404,
    );
    expect(
      (await request(s.url, '/api/sites/nowhere/reports/summary', { auth: await s.token('admin') })).status,
    ).toBe(404);
  });
});
