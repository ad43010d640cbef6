// Reports over a set of centres on a real hub: tickets really issued and served in two centres,
// then the per-centre, per-field and per-procedure reports across them checked against each
// centre's own report API (sums, count-weighted means), who may ask for which centres, the codes of
// bad requests, and the CSV (parsed back) and XLSX (opened with exceljs) exports. Once on the file
// store and once on PostgreSQL.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';
import type { CentreSetReport, CentreSetRow } from '../../shared/protocol/centre-report-views.js';
import type { GroupedReport, GroupRowView, SummaryReport } from '../../shared/protocol/report-views.js';
import {
  type CentresServer,
  DAY,
  MINUTE,
  NO_CODE,
  ONLY_OTHER,
  OTHER_NAME,
  P1,
  P2,
  playDay,
  startCentresServer,
} from '../support/centre-reports-scenario.js';
import { createTestDatabase } from '../support/pg-database.js';
import { request } from '../support/test-server.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const PERIOD = `from=${DAY}&to=${DAY}`;
const BOTH = `siteIds=demo,other&${PERIOD}`;

/** RFC 4180: quoted fields, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  return rows;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The count-weighted mean of several means (what merging must give, never the plain average). */
function weighted(parts: { mean: number | null; count: number }[]): number | null {
  const n = parts.reduce((a, p) => a + p.count, 0);
  return n === 0 ? null : parts.reduce((a, p) => a + (p.mean ?? 0) * p.count, 0) / n;
}

/** Checks a merged row against the rows of each centre's own report it merges. */
function expectMerged(merged: GroupRowView, parts: GroupRowView[]) {
  const sum = (pick: (r: GroupRowView) => number) => parts.reduce((a, r) => a + pick(r), 0);
  expect(merged.issued).toBe(sum((r) => r.issued));
  expect(merged.served).toBe(sum((r) => r.served));
  expect(merged.noShow).toBe(sum((r) => r.noShow));
  expect(merged.wait.count).toBe(sum((r) => r.wait.count));
  expect(merged.service.count).toBe(sum((r) => r.service.count));
  const waitMean = weighted(parts.map((r) => r.wait));
  const serviceMean = weighted(parts.map((r) => r.service));
  if (waitMean === null) expect(merged.wait.mean).toBeNull();
  else expect(merged.wait.mean).toBeCloseTo(waitMean, 6);
  if (serviceMean === null) expect(merged.service.mean).toBeNull();
  else expect(merged.service.mean).toBeCloseTo(serviceMean, 6);
  const maxes = parts.map((r) => r.wait.max).filter((m): m is number => m !== null);
  expect(merged.wait.max).toBe(maxes.length > 0 ? Math.max(...maxes) : null);
  expect(merged.serviceLevel.within).toBe(sum((r) => r.serviceLevel.within));
  expect(merged.serviceLevel.total).toBe(sum((r) => r.serviceLevel.total));
  expect(merged.satisfaction.ratings).toBe(sum((r) => r.satisfaction.ratings));
  expect(merged.satisfaction.satisfied).toBe(sum((r) => r.satisfaction.satisfied));
  // A median or P90 cannot be merged from the centres' figures: merged rows have none.
  expect([merged.wait.median, merged.wait.p90, merged.service.median, merged.service.p90]).toEqual([
    null,
    null,
    null,
    null,
  ]);
}

async function get<T>(c: CentresServer, path: string, auth?: string) {
  const res = await request(c.url, path, auth ? { auth } : {});
  return { status: res.status, body: res.body as T & { error: { code: string; details?: any } } };
}

