// Two centres with real tickets for the reports over a set of centres: the demo centre and
// "Phường Khác" ('other', the demo catalogue with P1 under another local id but the same mã TTHC,
// a procedure only it has, and one without a code whose name starts like a spreadsheet formula).
// Tickets are issued, called, served, rated and marked no-show through the REST API with a clock
// the test moves. Accounts: the two managers, a province officer, a staff member of each centre.
// Works on the file store and on PostgreSQL (pass a PgStore).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../server/auth/passwords.js';
import { firstStart } from '../../server/bootstrap.js';
import { DEMO_PROCEDURES, demoSiteConfig } from '../../server/seed/index.js';
import { FileStore } from '../../server/store/file-store.js';
import type { Store } from '../../server/store/store.js';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from './test-server.js';

export const DAY = '2026-03-02';
export const ZONE = 'Asia/Ho_Chi_Minh';
export const MINUTE = 60_000;
export const PASSWORD = 'Bao-Cao-Nhieu-Trung-Tam-2026!';
export const [P1, P2] = DEMO_PROCEDURES.filter((p) => p.seriesId === 's-a');
export const ONLY_OTHER = { id: 'p-chi-phuong-khac', code: '1.999999.000.00.00.H59' };
export const NO_CODE = { id: 'p-khong-ma', name: '=HYPERLINK("http://x.invalid","Thủ tục nội bộ")' };
export const OTHER_NAME = 'Phường Khác';

export type Account = 'admin' | 'quanly' | 'quanly2' | 'tinh' | 'cb.demo' | 'cb.khac';

export interface CentresServer {
  server: TestServer;
  url: string;
  clock: { now: number };
  /** The demo centre's display key (a device that may not read reports). */
  displayKey: string;
  token(who: Account): Promise<string>;
}

/** Starts a hub with the two centres and the accounts (no tickets yet). */
export async function startCentresServer(store?: Store): Promise<CentresServer> {
  const clock = { now: instantOfLocal(DAY, 8 * 60, ZONE) };
  const s = store ?? (await FileStore.open(await mkdtemp(join(tmpdir(), 'luot-centres-'))));
  const first = await firstStart(s, {
    adminPassword: ADMIN_PASSWORD,
    demo: true,
    clock: () => clock.now,
    forcePasswordChange: false,
  });
  const passwordHash = await hashPassword(PASSWORD);
  await s.updateConfig((data) => {
    const other = demoSiteConfig('other');
    other.site.name = { vi: OTHER_NAME, en: 'Other Ward', km: 'សង្កាត់ផ្សេង' };
    const p1 = other.procedures.find((p) => p.id === P1.id);
    if (p1) p1.id = 'p-khac-p1'; // the same mã TTHC under another local id
    other.procedures.push(
      { ...P1, id: ONLY_OTHER.id, code: ONLY_OTHER.code, name: { vi: 'Thủ tục chỉ phường Khác có' } },
      { ...P1, id: NO_CODE.id, code: '', name: { vi: NO_CODE.name } },
    );
    data.sites.push({ config: other, settings: defaultSiteSettings() });
    const users: [string, string, string, 'manager' | 'province' | 'staff', string[]][] = [
      ['u-quanly', 'quanly', 'Trần Thị Quản Lý', 'manager', ['demo']],
      ['u-quanly2', 'quanly2', 'Lê Văn Khác', 'manager', ['other']],
      ['u-tinh', 'tinh', 'Nguyễn Văn Tỉnh', 'province', []],
      ['u-cb-demo', 'cb.demo', 'Phạm Thị Cán Bộ', 'staff', ['demo']],
      ['u-cb-khac', 'cb.khac', 'Võ Văn Cán Bộ', 'staff', ['other']],
    ];
    for (const [id, username, fullName, role, siteIds] of users) {
      data.users.push({
        id,
        username,
        fullName,
        role,
        siteIds,
        passwordHash,
        disabled: false,
        createdAt: clock.now,
      });
    }
  });
  const server = await startTestServer({ store: s, clock: () => clock.now });
  return {
    server,
    url: server.url,
    clock,
    displayKey: first?.devices.find((d) => d.kind === 'display')?.key ?? '',
    token: (who) => login(server.url, who, who === 'admin' ? ADMIN_PASSWORD : PASSWORD),
  };
}

/**
 * The day's tickets, one counter per centre (waits from issue to first call, services from start
 * to finish, in minutes; the series' target wait is 15):
 *   demo   P1 wait 4 serve 6 (rated 3) · P1 wait 9 serve 8 (rated 1) · P2 wait 16 no-show
 *   other  P1 wait 4 serve 3 (rated 3) · only-other wait 6 serve 12 · no-code wait 17 serve 5 (rated 3)
 *          · P2 wait 22 no-show
 */
export async function playDay(c: CentresServer): Promise<void> {
  const advance = (m: number) => {
    c.clock.now += m * MINUTE;
  };
  const ok = async (path: string, auth: string, body: unknown = {}) => {
    const res = await request(c.url, path, { auth, body });
    if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const centre = async (siteId: string, who: Account) => {
    const auth = await c.token(who);
    const ids: string[] = [];
    let n = 0;
    return {
      issue: async (procedureId: string) => {
        const r = await ok(`/api/sites/${siteId}/tickets`, auth, {
          procedureId,
          requestId: `${siteId}-req-${++n}`,
        });
        ids.push(r.ticket?.id ?? r.id);
      },
      counter: (action: string, body: unknown = {}) =>
        ok(`/api/sites/${siteId}/counters/c1/${action}`, auth, body),
      serve: async (i: number, minutes: number, level?: number) => {
        const counter = (action: string, body: unknown = {}) =>
          ok(`/api/sites/${siteId}/counters/c1/${action}`, auth, body);
        await counter('call-next');
        await counter('start');
        advance(minutes);
        await counter('finish');
        if (level)
          await counter(
            'rating',
            level < 3 ? { ticketId: ids[i], level, reasons: ['wait'] } : { ticketId: ids[i], level },
          );
      },
    };
  };
  const demo = await centre('demo', 'cb.demo');
  await demo.counter('sign-in');
  await demo.issue(P1.id); // 08:00
  advance(1);
  await demo.issue(P1.id); // 08:01
  advance(1);
  await demo.issue(P2.id); // 08:02
  advance(2);
  await demo.serve(0, 6, 3); // called 08:04
  await demo.serve(1, 8, 1); // called 08:10
  await demo.counter('call-next');
  advance(2);
  await demo.counter('no-show');

  const other = await centre('other', 'cb.khac');
  await other.counter('sign-in');
  await other.issue('p-khac-p1');
  advance(1);
  await other.issue(ONLY_OTHER.id);
  advance(1);
  await other.issue(NO_CODE.id);
  await other.issue(P2.id);
  advance(2);
  await other.serve(0, 3, 3);
  await other.serve(1, 12);
  await other.serve(2, 5, 3);
  await other.counter('call-next');
  advance(2);
  await other.counter('no-show');
}
