// A manager sees at once, on the admin overview, that the site's disk refuses writes (real
// Chromium, a real hub whose disk seam fails), and the warning goes once the disk is healed.
import { describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.js';
import { FaultyFs } from '../support/faulty-fs.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, request } from '../support/test-server.js';
import { signIn } from './sign-in.js';

const fs = new FaultyFs();
const e2e = useHubAndBrowser({ storeOptions: { fs }, hubOptions: { recoveryIntervalMs: 100 } });

describe('system warnings on the admin overview', { timeout: 60_000 }, () => {
  it('shows a refused disk write in Vietnamese, then clears when writes succeed', async () => {
    const admin = await openPage(e2e.browser, `${e2e.server.url}/admin/`, { width: 1440, height: 900 });
    const page = admin.page;
    await signIn(page, 'admin', ADMIN_PASSWORD);
    await page.getByTestId('nav-overview').waitFor();
    expect(await page.getByTestId('warning-storage').count()).toBe(0);

    fs.fail('datasync', 'EIO');
    const refused = await request(e2e.server.url, '/api/sites/demo/tickets', {
      auth: e2e.server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'warn-req-0001' },
    });
    expect(refused.status).toBe(503);
    await page.reload();
    await page.getByTestId('nav-overview').waitFor();
    const warning = page.getByTestId('warning-storage');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('Không ghi được dữ liệu (EIO)');
    await page.screenshot({ path: '/tmp/luot-admin-storage-warning.png' });

    fs.heal();
    for (let i = 0; i < 100 && (await request(e2e.server.url, '/health')).status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.reload();
    await page.getByTestId('nav-overview').waitFor();
    await page.waitForTimeout(500);
    expect(await page.getByTestId('warning-storage').count()).toBe(0);
  });
});
