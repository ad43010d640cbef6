// A real Lượt hub for integration and e2e tests: real files in a temp dir, the demo centre,
// a real HTTP server on a free port, and the first-start secrets handed to the test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AppOptions, createApp, type LuotApp } from '../../server/app.js';
import { type FirstStartReport, firstStart } from '../../server/bootstrap.js';
import { silentLogger } from '../../server/logger.js';
import { noPrinter, type SlipPrinter } from '../../server/services/ports.js';
import { FileStore } from '../../server/store/file-store.js';

export const ADMIN_PASSWORD = 'admin-password-for-tests';

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
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const dataDir = opts.dataDir ?? (await mkdtemp(join(tmpdir(), 'luot-test-')));
  const store = await FileStore.open(dataDir);
  const clock = opts.clock ?? Date.now;
  const report =
    (await firstStart(store, { adminPassword: ADMIN_PASSWORD, demo: true, clock })) ??
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
    logger: silentLogger,
    options: { rateLimits: { login: 10_000, public: 100_000 }, ...opts.options },
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
): Promise<{ status: number; body: any }> {
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
  return { status: res.status, body };
}

/** Signs in and returns the session token. */
export async function login(url: string, username: string, password: string): Promise<string> {
  const res = await request(url, '/api/auth/login', { body: { username, password } });
  if (res.status !== 200)
    throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}
