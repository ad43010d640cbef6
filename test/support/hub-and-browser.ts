// One real hub and one real Chromium for an e2e test file: both start (together) before the
// file's tests and close after them. Read them through the returned object inside tests.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { startTestServer, type TestServer, type TestServerOptions } from './test-server.js';

export interface HubAndBrowser {
  readonly server: TestServer;
  readonly browser: Browser;
}

/** Options, or a function that prepares them in beforeAll (e.g. starts a fake printer first). */
type Options = TestServerOptions | (() => TestServerOptions | Promise<TestServerOptions>);

/** browserArgs: Chromium flags beyond the usual ones (e.g. fakeMediaArgs()). */
export function useHubAndBrowser(options: Options = {}, browserArgs: string[] = []): HubAndBrowser {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    const opts = typeof options === 'function' ? await options() : options;
    [server, browser] = await Promise.all([startTestServer(opts), launchBrowser(browserArgs)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      if (!server) throw new Error('the hub starts in beforeAll');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll');
      return browser;
    },
  };
}
