// Wall display figures in real Chromium on loopback:
// - call-next → the number in the display's DOM: p50/p99 over ~100 calls, timed in the page
//   (performance.now() right before the page's own fetch of call-next, and a MutationObserver on
//   the current-call panel);
// - the display's JS, gzipped (the scripts dist/display/index.html loads);
// - the JS heap after 100 calls and after 10,000 calls, after a forced GC (Chromium launched with
//   --js-flags=--expose-gc), with the voice on and off.
// Run alone with `npx tsx test/bench/display.ts`; benchDisplay() prints nothing itself.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { FileStore } from '../../server/store/file-store.js';
import { launchBrowser, requireChromium } from '../support/browser.js';
import { login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { pageJsBytes } from './bundle-size.js';
import { percentile } from './stats.js';

const LATENCY_CALLS = 100;
const HEAP_CALLS = 10_000;

interface Lane {
  counterId: string;
  auth: string;
  procedureId: string;
}

/** A hub whose series wrap instead of running out, so that 10,000 tickets fit in one day. */
async function wrappingServer(): Promise<{ server: TestServer; lanes: Lane[] }> {
  const seed = await startTestServer({ keepData: true });
  const { dataDir, keys, report } = seed;
  await seed.close();
  const store = await FileStore.open(dataDir);
  await store.updateConfig((data) => {
    for (const site of data.sites)
      for (const series of site.config.series) Object.assign(series, { onExhausted: 'wrap', dailyCap: 0 });
  });
  await store.close();
  const server = await startTestServer({ dataDir });
  const snapshot = (await request(server.url, '/api/sites/demo/snapshot', { auth: keys.integration })).body;
  const catalogue = (await request(server.url, '/api/sites/demo/catalogue')).body;
  const procedureOf = (seriesId: string): string =>
    catalogue.fields
      .flatMap((f: { procedures: { id: string; seriesId: string }[] }) => f.procedures)
      .find((p: { seriesId: string }) => p.seriesId === seriesId).id;
  const seriesOf = (counterId: string): string =>
    snapshot.counters.find((c: { id: string }) => c.id === counterId).seriesIds[0];
  const lanes: Lane[] = [{ counterId: 'c1', auth: keys.counter, procedureId: procedureOf(seriesOf('c1')) }];
  for (const [i, officer] of report.officers.entries()) {
    const counterId = ['c3', 'c4', 'c5'][i];
    const token = await login(server.url, officer.username, officer.password);
    await request(server.url, `/api/sites/demo/counters/${counterId}/sign-in`, { body: {}, auth: token });
    lanes.push({ counterId, auth: token, procedureId: procedureOf(seriesOf(counterId)) });
  }
  return { server: Object.assign(server, { keys }), lanes };
}

async function post(server: TestServer, path: string, auth: string, body: object = {}): Promise<unknown> {
  const res = await request(server.url, path, { body, auth });
  if (res.status >= 300) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

let requestN = 0;
async function issue(server: TestServer, lane: Lane): Promise<void> {
  await post(server, '/api/sites/demo/tickets', server.keys.kiosk, {
    procedureId: lane.procedureId,
    requestId: `bench-${requestN++}-${Date.now()}`,
  });
}

/** One call on a lane: call the next ticket, mark it absent (frees the counter). */
async function cycle(server: TestServer, lane: Lane): Promise<void> {
  await post(server, `/api/sites/demo/counters/${lane.counterId}/call-next`, lane.auth);
  await post(server, `/api/sites/demo/counters/${lane.counterId}/no-show`, lane.auth);
}

/** `calls` calls spread over the lanes: tickets are taken in parallel batches, then called. */
async function drive(server: TestServer, lanes: Lane[], calls: number): Promise<void> {
  const BATCH = 50;
  for (let done = 0; done < calls; ) {
    const perLane = Math.min(BATCH, Math.ceil((calls - done) / lanes.length));
    await Promise.all(lanes.flatMap((lane) => Array.from({ length: perLane }, () => issue(server, lane))));
    await Promise.all(
      lanes.map(async (lane) => {
        for (let i = 0; i < perLane; i++) await cycle(server, lane);
      }),
    );
    done += perLane * lanes.length;
  }
}

async function heapMb(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const w = window as unknown as { gc?: () => void };
    for (let i = 0; i < 3; i++) {
      w.gc?.();
      await new Promise((r) => setTimeout(r, 50));
    }
    const memory = (performance as unknown as { memory: { usedJSHeapSize: number } }).memory;
    return memory.usedJSHeapSize / 1024 / 1024;
  });
}

