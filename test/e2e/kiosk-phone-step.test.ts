// The kiosk's optional phone step in real Chromium, against a real hub and a fake SMS gateway on
// loopback: after taking a number the citizen types a mobile number on the keypad, reads the
// consent text and sends it; a wrong number is refused in Vietnamese; the gateway then gets the
// "turn near" message for that number. Without a gateway the step is not offered.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 60_000 });
let server: TestServer;
let browser: Browser;
let gateway: Server;
let admin: string;
const hits: { to: string; text: string }[] = [];
const TEMPLATES = {
  'turn-near': { templateId: 't1', text: { vi: 'Số {number} sắp đến lượt, còn {ahead} người.' } },
  called: { templateId: 't2', text: { vi: 'Mời số {number} đến quầy {counter}.' } },
  'rate-us': { templateId: 't3', text: { vi: 'Cảm ơn ông/bà đã đến {centre}.' } },
};

async function gatewayOn(on: boolean): Promise<void> {
  const port = (gateway.address() as AddressInfo).port;
  const res = await request(server.url, '/api/sites/demo/integrations/settings', {
    auth: admin,
    method: 'PUT',
    body: {
      turnNearAhead: 5,
      dossierLinkTemplate: null,
      gateway: on
        ? { url: `http://127.0.0.1:${port}/send`, format: 'sms-json', headers: {}, templates: TEMPLATES }
        : null,
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
  gateway = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => {
      raw += c.toString('utf8');
    });
    req.on('end', () => {
      hits.push(JSON.parse(raw));
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve));
  [server, browser] = await Promise.all([
    startTestServer({ options: { integrations: { allowPrivate: true } } }),
    launchBrowser(),
  ]);
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => gateway?.close(resolve));
});

describe('kiosk: phone number for messages', () => {
  it('is not offered when the centre has no message gateway', async () => {
    await gatewayOn(false);
    const { page, errors } = await openPage(browser, kioskUrl(server), PORTRAIT);
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
    const { page, errors } = await openPage(browser, kioskUrl(server), PORTRAIT);
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
      const res = await request(server.url, `/api/sites/demo/counters/c1/${action}`, {
        auth: server.keys.counter,
        body: {},
      });
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
    }
    await expect
      .poll(() => hits.find((h) => h.text.includes(number))?.to, { timeout: 15_000 })
      .toBe('84912345678');
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
