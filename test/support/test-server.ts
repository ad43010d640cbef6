// A real Lượt hub for integration and e2e tests: real files in a temp dir, the demo centre,
// a real HTTP server on a free port, and the first-start secrets handed to the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp, type LuotApp } from '../../server/app.js';
import { type FirstStartReport, firstStart } from '../../server/bootstrap.js';
import { silentLogger } from '../../server/logger.js';
import { type Logger, noPrinter, type SlipPrinter } from '../../server/services/ports.js';
import type { HubOptions } from '../../server/hub/site-hub.js';
import { FileStore, type FileStoreOptions } from '../../server/store/file-store.js';
import type { Store } from '../../server/store/store.js';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

const GENEROUS_RULE = { freeFailures: 10_000, baseDelayMs: 1, maxDelayMs: 1, forgetAfterMs: 60_000 };
const GENEROUS_THROTTLE = { perUsername: GENEROUS_RULE, perIp: GENEROUS_RULE };

export interface TestServer {
  url: string;
  app: LuotApp;
  dataDir: string;
  report: FirstStartReport;
  /** Device keys of the demo centre by kind. */
  keys: { kiosk: string; display: string; counter: string; integration: string };
  close(): Promise<void>;
}

export interface TestServerOptions {
  dataDir?: string;
  clock?: () => number;
  printer?: SlipPrinter;
  options?: AppOptions;
  /** Keep the data directory after close (restart tests). */
  keepData?: boolean;
  port?: number;
  /** The disk seam and other store options (fault-injection tests). */
  storeOptions?: FileStoreOptions;
  hubOptions?: HubOptions;
  /** Where the hub logs (default: nowhere). */
  logger?: Logger;
  /** Another store than a FileStore in dataDir (e.g. a PgStore). */
  store?: Store;
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'luot-test-')));
  const store = opts.store ?? (await FileStore.open(dataDir, opts.storeOptions));
  const clock = opts.clock ?? Date.now;
  const report =
    (await firstStart(store, {
      adminPassword: ADMIN_PASSWORD,
      demo: true,
      clock,
      // The demo officers sign in straight to their counters in tests; the forced change has its own.
      forcePasswordChange: false,
    })) ??
    ({
      admin: { username: 'admin', password: null, generated: false },
      officers: [],
      devices: [],
      siteId: 'demo',
    } as FirstStartReport);
  const app = await createApp({
    store,
    printer: opts.printer ?? noPrinter,
    clock,
    logger: opts.logger ?? silentLogger,
    hubOptions: opts.hubOptions,
    // Tests burst on purpose: the limits get their own tests (test/integration/limits-*.test.ts).
    options: {
      rateLimits: { public: 100_000 },
      signInThrottle: GENEROUS_THROTTLE,
      issueLimits: { perMinute: 100_000, perHour: 1_000_000 },
      ...opts.options,
    },
  });
  const url = await app.listen(opts.port ?? 0, '127.0.0.1');
  const key = (kind: string) => report.devices.find((d) => d.kind === kind)?.key ?? '';
  return {
    url,
    app,
    dataDir,
    report,
    keys: {
      kiosk: key('kiosk'),
      display: key('display'),
      counter: key('counter'),
      integration: key('integration'),
    },
    async close() {
      await app.close();
      if (!opts.keepData) await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** JSON request helper: returns status and parsed body. */
export async function request(
  url: string,
  path: string,
  opts: { method?: string; body?: unknown; auth?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.body !== undefined) headers['content-type'] = 'application/json';
  if (opts.auth) headers.authorization = `Bearer ${opts.auth}`;
  const res = await fetch(url + path, {
    method: opts.method ?? (opts.body === undefined ? 'GET' : 'POST'),
    headers,
    body:
      opts.body === undefined
        ? undefined
        : typeof opts.body === 'string'
          ? opts.body
          : JSON.stringify(opts.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // not JSON
  }
  return { status: res.status, body, headers: res.headers };
}

/** Signs in and returns the session token. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await request(url, '/api/auth/login', { body: { username, password } });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}