/** Milliseconds from the page's fetch of call-next to the new number in current-call. */
async function timedCall(page: Page, lane: Lane): Promise<number> {
  return page.evaluate(
    ({ counterId, auth }) =>
      new Promise<number>((resolveTime, reject) => {
        const hall = document.querySelector('luot-display-app luot-hall-board')?.shadowRoot;
        const root = hall?.querySelector('luot-current-call')?.shadowRoot;
        if (!root) {
          reject(new Error('no current-call panel'));
          return;
        }
        // No named functions in here: the bench runs under tsx, whose helpers the page lacks.
        const panel = '[data-testid="current-call"]';
        const before = root.querySelector(panel)?.getAttribute('data-number') ?? null;
        const observer = new MutationObserver(() => {
          if ((root.querySelector(panel)?.getAttribute('data-number') ?? null) !== before) {
            observer.disconnect();
            resolveTime(performance.now() - started);
          }
        });
        observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
        const started = performance.now();
        void fetch(`/api/sites/demo/counters/${counterId}/call-next`, {
          method: 'POST',
          headers: { authorization: `Bearer ${auth}`, 'content-type': 'application/json' },
          body: '{}',
        });
      }),
    { counterId: lane.counterId, auth: lane.auth },
  );
}

export async function benchDisplay(): Promise<Record<string, number>> {
  requireChromium();
  await buildIfStale({ quiet: true });
  const { server, lanes } = await wrappingServer();
  const browser = await launchBrowser(['--js-flags=--expose-gc']);
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const open = async (query: string): Promise<Page> => {
      const page = await context.newPage();
      await page.goto(`${server.url}/display/?${query}key=${server.keys.display}`);
      await page.getByTestId('current-call').waitFor();
      return page;
    };
    const board = await open('');
    const silent = await open('voice=0&');

    // Latency: one counter, one call at a time, timed inside the page.
    const lane = lanes[0];
    const times: number[] = [];
    for (let i = 0; i < LATENCY_CALLS; i++) {
      await issue(server, lane);
      times.push(await timedCall(board, lane));
      await post(server, `/api/sites/demo/counters/${lane.counterId}/no-show`, lane.auth);
    }
    times.sort((a, b) => a - b);

    const heap100 = { voice: await heapMb(board), silent: await heapMb(silent) };
    const started = Date.now();
    await drive(server, lanes, HEAP_CALLS - LATENCY_CALLS);
    const driveSeconds = (Date.now() - started) / 1000;
    // Let the last deltas arrive and render.
    await board.waitForTimeout(1000);
    const heap10k = { voice: await heapMb(board), silent: await heapMb(silent) };
    const pending = await board.evaluate(() => window.__luotVoice?.view().pending.length ?? -1);
    const size = pageJsBytes('display/index.html');
    return {
      display_call_to_dom_p50_ms: Number(percentile(times, 50).toFixed(1)),
      display_call_to_dom_p99_ms: Number(percentile(times, 99).toFixed(1)),
      display_js_gzip_kb: Number((size.gzip / 1024).toFixed(1)),
      display_js_raw_kb: Number((size.raw / 1024).toFixed(1)),
      display_heap_after_100_calls_mb: Number(heap100.voice.toFixed(2)),
      display_heap_after_10000_calls_mb: Number(heap10k.voice.toFixed(2)),
      display_heap_silent_after_100_calls_mb: Number(heap100.silent.toFixed(2)),
      display_heap_silent_after_10000_calls_mb: Number(heap10k.silent.toFixed(2)),
      display_voice_pending_after_10000_calls: pending,
      display_calls_driven_per_s: Number(((HEAP_CALLS - LATENCY_CALLS) / driveSeconds).toFixed(0)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const figures = await benchDisplay();
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name}: ${value}\n`);
  process.exit(0);
}
