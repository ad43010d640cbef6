// A test hub for the report tests: the demo centre plus a second centre ('other'), a manager of
// each, and a clock the test moves. Returns the first-start secrets (device keys, officers).
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { firstStart, type FirstStartReport } from '../../server/bootstrap.js';
import { hashPassword } from '../../server/auth/passwords.js';
import { demoSiteConfig } from '../../server/seed/index.js';
import { FileStore } from '../../server/store/file-store.js';
import { seedHistory } from './reports-history-seed.js';
import { ADMIN_PASSWORD, login, startTestServer, type TestServer } from './test-server.js';

export const MANAGER_PASSWORD = 'manager-password-for-tests';
export const ZONE = 'Asia/Ho_Chi_Minh';
export const MINUTE = 60_000;

export interface ReportsServer {
  server: TestServer;
  url: string;
  first: FirstStartReport;
  clock: { now: number; at(day: string, minutes: number): void; advance(minutes: number): void };
  keys: Record<'kiosk' | 'display' | 'counter' | 'integration', string>;
  token(user: 'admin' | 'quanly' | 'quanly2' | 'canbo1' | 'canbo2'): Promise<string>;
}

export async function startReportsServer(
  day = '2026-03-02',
  startMinutes = 8 * 60,
  opts: { historyDays?: number } = {},
): Promise<ReportsServer> {
  const clock = {
    now: instantOfLocal(day, startMinutes, ZONE),
    at(d: string, minutes: number) {
      clock.now = instantOfLocal(d, minutes, ZONE);
    },
    advance(minutes: number) {
      clock.now += minutes * MINUTE;
    },
  };
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-reports-'));
  const store = await FileStore.open(dataDir);
  const first = await firstStart(store, {
    adminPassword: ADMIN_PASSWORD,
    demo: true,
    clock: () => clock.now,
  });
  if (!first) throw new Error('first start did not run');
  const passwordHash = await hashPassword(MANAGER_PASSWORD);
  await store.updateConfig((data) => {
    data.sites.push({ config: demoSiteConfig('other'), settings: defaultSiteSettings() });
    for (const [id, username, fullName, siteId] of [
      ['u-quanly', 'quanly', 'Trần Thị Quản Lý', 'demo'],
      ['u-quanly2', 'quanly2', 'Lê Văn Khác', 'other'],
    ]) {
      data.users.push({
        id,
        username,
        fullName,
        role: 'manager',
        siteIds: [siteId],
        passwordHash,
        disabled: false,
        createdAt: clock.now,
      });
    }
  });
  await store.close();
  if (opts.historyDays) {
    const demo = store.config.sites.find((x) => x.config.site.id === 'demo');
    if (demo) await seedHistory(dataDir, demo.config, day, opts.historyDays);
  }
  const server = await startTestServer({ dataDir, clock: () => clock.now });
  const key = (kind: string) => first.devices.find((d) => d.kind === kind)?.key ?? '';
  const passwords: Record<string, string> = {
    admin: ADMIN_PASSWORD,
    quanly: MANAGER_PASSWORD,
    quanly2: MANAGER_PASSWORD,
  };
  for (const o of first.officers) passwords[o.username] = o.password;
  return {
    server,
    url: server.url,
    first,
    clock,
    keys: {
      kiosk: key('kiosk'),
      display: key('display'),
      counter: key('counter'),
      integration: key('integration'),
    },
    token: (user) => login(server.url, user, passwords[user] ?? ''),
  };
}
