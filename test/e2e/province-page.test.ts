// The province view in real Chromium against a hub on PostgreSQL: a province officer signs in,
// lands on "Toàn tỉnh", sees both centres ranked with the one where citizens wait and no counter
// is open flagged first, has no menu entry for configuration, and reads the page in Vietnamese,
// English and Khmer (screenshots in /tmp/luot-province-shots).
import { mkdir } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { deepText, launchBrowser, openPage } from '../support/browser.js';
import { createTestDatabase, type TestDatabase } from '../support/pg-database.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import type { Browser } from 'playwright-core';
import { signIn } from './sign-in.js';

const SHOTS = '/tmp/luot-province-shots';
const FIRST_PASSWORD = 'Tinh-VinhLong-2026!';
const PASSWORD = 'Cuu-Long-Giang-2026!';
let db: TestDatabase;
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  db = await createTestDatabase();
  server = await startTestServer({ store: await PgStore.open(db.url, { poolSize: 4 }) });
  browser = await launchBrowser();
  const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  await request(server.url, '/api/admin/sites', {
    auth: admin,
    body: {
      id: 'long-ho',
      name: { vi: 'Xã Long Hồ', en: 'Long Ho Commune' },
      ward: { vi: 'Xã Long Hồ', en: 'Long Ho Commune' },
      province: { vi: 'Vĩnh Long', en: 'Vinh Long' },
      timeZone: 'Asia/Ho_Chi_Minh',
      openingHours: {},
      holidays: [],
    },
  });
  await request(server.url, '/api/users', {
    auth: admin,
    body: {
      username: 'tinh.vl',
      password: FIRST_PASSWORD,
      fullName: 'Cán bộ tỉnh',
      role: 'province',
      siteIds: [],
    },
  });
  // A new account changes the password it was given before anything else.
  const first = await login(server.url, 'tinh.vl', FIRST_PASSWORD);
  await request(server.url, '/api/auth/password', {
    auth: first,
    body: { current: FIRST_PASSWORD, next: PASSWORD },
  });
  // Citizens wait at the demo centre, where no counter is open.
  for (let i = 0; i < 3; i++) {
    await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: `province-shot-${i}` },
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.drop();
});

describe('province page', { timeout: 60_000 }, () => {
  it('ranks the centres, flags the one that needs help, in three languages', async () => {
    const { page, errors } = await openPage(browser, `${server.url}/admin/`, { width: 1440, height: 900 });
    await signIn(page, 'tinh.vl', PASSWORD);
    await page.getByTestId('province-table').waitFor();
    const rows = page.getByTestId('province-row');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.first().getAttribute('data-centre')).toBe('demo');
    expect(await rows.first().getByTestId('province-help').count()).toBe(1);
    expect(await page.getByTestId('province-waiting').textContent()).toBe('3');
    // Read only: no configuration pages in the menu.
    for (const id of ['procedures', 'counters', 'staff', 'devices', 'settings'])
      expect(await page.getByTestId(`nav-${id}`).count()).toBe(0);
    const vi = await deepText(page);
    expect(vi).toContain('Các trung tâm trong tỉnh');
    expect(vi).toContain('Cần hỗ trợ');
    await page.screenshot({ path: `${SHOTS}/province-vi.png` });
    await page.getByTestId('lang-en').click();
    expect(await deepText(page)).toContain('Centres of the province');
    await page.screenshot({ path: `${SHOTS}/province-en.png` });
    await page.getByTestId('lang-km').click();
    expect(await deepText(page)).toContain('មជ្ឈមណ្ឌលក្នុងខេត្ត');
    await page.screenshot({ path: `${SHOTS}/province-km.png` });
    expect(errors).toEqual([]);
  });
});