async function download(c: CentresServer, path: string, auth: string) {
  const res = await fetch(c.url + path, { headers: { authorization: `Bearer ${auth}` } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The figures, the merge by code, the exports: the same on either store. */
async function checkFigures(c: CentresServer) {
  const admin = await c.token('admin');
  const own = async <T>(siteId: string, name: string) =>
    (await get<T>(c, `/api/sites/${siteId}/reports/${name}?${PERIOD}`, admin)).body;
  const summaries = [
    await own<SummaryReport>('demo', 'summary'),
    await own<SummaryReport>('other', 'summary'),
  ];
  expect(summaries.map((s) => s.total.issued)).toEqual([3, 4]);

  // One row per centre: the centre's own summary total; the total row: the weighted merge.
  const centres = await get<CentreSetReport>(c, `/api/centre-reports/centres?${BOTH}`, admin);
  expect(centres.status).toBe(200);
  const bySite = new Map(centres.body.rows.map((r) => [r.key, r]));
  for (const s of summaries) {
    const { label: _l, key: _k, siteIds, ...row } = bySite.get(s.siteId) as CentreSetRow;
    const { label: _l2, key: _k2, ...total } = s.total;
    expect(row).toEqual(total);
    expect(siteIds).toEqual([s.siteId]);
  }
  expectMerged(
    centres.body.total,
    summaries.map((s) => s.total),
  );
  // Waits 4 9 16 (demo) and 4 6 17 22 (other): the mean of all seven, not (29/3 + 49/4) / 2.
  expect(centres.body.total.wait.mean).toBeCloseTo((78 / 7) * MINUTE, 6);
  expect(centres.body.total.wait).toMatchObject({ count: 7, median: null, p90: null, max: 22 * MINUTE });
  // Each centre's own row keeps its own exact median.
  expect(bySite.get('other')?.wait.median).toBe(11.5 * MINUTE);
  expect(centres.body.total.serviceLevel).toEqual({ within: 4, total: 7, pct: (4 * 100) / 7 });
  expect(centres.body.total.satisfaction).toMatchObject({ ratings: 4, satisfied: 3, rate: 75 });
  expect(centres.body.centres.map((x) => [x.siteId, x.days])).toEqual([
    ['demo', 1],
    ['other', 1],
  ]);

  // Procedures merged by mã TTHC, checked against each centre's per-procedure report.
  const ownProcedures = [
    await own<GroupedReport>('demo', 'procedures'),
    await own<GroupedReport>('other', 'procedures'),
  ];
  const procedures = (await get<CentreSetReport>(c, `/api/centre-reports/procedures?${BOTH}`, admin)).body;
  for (const row of procedures.rows.filter((r) => r.code)) {
    const parts = ownProcedures.flatMap((rep) => rep.rows.filter((r) => r.code === row.code));
    expect(parts.length).toBe(row.siteIds.length);
    expectMerged(row, parts);
  }
  const byCode = new Map(procedures.rows.map((r) => [r.code, r]));
  const p1 = byCode.get(P1.code) as CentreSetRow;
  expect(p1.siteIds).toEqual(['demo', 'other']);
  expect(p1.label.vi).toBe(P1.name.vi);
  expect(p1.wait).toMatchObject({ count: 3, max: 9 * MINUTE });
  expect(p1.wait.mean).toBeCloseTo((17 / 3) * MINUTE, 6);
  expect(byCode.get(P2.code)).toMatchObject({ issued: 2, noShow: 2, siteIds: ['demo', 'other'] });
  expect(byCode.get(P2.code)?.wait.mean).toBe(19 * MINUTE);
  // A procedure only one centre has: a row of its own, that centre's figures.
  const only = byCode.get(ONLY_OTHER.code) as CentreSetRow;
  const otherOnly = ownProcedures[1].rows.find((r) => r.key === ONLY_OTHER.id) as GroupRowView;
  expect(only.siteIds).toEqual(['other']);
  expectMerged(only, [otherOnly]);
  expect(only.wait.mean).toBe(otherOnly.wait.mean);
  expect(only.service.mean).toBe(otherOnly.service.mean);
  // One without a code cannot be matched: it stays its centre's, named with it.
  const noCode = procedures.rows.find((r) => r.key === `site:other:${NO_CODE.id}`) as CentreSetRow;
  expect(noCode.code).toBeUndefined();
  expect(noCode.label.vi).toBe(`${NO_CODE.name} (${OTHER_NAME})`);
  expect(noCode.issued).toBe(1);
  expectMerged(
    procedures.total,
    summaries.map((s) => s.total),
  );

  // Fields merged by their code.
  const ownFields = [await own<GroupedReport>('demo', 'fields'), await own<GroupedReport>('other', 'fields')];
  const fields = (await get<CentreSetReport>(c, `/api/centre-reports/fields?${BOTH}`, admin)).body;
  expect(fields.rows.length).toBeGreaterThan(0);
  for (const row of fields.rows) {
    const parts = ownFields.flatMap((rep) => rep.rows.filter((r) => r.code === row.code));
    expectMerged(row, parts);
  }
  expect(fields.total.issued).toBe(7);

  // CSV: BOM, the single-centre reports' columns, the formula guard, figures as in the JSON.
  const csv = await download(c, `/api/centre-reports/procedures.csv?${BOTH}`, admin);
  expect(csv.res.status).toBe(200);
  expect(csv.res.headers.get('content-type')).toContain('text/csv');
  expect(csv.res.headers.get('content-disposition')).toBe(
    `attachment; filename="bao-cao-procedures-2-trung-tam-${DAY}_${DAY}.csv"`,
  );
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const table = parseCsv(csv.bytes.toString('utf8').slice(1));
  const header = table[0];
  expect(header.slice(0, 4)).toEqual(['Mã TTHC', 'Thủ tục', 'Số trung tâm', 'Số phiếu đã cấp']);
  const at = (row: string[], name: string) => row[header.indexOf(name)];
  const csvP1 = table.find((r) => r[0] === P1.code) as string[];
  expect(at(csvP1, 'Số trung tâm')).toBe('2');
  expect(at(csvP1, 'Số phiếu đã cấp')).toBe('3');
  expect(at(csvP1, 'Chờ TB (phút)')).toBe(String(round1((p1.wait.mean ?? 0) / MINUTE)));
  // Merged rows have no median or P90: the merged exports leave those columns out.
  expect(header.filter((h) => /trung vị|P90/.test(h))).toEqual([]);
  expect(table.find((r) => r[1].includes('Thủ tục nội bộ'))?.[1]).toBe(`'${NO_CODE.name} (${OTHER_NAME})`);
  const csvTotal = table.at(-1) as string[];
  expect(csvTotal[1]).toBe('Tổng cộng');
  expect(at(csvTotal, 'Số phiếu đã cấp')).toBe('7');
  expect(at(csvTotal, 'Số trung tâm')).toBe('2');

  // XLSX through the same writer: title, centres and period above the header, numbers as numbers.
  const xlsx = await download(c, `/api/centre-reports/centres.xlsx?${BOTH}`, admin);
  expect(xlsx.res.status).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const sheet = book.worksheets[0];
  expect(sheet.getCell('A1').value).toBe('Thời gian chờ và phục vụ theo trung tâm');
  expect(String(sheet.getCell('A2').value)).toBe(`2 trung tâm: ${summaries[0].siteName.vi}; ${OTHER_NAME}`);
  expect(sheet.getCell('A3').value).toBe('Từ ngày 02/03/2026 đến ngày 02/03/2026 (giờ Asia/Ho_Chi_Minh)');
  const headerRow = sheet.getRow(6);
  const cols = new Map<string, number>();
  headerRow.eachCell((cell, n) => cols.set(String(cell.value), n));
  expect(headerRow.getCell(1).value).toBe('Trung tâm');
  const sheetRow = (label: string) => {
    for (let r = 7; r <= sheet.rowCount; r++)
      if (sheet.getRow(r).getCell(1).value === label) return sheet.getRow(r);
    throw new Error(`no row ${label}`);
  };
  const otherRow = sheetRow(OTHER_NAME);
  expect(otherRow.getCell(cols.get('Số phiếu đã cấp') as number).value).toBe(4);
  expect(otherRow.getCell(cols.get('Vắng mặt') as number).value).toBe(1);
  expect(otherRow.getCell(cols.get('Chờ tối đa (phút)') as number).value).toBe(22);
  const totalRow = sheetRow('Tổng cộng');
  expect(otherRow.getCell(cols.get('Chờ trung vị (phút)') as number).value).toBe(11.5);
  expect(totalRow.getCell(cols.get('Chờ trung vị (phút)') as number).value).toBeNull();
  expect(totalRow.getCell(cols.get('Chờ TB (phút)') as number).value).toBe(round1(78 / 7));
  expect(totalRow.getCell(cols.get('Tỷ lệ hài lòng (%)') as number).value).toBe(75);
  expect(totalRow.font?.bold).toBe(true);
}

/** Who may read which centres. */
async function checkRoles(c: CentresServer) {
  const code = async (path: string, auth?: string) => {
    const res = await get<unknown>(c, path, auth);
    return [res.status, res.status >= 400 ? res.body.error.code : 'ok'];
  };
  const province = await c.token('tinh');
  const manager = await c.token('quanly');
  expect(await code(`/api/centre-reports/centres?${BOTH}`, province)).toEqual([200, 'ok']);
  expect(await code(`/api/centre-reports/procedures.csv?${BOTH}`, province)).toEqual([200, 'ok']);
  const ownOnly = await get<CentreSetReport>(
    c,
    `/api/centre-reports/centres?siteIds=demo&${PERIOD}`,
    manager,
  );
  expect(ownOnly.status).toBe(200);
  expect(ownOnly.body.rows.map((r) => r.key)).toEqual(['demo']);
  const refused = await get<unknown>(c, `/api/centre-reports/centres?${BOTH}`, manager);
  expect(refused.status).toBe(403);
  expect(refused.body.error.code).toBe('centres_forbidden');
  expect(refused.body.error.details.siteIds).toEqual(['other']);
  // A centre that does not exist is refused to a manager the same way: nothing is learnt of it.
  expect(await code(`/api/centre-reports/centres?siteIds=demo,nowhere&${PERIOD}`, manager)).toEqual([
    403,
    'centres_forbidden',
  ]);
  expect(await code(`/api/centre-reports/fields.xlsx?siteIds=other&${PERIOD}`, manager)).toEqual([
    403,
    'centres_forbidden',
  ]);
  expect(await code(`/api/centre-reports/centres?siteIds=demo&${PERIOD}`, await c.token('cb.demo'))).toEqual([
    403,
    'forbidden',
  ]);
  expect(await code(`/api/centre-reports/centres?siteIds=demo&${PERIOD}`)).toEqual([401, 'unauthorized']);
  expect(await code(`/api/centre-reports/centres?siteIds=demo&${PERIOD}`, c.displayKey)).toEqual([
    403,
    'forbidden',
  ]);
}

/** The codes of bad requests (as the administrator, who may read any centre). */
async function checkBadInput(c: CentresServer) {
  const admin = await c.token('admin');
  const code = async (query: string, name = 'centres') => {
    const res = await get<unknown>(c, `/api/centre-reports/${name}?${query}`, admin);
    return [res.status, res.status >= 400 ? res.body.error.code : 'ok'];
  };
  const unknown = await get<unknown>(c, `/api/centre-reports/centres?siteIds=demo,nowhere&${PERIOD}`, admin);
  expect([unknown.status, unknown.body.error.code, unknown.body.error.details.siteIds]).toEqual([
    400,
    'centres_unknown',
    ['nowhere'],
  ]);
  expect(await code('siteIds=demo&from=2026-03-03&to=2026-03-02')).toEqual([400, 'period_invalid']);
  expect(await code('siteIds=demo&from=2026-01-01&to=2027-01-02')).toEqual([400, 'period_too_long']);
  // 366 days (2024 is a leap year) is the most one report covers.
  expect(await code('siteIds=demo&from=2024-01-01&to=2024-12-31')).toEqual([200, 'ok']);
  const ids = (n: number) => Array.from({ length: n }, (_, i) => `centre-${i}`).join(',');
  expect(await code(`siteIds=${ids(201)}&${PERIOD}`)).toEqual([400, 'centres_too_many']);
  expect(await code(`siteIds=${ids(200)}&${PERIOD}`)).toEqual([400, 'centres_unknown']);
  expect(await code(`siteIds=demo,a%20b&${PERIOD}`)).toEqual([400, 'invalid_input']);
  expect(await code(`siteIds=&${PERIOD}`)).toEqual([400, 'invalid_input']);
  expect(await code(PERIOD)).toEqual([400, 'invalid_input']);
  expect(await code('siteIds=demo&from=2026-02-30&to=2026-03-02')).toEqual([400, 'invalid_input']);
  expect(await code('siteIds=demo&from=2026-03-01')).toEqual([400, 'invalid_input']);
  expect(await code(`siteIds=demo&${PERIOD}&fieldId=f-hotich`)).toEqual([400, 'invalid_input']);
  expect(await code(`siteIds=demo&${PERIOD}`, 'counters')).toEqual([404, 'not_found']);
  expect(await code(`siteIds=demo&${PERIOD}`, 'centres.pdf')).toEqual([404, 'not_found']);
}

describe('reports over a set of centres', { timeout: 60_000 }, () => {
  it('merges two centres on the file store: figures, roles, bad input, exports', async () => {
    const c = await startCentresServer();
    cleanups.push(() => c.server.close());
    await playDay(c);
    await checkFigures(c);
    await checkRoles(c);
    await checkBadInput(c);
  });

  it('gives the same on PostgreSQL', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const c = await startCentresServer(await PgStore.open(db.url, { poolSize: 4 }));
    cleanups.push(() => c.server.close());
    await playDay(c);
    await checkFigures(c);
    await checkRoles(c);
  });
});
