// The CCCD's QR code read by the kiosk's own camera (Chromium's fake camera plays a Y4M of a
// synthetic card's QR): on the priority screen the elderly priority number is taken at once, and
// nothing from the card reaches the hub's logs, its data files or the page's console.
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeMediaArgs, launchBrowser, openPage } from '../support/browser.js';
import { filesUnder } from '../support/files-under.js';
import { writeQrY4m } from '../support/qr-video.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { kioskUrl, PORTRAIT, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 90_000 });
// A synthetic card: born 1 January 1950.
const CCCD = '084050009876|341999888|Trần Thị Mẫu|01011950|Nữ|Ấp 2, Phường Trà Vinh, Tỉnh Vĩnh Long|10052022';
const SECRETS = ['084050009876', '341999888', 'Trần Thị Mẫu', '01011950'];
let server: TestServer;
let browser: Browser;
const logged: string[] = [];
const capture = (obj: object, msg?: string) => logged.push(JSON.stringify({ obj, msg }));
const logger = { debug: capture, info: capture, warn: capture, error: capture };

beforeAll(async () => {
  const video = join(await mkdtemp(join(tmpdir(), 'luot-cccd-')), 'cccd.y4m');
  await writeQrY4m(video, CCCD);
  [server, browser] = await Promise.all([startTestServer({ logger }), launchBrowser(fakeMediaArgs(video))]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('CCCD by the kiosk camera', () => {
  it('gives the elderly priority from the card held to the camera, and keeps nothing of it', async () => {
    const { page, errors } = await openPage(browser, kioskUrl(server), PORTRAIT);
    const consoleLines: string[] = [];
    page.on('console', (m) => consoleLines.push(m.text()));
    await page.getByTestId('field-HT').click();
    await page.getByTestId('procedure-p-khai-sinh').click();
    // No camera before the citizen opens the priority step.
    await page.getByTestId('take-ticket').waitFor();
    expect(await page.getByTestId('cccd-camera').count()).toBe(0);
    await page.getByTestId('priority-open').click();
    await page.getByTestId('cccd-camera').waitFor();
    await page.getByTestId('ticket-number').waitFor({ timeout: 20_000 });
    expect(await text(page.getByTestId('ticket-priority'))).toContain('Người cao tuổi');
    expect(await text(page.getByTestId('cccd-notice'))).toContain('Đã đọc thẻ CCCD');
    // The camera is off once the ticket shows.
    expect(await page.getByTestId('cccd-camera').count()).toBe(0);
    await shot(page, 'kiosk-cccd-camera-ticket');

    for (const file of await filesUnder(server.dataDir)) {
      const content = await readFile(file, 'utf8');
      for (const secret of SECRETS) expect(content.includes(secret), `${secret} in ${file}`).toBe(false);
    }
    for (const secret of SECRETS) {
      expect(logged.some((line) => line.includes(secret))).toBe(false);
      expect(consoleLines.some((line) => line.includes(secret))).toBe(false);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
