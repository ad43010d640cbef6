// Every app page loads in real Chromium with no console error and shows its own content.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepText, launchBrowser, openPage } from '../support/browser.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let statusToken = '';

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const issued = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: 'smoke-0000001' },
  });
  statusToken = issued.body.statusToken;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES: { name: string; path: () => string; expectText: RegExp }[] = [
  { name: 'kiosk', path: () => `/kiosk/?key=${server.keys.kiosk}`, expectText: /Hộ tịch/ },
  { name: 'display', path: () => `/display/?key=${server.keys.display}`, expectText: /Quầy|QUẦY/ },
  { name: 'counter', path: () => '/counter/', expectText: /Đăng nhập|đăng nhập/ },
  {
    name: 'rating tablet',
    path: () => `/counter/rating?counter=1&key=${server.keys.counter}`,
    expectText: /Cảm ơn|đánh giá|Đánh giá/,
  },
  { name: 'admin', path: () => '/admin/', expectText: /Đăng nhập|đăng nhập/ },
  { name: 'phone status page', path: () => `/t/${statusToken}`, expectText: /A\d{3}/ },
];

describe('every app loads cleanly', () => {
  for (const p of PAGES) {
    it(`loads ${p.name} with no console error`, async () => {
      const { page, context, errors } = await openPage(browser, server.url + p.path());
      await expect.poll(() => deepText(page), { timeout: 10_000 }).toMatch(p.expectText);
      await page.waitForTimeout(500);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
