// The monthly report's month in Asia/Ho_Chi_Minh on a real hub: a ticket taken at 23:40 on
// 30 November and one at 00:20 on 1 December (17:20 UTC on 30 November) fall in November and
// December respectively when the console asks for each month with the ranges month-period.ts
// gives from the centre's today, and that today is already December while UTC still says November.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthOf, monthRange } from '../../admin/reports/month-period.js';
import type { ReportOptions, SummaryReport } from '../../shared/protocol/report-views.js';
import { type ReportsServer, startReportsServer } from '../support/reports-server.js';
import { request } from '../support/test-server.js';

let s: ReportsServer;

async function issue(requestId: string): Promise<void> {
  const res = await request(s.url, '/api/sites/demo/tickets', {
    auth: s.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId },
  });
  expect(res.status).toBe(201);
}

beforeAll(async () => {
  s = await startReportsServer('2026-11-30', 23 * 60 + 40);
  await issue('month-edge-0001');
  s.clock.at('2026-12-01', 20);
  await issue('month-edge-0002');
});

afterAll(async () => {
  await s?.server.close();
});

describe('monthly report months in the centre’s time zone', () => {
  it('puts each ticket in the month of its local day', async () => {
    expect(new Date(s.clock.now).toISOString().slice(0, 10)).toBe('2026-11-30');
    const manager = await s.token('quanly');
    const options = await request(s.url, '/api/sites/demo/reports/options', { auth: manager });
    expect(options.status).toBe(200);
    const o = options.body as ReportOptions;
    expect(o.today).toBe('2026-12-01');
    expect(monthOf(o.today)).toBe('2026-12');
    expect(o.province.vi).toBe('Tỉnh Vĩnh Long');
    expect(o.ward.vi).toBe('Phường Trà Vinh');

    const issuedIn = async (month: string) => {
      const range = monthRange(month, o.today);
      if (!range) throw new Error(`no range for ${month}`);
      const res = await request(s.url, `/api/sites/demo/reports/summary?from=${range.from}&to=${range.to}`, {
        auth: manager,
      });
      expect(res.status).toBe(200);
      return (res.body as SummaryReport).total.issued;
    };
    expect(monthRange('2026-11', o.today)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2026-12', o.today)).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(await issuedIn('2026-11')).toBe(1);
    expect(await issuedIn('2026-12')).toBe(1);
  });
});
