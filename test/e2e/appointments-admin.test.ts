// The manager's side of appointments in real Chromium: the settings tab saves the section, the
// monitor shows today's slots (booked, checked in), and the reports' summary shows booked vs shown.
import { describe, expect, it, vi } from 'vitest';
import { formatLocalTime, instantOfLocal, localDay } from '../../shared/i18n/time.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { shot, text } from './kiosk-support.js';
import { signInAdmin } from './sign-in.js';

vi.setConfig({ testTimeout: 90_000 });
const TZ = 'Asia/Ho_Chi_Minh';
/** The server's clock: 08:00 today, so today still has slots whatever the real hour. */
let now = instantOfLocal(localDay(Date.now(), TZ), 8 * 60, TZ);
const e2e = useHubAndBrowser({ clock: () => now });

describe('appointments in the console', () => {
  it('saves the settings, shows today’s slots on the monitor and booked vs shown in the report', async () => {
    // One booking checked in, one not, today.
    const today = localDay(now, TZ);
    const slots = (
      await request(
        e2e.server.url,
        `/api/sites/demo/appointments/slots?procedureId=p-khai-sinh&date=${today}`,
      )
    ).body;
    const [first, second] = slots as { start: number }[];
    for (const [i, s] of [first, second].entries()) {
      const body = {
        procedureId: 'p-khai-sinh',
        start: s.start,
        name: 'Phạm Văn Tư',
        phone: `093000000${i}`,
        requestId: `adm-e2e-${i}-x`,
      };
      const booked = await request(e2e.server.url, '/api/sites/demo/appointments', { body });
      expect(booked.status).toBe(201);
      if (i === 0) {
        now = s.start - 60_000;
        const checkIn = await request(
          e2e.server.url,
          `/api/sites/demo/appointments/${booked.body.code}/check-in`,
          {
            body: {},
            auth: e2e.server.keys.kiosk,
          },
        );
        expect(checkIn.status).toBe(201);
      }
    }

    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, { width: 1440, height: 900 });
    await signInAdmin(admin.page);
    await admin.page.getByTestId('nav-settings').click();
    await admin.page.getByTestId('settings-tab-appointments').click();
    await admin.page.getByTestId('appt-days').fill('21');
    await admin.page.getByTestId('appt-0-capacity').fill('10');
    await shot(admin.page, 'appt-admin-settings');
    await admin.page.getByTestId('appointments-save').click();
    const token = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    await expect
      .poll(
        async () =>
          (await request(e2e.server.url, '/api/sites/demo/config', { auth: token })).body.settings
            .appointments.daysAhead,
      )
      .toBe(21);
    const saved = (await request(e2e.server.url, '/api/sites/demo/config', { auth: token })).body.settings
      .appointments;
    expect(saved.procedures[0]).toMatchObject({ procedureId: 'p-khai-sinh', capacity: 10 });

    await admin.page.getByTestId('nav-monitor').click();
    const table = admin.page.getByTestId('appt-today');
    await table.waitFor();
    const rows = await table.locator('tbody tr').allTextContents();
    expect(rows[0]).toContain(formatLocalTime(first.start, TZ));
    expect(rows[0].replace(/\s+/g, ' ')).toMatch(/Đăng ký khai sinh\s*1\s*1\s*0\s*0/);
    await shot(admin.page, 'appt-admin-monitor');

    await admin.page.getByTestId('nav-reports').click();
    await expect.poll(() => text(admin.page.getByTestId('appt-report-booked'))).toBe('2');
    expect(await text(admin.page.getByTestId('appt-report-shown'))).toBe('1');
    expect(admin.errors).toEqual([]);
    await admin.page.context().close();
  });
});
