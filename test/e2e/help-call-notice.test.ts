// A kiosk's help call reaches the officers' screens beyond the guidance desk: the admin monitor
// (here in Khmer) and a counter's screen (Vietnamese) show one notice line while the call is open,
// and it goes away once an officer answers.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { openCounter, passwordOf } from './counter-support.js';
import { shot, text } from './kiosk-support.js';
import { signIn } from './sign-in.js';

vi.setConfig({ testTimeout: 90_000 });
const e2e = useHubAndBrowser();

const notice = (page: Page) => page.getByTestId('help-call-notice');

describe('help-call notice', () => {
  it('shows an open kiosk call on the admin monitor and the counter screen until answered', async () => {
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/?lang=km`, {
      width: 1366,
      height: 768,
    });
    await signIn(admin.page, 'admin', ADMIN_PASSWORD);
    await admin.page.getByTestId('nav-monitor').click();
    await admin.page.locator('luot-monitor-page h1').waitFor();
    const counter = await openCounter(
      e2e.browser,
      e2e.server,
      'canbo1',
      passwordOf(e2e.server, 'canbo1'),
      'c1',
    );

    // No call, no notice (after at least one poll has answered).
    await admin.page.waitForTimeout(1500);
    expect(await notice(admin.page).count()).toBe(0);
    expect(await notice(counter.page).count()).toBe(0);

    const call = await request(e2e.server.url, '/api/sites/demo/help-calls', {
      auth: e2e.server.keys.kiosk,
      body: { language: 'km' },
    });
    expect(call.status).toBe(201);
    const where = call.body.call.where as string;

    await notice(admin.page).waitFor({ timeout: 15_000 });
    const adminText = await text(notice(admin.page));
    expect(adminText).toContain(where);
    expect(adminText).toContain('ត្រូវការជំនួយ');
    expect(await notice(admin.page).locator('a').getAttribute('href')).toBe('/counter/guidance');
    await shot(admin.page, 'help-call-admin-monitor-km');

    await notice(counter.page).waitFor({ timeout: 15_000 });
    const counterText = await text(notice(counter.page));
    expect(counterText).toContain(where);
    expect(counterText).toContain('Cần hỗ trợ tại');
    await shot(counter.page, 'help-call-counter');

    const token = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    const answered = await request(e2e.server.url, `/api/sites/demo/help-calls/${call.body.call.id}/answer`, {
      auth: token,
      body: {},
    });
    expect(answered.status).toBe(200);
    await notice(admin.page).waitFor({ state: 'detached', timeout: 15_000 });
    await notice(counter.page).waitFor({ state: 'detached', timeout: 15_000 });

    expect(admin.errors).toEqual([]);
    expect(counter.errors).toEqual([]);
    await admin.context.close();
    await counter.context.close();
  });
});
