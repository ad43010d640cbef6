// A newcomer's set-up day in real Chromium: a TV paired by typing a short code shows the calls and
// keeps no key in its address, history or storage; an old ?key= link is consumed the same way;
// the console lists who is connected; a new officer's password is shown once on a slip and must
// be changed at the first sign-in (console and counter). Screenshots in /tmp/luot-setup-shots.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { signIn } from './sign-in.js';

const SHOTS = '/tmp/luot-setup-shots';
const VIEWPORT = { width: 1440, height: 900 };
const e2e = useHubAndBrowser();

/** What the page itself can see of a device key: address, storage, readable cookies. */
async function keyTraces(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    if (location.href.includes('ldk_')) found.push(`url ${location.href}`);
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i) ?? '';
      if ((localStorage.getItem(k) ?? '').includes('ldk_')) found.push(`localStorage ${k}`);
    }
    for (let i = 0; i < sessionStorage.length; i++) {
      const k = sessionStorage.key(i) ?? '';
      if ((sessionStorage.getItem(k) ?? '').includes('ldk_')) found.push(`sessionStorage ${k}`);
    }
    if (document.cookie.includes('ldk_')) found.push('document.cookie');
    return found;
  });
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

describe('pairing a TV by a short code', { timeout: 60_000 }, () => {
  it('the code typed once pairs the TV, which shows calls and keeps no key anywhere the page can read', async () => {
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
    await signIn(admin.page, 'admin', ADMIN_PASSWORD);
    await admin.page.getByTestId('nav-devices').click();
    await admin.page.getByTestId('device-new').click();
    await admin.page.getByTestId('device-kind').selectOption('display');
    await admin.page.getByTestId('device-name').fill('TV tầng 3');
    await admin.page.getByTestId('device-create').click();
    const code = ((await admin.page.getByTestId('pairing-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await admin.page.screenshot({ path: `${SHOTS}/devices-pairing-code.png` });
    const deviceId = e2e.server.app.store.config.devices.find((d) => d.name === 'TV tầng 3')?.id ?? '';

    const tv = await openPage(e2e.browser, `${e2e.server.url}/pair`, { width: 1920, height: 1080 });
    await tv.page.screenshot({ path: `${SHOTS}/pair-page.png` });
    // Typed as a person would: lower case, with a space.
    await tv.page.getByTestId('pair-code').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await tv.page.getByTestId('pair-submit').click();
    await tv.page.waitForURL(`${e2e.server.url}/display/`);
    await tv.page.getByTestId('current-call').waitFor();

    // A call made now reaches the TV.
    const issued = await request(e2e.server.url, '/api/sites/demo/tickets', {
      auth: e2e.server.keys.kiosk,
      body: { procedureId: firstProcedure(), requestId: `pair-e2e-${Date.now()}` },
    });
    expect(issued.status).toBe(201);
    const called = await request(e2e.server.url, '/api/sites/demo/counters/c1/call-next', {
      auth: e2e.server.keys.counter,
      body: {},
    });
    expect(called.status).toBe(200);
    const number = called.body.ticket.displayNumber as string;
    await expect
      .poll(() => tv.page.getByTestId('current-call').getAttribute('data-number'), { timeout: 5000 })
      .toBe(number);

    expect(await keyTraces(tv.page)).toEqual([]);
    const cookies = await tv.context.cookies();
    const device = cookies.find((c) => c.name === 'luot_device');
    expect(device?.httpOnly).toBe(true);
    expect(device?.value.startsWith(`ldk_${deviceId}_`)).toBe(true);
    await tv.page.screenshot({ path: `${SHOTS}/tv-paired.png` });

    // The console shows the TV as connected.
    await admin.page.reload();
    await admin.page.getByTestId('nav-devices').click();
    await expect
      .poll(() => admin.page.getByTestId(`presence-${deviceId}`).textContent(), { timeout: 5000 })
      .toContain('Đang kết nối');
    await admin.page.screenshot({ path: `${SHOTS}/devices-presence.png`, fullPage: true });
    await tv.context.close();
    await admin.context.close();
  });

  it('an old ?key= link is consumed by a redirect: no history entry and no storage keeps the key', async () => {
    const tv = await openPage(
      e2e.browser,
      `${e2e.server.url}/display/?zone=A&key=${e2e.server.keys.display}`,
    );
    await tv.page.getByTestId('current-call').waitFor();
    expect(tv.page.url()).toBe(`${e2e.server.url}/display/?zone=A`);
    expect(await keyTraces(tv.page)).toEqual([]);
    // The only entries: the new tab's blank page and the page without the key.
    expect(await tv.page.evaluate(() => history.length)).toBe(2);
    await tv.page.goBack();
    expect(tv.page.url()).toBe('about:blank');
    await tv.context.close();
  });

  it('a key left in localStorage by an older version is moved into the cookie and removed', async () => {
    const tv = await openPage(e2e.browser, `${e2e.server.url}/pair`);
    await tv.page.evaluate((key) => localStorage.setItem('luot.deviceKey', key), e2e.server.keys.display);
    await tv.page.goto(`${e2e.server.url}/display/`);
    await tv.page.waitForURL(`${e2e.server.url}/display/`);
    await tv.page.getByTestId('current-call').waitFor();
    expect(await keyTraces(tv.page)).toEqual([]);
    expect((await tv.context.cookies()).find((c) => c.name === 'luot_device')?.value).toBe(
      e2e.server.keys.display,
    );
    await tv.context.close();
  });
});

describe('passwords on the first day', { timeout: 60_000 }, () => {
  it('a new officer gets a one-time slip, then must choose a password at the first counter sign-in', async () => {
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
    await signIn(admin.page, 'admin', ADMIN_PASSWORD);
    await admin.page.getByTestId('nav-overview').waitFor();
    await admin.page.getByTestId('nav-staff').click();
    await admin.page.getByTestId('user-new').click();
    await admin.page.getByTestId('user-username').fill('canbo-moi');
    await admin.page.getByTestId('user-fullname').fill('Trần Thị Mới');
    await admin.page.getByTestId('user-save').click();
    const password = ((await admin.page.getByTestId('slip-password').textContent()) ?? '').trim();
    expect(password.length).toBeGreaterThanOrEqual(10);
    await admin.page.screenshot({ path: `${SHOTS}/staff-login-slip.png` });
    await admin.page.getByTestId('slip-close').click();
    expect(await admin.page.getByTestId('slip-password').count()).toBe(0);

    const counter = await openPage(e2e.browser, `${e2e.server.url}/counter/`, VIEWPORT);
    await signIn(counter.page, 'canbo-moi', password);
    await counter.page.getByTestId('password-dialog').waitFor();
    await counter.page.screenshot({ path: `${SHOTS}/counter-forced-password.png` });
    await counter.page.getByTestId('password-current').fill(password);
    await counter.page.getByTestId('password-next').fill('matkhau123');
    await counter.page.getByTestId('password-repeat').fill('matkhau123');
    await counter.page.getByTestId('password-save').click();
    await expect
      .poll(() => counter.page.getByTestId('password-error').textContent(), { timeout: 5000 })
      .toContain('phổ biến');
    await counter.page.getByTestId('password-next').fill('Bến Nghé quận 1');
    await counter.page.getByTestId('password-repeat').fill('Bến Nghé quận 1');
    await counter.page.getByTestId('password-save').click();
    await expect.poll(() => counter.page.getByTestId('password-dialog').count(), { timeout: 5000 }).toBe(0);
    await login(e2e.server.url, 'canbo-moi', 'Bến Nghé quận 1');
    await counter.context.close();
    await admin.context.close();
  });

  it('a manager with a given password must change it before the console opens; "Đổi mật khẩu" stays in the header', async () => {
    const admin = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    const created = await request(e2e.server.url, '/api/users', {
      auth: admin,
      body: {
        username: 'quanly-moi',
        fullName: 'Lê Văn Quản',
        role: 'manager',
        siteIds: ['demo'],
        password: 'tam-thoi-2025',
      },
    });
    expect(created.status).toBe(201);
    const { page, context } = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
    await signIn(page, 'quanly-moi', 'tam-thoi-2025');
    await page.getByTestId('password-dialog').waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-forced-password.png` });
    await page.getByTestId('password-current').fill('tam-thoi-2025');
    await page.getByTestId('password-next').fill('hoa-phuong-do-7');
    await page.getByTestId('password-repeat').fill('hoa-phuong-do-7');
    await page.getByTestId('password-save').click();
    await expect.poll(() => page.getByTestId('password-dialog').count(), { timeout: 5000 }).toBe(0);
    await expect
      .poll(() => page.getByTestId('notice').textContent(), { timeout: 5000 })
      .toContain('Đã đổi mật khẩu');
    // Red warning: the test hub listens on 127.0.0.1 only, so its links are loopback links.
    expect(await page.getByTestId('loopback-warning').textContent()).toContain('LUOT_PUBLIC_URL');
    await page.reload();
    await page.getByTestId('change-password').waitFor();
    expect(await page.getByTestId('password-dialog').count()).toBe(0);
    await page.getByTestId('change-password').click();
    await page.getByTestId('password-dialog').waitFor();
    await page.screenshot({ path: `${SHOTS}/admin-change-password.png` });
    await context.close();
  });
});

let procedureId = '';
function firstProcedure(): string {
  if (!procedureId) {
    const site = e2e.server.app.hubs.get('demo');
    procedureId =
      site?.config.procedures.find(
        (p) => !p.retired && site.config.counters[0].series.some((s) => s.seriesId === p.seriesId),
      )?.id ?? '';
  }
  return procedureId;
}
