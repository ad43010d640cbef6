// The recording kit in Chromium with a fake microphone (Chromium's fake media stream): record a
// clip, see it saved (trimmed WAV within the server's rules), preview a whole call that uses it,
// and a display of the centre loads the centre's recording; the reading style is saved per site.
import { describe, expect, it, vi } from 'vitest';
import { fakeMediaArgs, openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';
import { expectAccessible, shot, text } from './kiosk-support.js';
import { signIn } from './sign-in.js';

vi.setConfig({ testTimeout: 90_000 });
const e2e = useHubAndBrowser({}, fakeMediaArgs());

describe('voice recording kit', () => {
  it('records a clip with the microphone, previews a call with it, and a display loads it', async () => {
    const { page, context, errors } = await openPage(e2e.browser, `${e2e.server.url}/admin/`, {
      width: 1366,
      height: 900,
    });
    await context.grantPermissions(['microphone'], { origin: e2e.server.url });
    await signIn(page, 'admin', ADMIN_PASSWORD);
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
    const admin = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
    await expect
      .poll(
        async () =>
          (await request(e2e.server.url, '/api/sites/demo/config', { auth: admin })).body.settings.voice
            .readingStyle,
      )
      .toEqual({ thousand: 'ngàn', zeroTen: 'linh', fourAfterTens: 'tư' });
    expect(errors).toEqual([]);
    await context.close();

    // A display of the centre fetches the recording.
    const display = await openPage(e2e.browser, `${e2e.server.url}/display/?key=${e2e.server.keys.display}`);
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
    const builtIn = await openPage(
      e2e.browser,
      `${e2e.server.url}/display/?key=${e2e.server.keys.display}&pack=builtin`,
    );
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
