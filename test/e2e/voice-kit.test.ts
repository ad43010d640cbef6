// The recording kit in Chromium with a fake microphone (Chromium's fake media stream): record a
// clip, see it saved (trimmed WAV within the server's rules), preview a whole call that uses it,
// and a display of the centre loads the centre's recording; the reading style is saved per site.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openPage, requireChromium } from '../support/browser.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { expectAccessible, shot, text } from './kiosk-support.js';

vi.setConfig({ testTimeout: 90_000 });
let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  requireChromium();
  [server, browser] = await Promise.all([
    startTestServer(),
    chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: [...CHROMIUM_ARGS, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'],
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('voice recording kit', () => {
  it('records a clip with the microphone, previews a call with it, and a display loads it', async () => {
    const { page, context, errors } = await openPage(browser, `${server.url}/admin/`, {
      width: 1366,
      height: 900,
    });
    await context.grantPermissions(['microphone'], { origin: server.url });
    await page.getByTestId('login-username').fill('admin');
    await page.getByTestId('login-password').fill(ADMIN_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-tab-voice').click();
    await page.getByTestId('kit-clips').waitFor();
    expect(await text(page.getByTestId('kit-coverage'))).toMatch(/^Đã ghi 0\/\d+ tệp$/);
    expect(await text(page.getByTestId('kit-row-word_ngan'))).toContain('ngàn');

    await page.getByTestId('kit-record-num_2').click();
    await expect.poll(() => text(page.getByTestId('kit-record-num_2'))).toBe('Dừng và lưu');
    await page.waitForTimeout(1500);
    await page.getByTestId('kit-record-num_2').click();
    await expect
      .poll(() => text(page.getByTestId('kit-state-num_2')), { timeout: 15_000 })
      .toMatch(/^Đã ghi \(/);
    expect(await text(page.getByTestId('kit-coverage'))).toMatch(/^Đã ghi 1\//);
    expect(await text(page.getByTestId('kit-record-num_2'))).toBe('Ghi lại');
    await shot(page, 'voice-kit-recorded');
    await expectAccessible(page, 'voice kit');

    await page.getByTestId('kit-preview').click();
    await expect
      .poll(() => page.evaluate(() => window.__luotVoicePreview ?? null), { timeout: 15_000 })
      .not.toBeNull();
    const preview = await page.evaluate(() => window.__luotVoicePreview);
    expect(preview?.clips).toContain('num_2');
    expect(preview?.own).toBeGreaterThanOrEqual(1);
    expect(preview?.missing).toEqual([]);
    expect(await text(page.getByTestId('kit-note'))).toContain(
      'Mời công dân có số thứ tự a mười hai đến quầy số ba',
    );

    // The reading style is a setting of the site.
    await page.getByTestId('voice-reading-thousand').selectOption('ngàn');
    await page.getByTestId('voice-reading-zeroTen').selectOption('linh');
    expect(await text(page.getByTestId('voice-reading-example'))).toContain(
      'một ngàn không trăm hai mươi tư',
    );
    await page.getByTestId('voice-save').click();
    const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
    await expect
      .poll(
        async () =>
          (await request(server.url, '/api/sites/demo/config', { auth: admin })).body.settings.voice
            .readingStyle,
      )
      .toEqual({ thousand: 'ngàn', zeroTen: 'linh', fourAfterTens: 'tư' });
    expect(errors).toEqual([]);
    await context.close();

    // A display of the centre fetches the recording.
    const display = await openPage(browser, `${server.url}/display/?key=${server.keys.display}`);
    const clipUrls: string[] = [];
    display.page.on('request', (r) => {
      if (r.url().includes('/clips/vi/')) clipUrls.push(r.url());
    });
    await display.page.reload();
    await expect
      .poll(() => clipUrls.some((u) => /\/clips\/vi\/c-[0-9a-f]{16}\.wav$/.test(u)), { timeout: 20_000 })
      .toBe(true);
    await display.context.close();

    // A display told to use the built-in voice (?pack=builtin) fetches the built-in num_2 instead.
    const builtIn = await openPage(browser, `${server.url}/display/?key=${server.keys.display}&pack=builtin`);
    const builtInUrls: string[] = [];
    builtIn.page.on('request', (r) => {
      if (r.url().includes('/clips/')) builtInUrls.push(r.url());
    });
    await builtIn.page.reload();
    await expect
      .poll(() => builtInUrls.some((u) => u.endsWith('/clips/vi/num_2.ogg')), { timeout: 20_000 })
      .toBe(true);
    expect(builtInUrls.some((u) => /manifest\.json\?site=demo&pack=builtin$/.test(u))).toBe(true);
    expect(builtInUrls.filter((u) => /\/c-[0-9a-f]{16}\./.test(u))).toEqual([]);
    await builtIn.context.close();
  });
});
