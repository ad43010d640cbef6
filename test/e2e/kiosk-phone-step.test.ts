// The kiosk's optional phone step in real Chromium, against a real hub and a fake SMS gateway on
// loopback: after taking a number the citizen types a mobile number on the keypad, reads the
// consent text and sends it; a wrong number is refused in Vietnamese; the gateway then gets the
// "turn near" message for that number. Without a gateway the step is not offered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { type FakeGateway, startFakeGateway } from '../support/fake-gateway.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
let gateway: FakeGateway;
// Registered first, so it runs last: the gateway goes after the hub.
afterAll(async () => {
  await gateway?.close();
});
const e2e = useHubAndBrowser({ options: { integrations: { allowPrivate: true } } });
let admin: string;
const TEMPLATES = {
  'turn-near': { templateId: 't1', text: { vi: 'Số {number} sắp đến lượt, còn {ahead} người.' } },
  called: { templateId: 't2', text: { vi: 'Mời số {number} đến quầy {counter}.' } },
  'rate-us': { templateId: 't3', text: { vi: 'Cảm ơn ông/bà đã đến {centre}.' } },
};

async function gatewayOn(on: boolean): Promise<void> {
  const res = await request(e2e.server.url, '/api/sites/demo/integrations/settings', {
    auth: admin,
    method: 'PUT',
    body: {
      turnNearAhead: 5,
      dossierLinkTemplate: null,
      gateway: on ? { url: gateway.url, format: 'sms-json', headers: {}, templates: TEMPLATES } : null,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function takeNumber(page: Page): Promise<string> {
  await page.getByTestId('field-HT').click();
  await page.getByTestId('procedure-p-khai-sinh').click();
  await page.getByTestId('take-ticket').click();
  return (await text(page.getByTestId('ticket-number'))).trim();
}

beforeAll(async () => {
  gateway = await startFakeGateway('{"ok":true}');
  admin = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
});

describe('kiosk: phone number for messages', () => {
  it('is not offered when the centre has no message gateway', async () => {
    await gatewayOn(false);
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    await takeNumber(page);
    await page.getByTestId('ticket-done').waitFor();
    // The ticket screen is complete (its status answered) and no phone step is there.
    await page.waitForLoadState('networkidle');
    expect(await page.getByTestId('kiosk-phone-open').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('takes a valid mobile number with consent; refuses a wrong one; the gateway gets the message', async () => {
    await gatewayOn(true);
    const { page, errors } = await openPage(e2e.browser, kioskUrl(e2e.server), PORTRAIT);
    const number = await takeNumber(page);
    await page.getByTestId('kiosk-phone-open').click();
    expect(await text(page.getByTestId('kiosk-phone-consent'))).toContain('Nghị định 13/2023/NĐ-CP');
    for (const d of '0212345678') await page.getByTestId(`kiosk-phone-key-${d}`).click();
    await page.getByTestId('kiosk-phone-send').click();
    expect(await text(page.getByTestId('kiosk-phone-error'))).toBe(
      'Số điện thoại di động chưa đúng (ví dụ 0912 345 678).',
    );
    for (let i = 0; i < 10; i++) await page.getByTestId('kiosk-phone-key-erase').click();
    for (const d of '0912345678') await page.getByTestId(`kiosk-phone-key-${d}`).click();
    expect(await text(page.getByTestId('kiosk-phone-value'))).toBe('0912 345 678');
    await shot(page, 'kiosk-phone-step');
    await page.getByTestId('kiosk-phone-send').click();
    expect(await text(page.getByTestId('kiosk-phone-done'))).toBe('Sẽ gửi tin nhắn tới số 0912 345 678.');
    await shot(page, 'kiosk-phone-done');
    // The counter calls the queue: the messages for this number go out (turn near, called).
    for (const action of ['call-next', 'no-show', 'call-next']) {
      const res = await request(e2e.server.url, `/api/sites/demo/counters/c1/${action}`, {
        auth: e2e.server.keys.counter,
        body: {},
      });
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    await expect
      .poll(() => gateway.hits.find((h) => h.body.text.includes(number))?.body.to, { timeout: 15_000 })
      .toBe('84912345678');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
