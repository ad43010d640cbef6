// Finish outcomes in the reports on a real hub: tickets finished through REST with an outcome
// (received, returned, …) are counted per procedure today, from a closed day's cache, and in the
// CSV and XLSX exports.
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROCEDURES } from '../../server/seed/index.js';
import { type ReportsServer, startReportsServer } from '../support/reports-server.js';
import { request } from '../support/test-server.js';

const DAY = '2026-03-02';
const [P1, P2] = DEMO_PROCEDURES.filter((p) => p.seriesId === 's-a');
const NONE = { received: 0, guided: 0, returned: 0, refused: 0, other: 0 };

let s: ReportsServer;
let manager: string;

async function ok(path: string, auth: string, body?: unknown) {
  const res = await request(s.url, path, { auth, body: body ?? {} });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function procedures(from: string, to: string) {
  const res = await request(s.url, `/api/sites/demo/reports/procedures?from=${from}&to=${to}`, {
    auth: manager,
  });
  expect(res.status).toBe(200);
  return res.body as {
    rows: { key: string; outcomes: Record<string, number> }[];
    total: { outcomes: object };
    generatedAt: number;
  };
}

beforeAll(async () => {
  s = await startReportsServer(DAY, 8 * 60);
  manager = await s.token('quanly');
  const officer = await s.token('canbo1');
  const counter = (action: string, body: unknown = {}) =>
    ok(`/api/sites/demo/counters/c1/${action}`, officer, body);
  await counter('sign-in');
  // P1: received, received, returned; P2: guided, and one finished without an outcome.
  const plan: [string, string | null][] = [
    [P1.id, 'received'],
    [P1.id, 'received'],
    [P1.id, 'returned'],
    [P2.id, 'guided'],
    [P2.id, null],
  ];
  for (const [n, [procedureId]] of plan.entries()) {
    await ok('/api/sites/demo/tickets', s.keys.kiosk, { procedureId, requestId: `req-outcome-${n}` });
    s.clock.advance(1);
  }
  for (const [, outcome] of plan) {
    await counter('call-next');
    await counter('start');
    s.clock.advance(3);
    await counter('finish', outcome ? { outcome } : {});
  }
  // An invalid outcome is refused with a code, not counted.
  await ok('/api/sites/demo/tickets', s.keys.kiosk, { procedureId: P1.id, requestId: 'req-outcome-bad' });
  await counter('call-next');
  await counter('start');
  const bad = await request(s.url, '/api/sites/demo/counters/c1/finish', {
    auth: officer,
    body: { outcome: 'lost' },
  });
  expect(bad.status).toBe(400);
  expect(bad.body.error?.code ?? bad.body.code).toBe('invalid_input');
  await counter('finish', { outcome: 'refused' });
});

afterAll(async () => {
  await s?.server.close();
});

describe('finish outcomes in reports', () => {
  it('counts outcomes per procedure today, live from the hub', async () => {
    const r = await procedures(DAY, DAY);
    const byId = Object.fromEntries(r.rows.map((x) => [x.key, x.outcomes]));
    expect(byId[P1.id]).toEqual({ ...NONE, received: 2, returned: 1, refused: 1 });
    expect(byId[P2.id]).toEqual({ ...NONE, guided: 1 });
    expect(r.total.outcomes).toEqual({ ...NONE, received: 2, guided: 1, returned: 1, refused: 1 });
  });

  it('gives the same counts from a closed day read through the cache', async () => {
    s.clock.at('2026-03-03', 9 * 60);
    manager = await s.token('quanly');
    // The first ticket of the new day closes the old one.
    await ok('/api/sites/demo/tickets', s.keys.kiosk, { procedureId: P1.id, requestId: 'req-outcome-next' });
    const first = await procedures(DAY, DAY);
    const file = await readFile(join(s.server.dataDir, 'reports-cache', 'demo', `${DAY}.bin`));
    expect(file.subarray(0, 8).toString('latin1')).toBe('LUOTRPT4');
    const cached = await procedures(DAY, DAY);
    expect(cached).toEqual({ ...first, generatedAt: cached.generatedAt });
    const p1 = cached.rows.find((x) => x.key === P1.id);
    expect(p1?.outcomes).toEqual({ ...NONE, received: 2, returned: 1, refused: 1 });
  });

  it('exports the outcome columns in CSV and XLSX', async () => {
    const csv = await fetch(`${s.url}/api/sites/demo/reports/procedures.csv?from=${DAY}&to=${DAY}`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const lines = (await csv.text()).replace(/^\uFEFF/, '').split('\r\n');
    const header = lines[0].split(',');
    const tail = ['Tiếp nhận hồ sơ', 'Hướng dẫn bổ sung', 'Trả kết quả', 'Từ chối tiếp nhận', 'Kết quả khác'];
    expect(header.slice(-5)).toEqual(tail);
    const p1 = lines.find((l) => l.startsWith(P1.code));
    expect(p1?.split(',').slice(-5)).toEqual(['2', '0', '1', '1', '0']);

    const xlsx = await fetch(`${s.url}/api/sites/demo/reports/procedures.xlsx?from=${DAY}&to=${DAY}`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await xlsx.arrayBuffer()) as ArrayBuffer);
    const sheet = wb.worksheets[0];
    let headerRow = 0;
    let p2Row = 0;
    sheet.eachRow((row, n) => {
      if (row.getCell(1).value === 'Mã TTHC') headerRow = n;
      if (row.getCell(1).value === P2.code) p2Row = n;
    });
    const headers = (sheet.getRow(headerRow).values as unknown[]).slice(1);
    expect(sheet.getRow(p2Row).getCell(headers.indexOf('Hướng dẫn bổ sung') + 1).value).toBe(1);
    expect(sheet.getRow(p2Row).getCell(headers.indexOf('Tiếp nhận hồ sơ') + 1).value).toBe(0);
  });
});
