// At local midnight the closed day is summarised for reports at once (its cache file appears).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('report cache at midnight', () => {
  it('writes the closed day cache when the day rolls over', async () => {
    const clock = { t: instantOfLocal('2026-03-02', 23 * 60 + 50, 'Asia/Ho_Chi_Minh') };
    server = await startTestServer({ clock: () => clock.t });
    const issued = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'midnight-0001' },
    });
    expect(issued.status).toBe(201);
    const cache = join(server.dataDir, 'reports-cache', 'demo', '2026-03-02.bin');
    expect(existsSync(cache)).toBe(false);
    clock.t = instantOfLocal('2026-03-03', 1, 'Asia/Ho_Chi_Minh');
    expect(await server.app.hubs.get('demo')?.rollDay()).toBe(true);
    await expect.poll(() => existsSync(cache), { timeout: 5000 }).toBe(true);
  });
});
