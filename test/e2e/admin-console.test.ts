// The admin console in real Chromium against a real hub: a procedure created in the console
// appears on an open kiosk without a reload; a display paired from the console's one-time URL
// connects; every page renders (screenshots at 1440×900 in /tmp/luot-admin-shots).
import { mkdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SocketData } from '../../server/realtime/socket-data.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { connected, connectSocket, waitFor } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { signInAdmin } from './sign-in.js';

const SHOTS = '/tmp/luot-admin-shots';
const VIEWPORT = { width: 1440, height: 900 };
const e2e = useHubAndBrowser();

/** Console errors: there must be none (not even a 401 before signing in). */
const realErrors = (errors: string[]) => errors;

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

describe('admin console', { timeout: 60_000 }, () => {
  it('a procedure created in the console appears on an open kiosk without a reload', async () => {
    const kiosk = await openPage(e2e.browser, `${e2e.server.url}/kiosk/?key=${e2e.server.keys.kiosk}`, {
      width: 1080,
      height: 1920,
    });
    await kiosk.page.getByTestId('field-HT').click();
    await kiosk.page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });
    // A socket client too, to check the event itself.
    const token = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    const watcher = connectSocket(e2e.server.url, { key: e2e.server.keys.display });
    await connected(watcher);
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
    await signInAdmin(admin.page);
    await admin.page.getByTestId('nav-procedures').click();
    await admin.page.getByTestId('procedure-new').click();
    await admin.page.getByTestId('procedure-code').fill('1.999001.000.00.00.H59');
    await admin.page.getByTestId('procedure-name-vi').fill('Thủ tục tạo từ trang quản trị');
    await admin.page.getByTestId('procedure-name-en').fill('Procedure made in the console');
    await admin.page.getByTestId('procedure-field').selectOption('f-hotich');
    await admin.page.getByTestId('procedure-series').selectOption('s-a');
    await admin.page.getByTestId('procedure-time-value').fill('3');
    await admin.page.getByTestId('procedure-docs-vi').fill('Tờ khai\nCăn cước công dân');
    await admin.page.screenshot({ path: `${SHOTS}/procedure-editor.png` });
    const changed = waitFor(
      watcher,
      'catalogue:changed',
      (c: any) =>
        c.fields.some((f: any) => f.procedures.some((p: any) => p.code === '1.999001.000.00.00.H59')),
      10_000,
    );
    await admin.page.getByTestId('procedure-save').click();
    await admin.page.getByTestId('notice').waitFor();

    await changed;
    watcher.close();
    const config = await request(e2e.server.url, '/api/sites/demo/config', { auth: token });
    const created = config.body.config.procedures.find((p: any) => p.code === '1.999001.000.00.00.H59');
    expect(created).toMatchObject({
      name: { vi: 'Thủ tục tạo từ trang quản trị', en: 'Procedure made in the console' },
      fieldId: 'f-hotich',
      seriesId: 's-a',
      processingTime: { value: 3, unit: 'working_days' },
      documents: [{ vi: 'Tờ khai' }, { vi: 'Căn cước công dân' }],
    });
    await admin.page.getByTestId(`procedure-row-${created.id}`).waitFor();

    await kiosk.page.getByTestId(`procedure-${created.id}`).waitFor({ timeout: 5000 });
    expect(
      await kiosk.page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await kiosk.page.screenshot({ path: `${SHOTS}/kiosk-after-create.png` });
    expect(realErrors(admin.errors)).toEqual([]);
    await kiosk.context.close();
    await admin.context.close();
  });

  it('pairs a display with a new device key shown in the console', async () => {
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
    await signInAdmin(admin.page);
    await admin.page.getByTestId('nav-devices').click();
    await admin.page.getByTestId('device-new').click();
    await admin.page.getByTestId('device-kind').selectOption('display');
    await admin.page.getByTestId('device-name').fill('TV tầng 2');
    await admin.page.getByTestId('device-create').click();
    const urlText = (await admin.page.getByTestId('pairing-url').textContent())?.trim() ?? '';
    expect(urlText).toMatch(/\/display\/\?key=ldk_/);
    await admin.page.getByTestId('pairing-qr').waitFor();
    await admin.page.screenshot({ path: `${SHOTS}/devices-pairing.png` });
    const deviceId = e2e.server.app.store.config.devices.find((d) => d.name === 'TV tầng 2')?.id;
    expect(deviceId).toBeTruthy();

    const tv = await openPage(e2e.browser, urlText, { width: 1920, height: 1080 });
    const deadline = Date.now() + 8000;
    let paired = false;
    while (!paired && Date.now() < deadline) {
      const sockets = await e2e.server.app.realtime.io.fetchSockets();
      paired = sockets.some((s) => {
        const data = s.data as SocketData;
        return data.principal.kind === 'device' && data.principal.device.id === deviceId;
      });
      if (!paired) await new Promise((r) => setTimeout(r, 200));
    }
    expect(paired).toBe(true);
    expect(await tv.page.getByText('chưa được cấp quyền').count()).toBe(0);
    expect(new URL(tv.page.url()).search).not.toContain('key=');
    await tv.context.close();
    await admin.context.close();
  });

  it('renders every page in Vietnamese and English (screenshots)', async () => {
    // Something to watch on the monitor.
    for (let i = 0; i < 3; i++) {
      await request(e2e.server.url, '/api/sites/demo/tickets', {
        auth: e2e.server.keys.kiosk,
        body: {
          procedureId: 'p-khai-sinh',
          requestId: `admin-shots-${i}`,
          ...(i === 1 ? { priority: 'cao-tuoi' } : {}),
        },
      });
    }
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
    await admin.page.screenshot({ path: `${SHOTS}/login.png` });
    await signInAdmin(admin.page);
    const pages = [
      'overview',
      'monitor',
      'reports',
      'procedures',
      'counters',
      'staff',
      'devices',
      'settings',
    ];
    for (const id of pages) {
      await admin.page.getByTestId(`nav-${id}`).click();
      await admin.page.waitForTimeout(400);
      await admin.page.screenshot({ path: `${SHOTS}/${id}.png` });
    }
    await admin.page.getByTestId('nav-monitor').click();
    await admin.page.getByTestId('monitor-waiting').waitFor();
    expect(await admin.page.getByTestId('monitor-waiting').locator('tbody tr').count()).toBe(3);
    await admin.page.getByTestId('nav-settings').click();
    await admin.page.getByTestId('settings-tab-slip').click();
    await admin.page.getByTestId('slip-preview').waitFor();
    await admin.page.screenshot({ path: `${SHOTS}/settings-slip.png` });
    await admin.page.getByTestId('settings-tab-rating').click();
    await admin.page.screenshot({ path: `${SHOTS}/settings-rating.png` });
    await admin.page.getByTestId('settings-tab-hours').click();
    await admin.page.screenshot({ path: `${SHOTS}/settings-hours.png` });
    await admin.page.getByTestId('nav-counters').click();
    await admin.page.getByTestId('counter-edit-c1').click();
    await admin.page.screenshot({ path: `${SHOTS}/counters-edit.png` });
    await admin.page.getByTestId('lang-en').click();
    await admin.page.getByTestId('nav-monitor').click();
    await admin.page.waitForTimeout(300);
    await expect
      .poll(() => admin.page.getByTestId('nav-monitor').textContent(), { timeout: 5000 })
      .toContain('Live monitor');
    await admin.page.screenshot({ path: `${SHOTS}/monitor-en.png` });
    expect(realErrors(admin.errors)).toEqual([]);
    await admin.context.close();
  });
});
