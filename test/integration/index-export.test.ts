// The index export (QĐ 766) and the dossier code in grouped reports, on a real hub: tickets
// issued, served with a mã hồ sơ and rated through REST; dossier figures imported with the
// early / on-time / late split; then the report, its CSV, and who may read it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROCEDURES } from '../../server/seed/index.js';
import { type ReportsServer, startReportsServer } from '../support/reports-server.js';
import { request } from '../support/test-server.js';

const DAY = '2026-03-02';
const [P1, P2] = DEMO_PROCEDURES.filter((p) => p.seriesId === 's-a');

let s: ReportsServer;
let manager: string;
let officer: string;

async function ok(path: string, auth: string, body?: unknown) {
  const res = await request(s.url, path, { auth, body: body ?? {} });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

beforeAll(async () => {
  s = await startReportsServer(DAY, 8 * 60);
  manager = await s.token('quanly');
  officer = await s.token('canbo1');
  const counter = (action: string, body: unknown = {}) =>
    ok(`/api/sites/demo/counters/c1/${action}`, officer, body);
  await counter('sign-in');
  const ids: string[] = [];
  for (const [n, p] of [P1, P1, P2].entries()) {
    const r = await ok('/api/sites/demo/tickets', s.keys.kiosk, {
      procedureId: p.id,
      requestId: `req-index-${n}`,
    });
    ids.push(r.ticket.id);
    s.clock.advance(1);
  }
  s.clock.advance(3);
  await counter('call-next');
  await counter('start');
  s.clock.advance(5);
  await counter('finish', { dossierCode: '000.00.53.H48-260302-0001' });
  await counter('rating', { ticketId: ids[0], level: 3 });
  await counter('call-next');
  await counter('start');
  s.clock.advance(5);
  await counter('finish');
  await counter('call-next');
  await counter('start');
  s.clock.advance(5);
  await counter('finish', { dossierCode: '000.00.53.H48-260302-0002' });
  const csv = [
    'Mã TTHC;Tháng;Tổng số;Trước hạn;Đúng hạn;Trễ hạn;Thời gian giải quyết TB (ngày);Thời hạn giải quyết (ngày)',
    `${P1.code};2026-03;12;5;4;1;2;3`,
    `${P2.code};2026-03;10;0;10;0;4;3`,
    '9.999999.000.00.00.H59;2026-03;2;0;1;1;;',
  ].join('\n');
  const res = await fetch(`${s.url}/api/sites/demo/reports/dossiers/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${manager}`, 'content-type': 'text/csv' },
    body: csv,
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  await s?.server.close();
});

describe('dossier code in grouped reports', () => {
  it('counts the served tickets with a mã hồ sơ per group and in the export', async () => {
    const res = await request(s.url, `/api/sites/demo/reports/procedures?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    expect(res.status).toBe(200);
    const byId = Object.fromEntries(res.body.rows.map((r: { key: string }) => [r.key, r]));
    expect(byId[P1.id].dossiers).toEqual({ count: 1, pct: 50 });
    expect(byId[P2.id].dossiers).toEqual({ count: 1, pct: 100 });
    expect(res.body.total.dossiers.count).toBe(2);
    const file = await fetch(`${s.url}/api/sites/demo/reports/counters.csv?from=${DAY}&to=${DAY}`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const lines = (await file.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    const at = header.indexOf('Có mã hồ sơ');
    expect(at).toBeGreaterThan(0);
    expect(lines.at(-1)?.split(',')[at]).toBe('2');
  });
});

describe('the index export (QĐ 766)', () => {
  it('gives one row per month and field: waits, on-time split, satisfaction and coverage', async () => {
    const res = await request(s.url, `/api/sites/demo/reports/index?from=${DAY}&to=${DAY}`, {
      auth: manager,
    });
    expect(res.status).toBe(200);
    expect(res.body.from).toBe('2026-03-01');
    expect(res.body.to).toBe('2026-03-31');
    const field = res.body.rows.find((r: { fieldId: string }) => r.fieldId === P1.fieldId);
    expect(field).toMatchObject({
      month: '2026-03',
      issued: 3,
      served: 3,
      ratings: 1,
      satisfied: 1,
      satisfactionPct: 100,
      dossierCodes: 2,
      dossiers: { total: 22, early: 5, onTime: 14, late: 1, pct: 95, meanDays: 3 },
    });
    expect(field.coveragePct).toBeCloseTo(100 / 3, 5);
    expect(field.waitMean).toBeGreaterThan(0);
    // A procedure code the catalogue does not know has its own row, never dropped.
    const unknown = res.body.rows.find((r: { fieldId: string | null }) => r.fieldId === null);
    expect(unknown).toMatchObject({ issued: 0, dossiers: { onTime: 1, late: 1, pct: 50 } });
    expect(res.body.total.dossiers).toMatchObject({ early: 5, onTime: 15, late: 2 });
  });

  it('exports the documented columns as CSV with a total row', async () => {
    const res = await fetch(`${s.url}/api/sites/demo/reports/index.csv?from=${DAY}&to=${DAY}`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Tháng,Mã lĩnh vực,Lĩnh vực,Số phiếu đã cấp,Lượt đã phục vụ,Chờ TB (phút),Chờ trung vị (phút),' +
        'Gọi trong thời gian chờ mục tiêu (%),Hồ sơ đã giải quyết,Trước hạn,Đúng hạn,Trễ hạn,' +
        'Tỷ lệ trước và đúng hạn (%),Thời gian giải quyết TB (ngày),Số đánh giá,Hài lòng,Tỷ lệ hài lòng (%),' +
        'Tỷ lệ đánh giá trên lượt phục vụ (%),Lượt có mã hồ sơ',
    );
    expect(lines.at(-1)?.startsWith(',,Tổng cộng,3,3,')).toBe(true);
  });

  it('is for managers of the site only', async () => {
    const path = `/api/sites/demo/reports/index.csv?from=${DAY}&to=${DAY}`;
    expect((await request(s.url, path, { auth: officer })).status).toBe(403);
    expect((await request(s.url, path, { auth: await s.token('quanly2') })).status).toBe(403);
    expect((await request(s.url, path, { auth: s.keys.display })).status).toBe(403);
    expect((await request(s.url, path)).status).toBe(401);
  });
});
