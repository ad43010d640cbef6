// Kiosk figures in real Chromium on loopback:
// - tap → number on screen: p50/p99 over ~50 takes, timed in the page (performance.now() right
//   before the click on "Lấy số", until the ticket number is in the DOM and a frame is painted);
// - the kiosk's JS, gzipped: the scripts and module preloads of dist/kiosk/index.html (fonts aside).
// Run alone with `npx tsx test/bench/kiosk.ts`; benchKiosk() prints nothing itself.
import { resolve } from 'node:path';
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { launchBrowser } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';
import { pageJsBytes } from './bundle-size.js';
import { percentile } from './stats.js';

const TAKES = 50;

/**
 * Clicks "Lấy số" in the page and resolves with the ms until the number is painted. A string, so
 * the bundler's helpers (tsx keeps function names) do not leak into the page.
 */
const TIMED_TAKE = `new Promise((done, fail) => {
  const find = (root, id) => {
    const hit = root.querySelector('[data-testid="' + id + '"]');
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      const found = el.shadowRoot ? find(el.shadowRoot, id) : null;
      if (found) return found;
    }
    return null;
  };
  const button = find(document, 'take-ticket');
  if (!button) return fail(new Error('no take button'));
  const start = performance.now();
  button.click();
  const check = () => {
    const number = find(document, 'ticket-number');
    if (number && number.textContent.trim()) requestAnimationFrame(() => done(performance.now() - start));
    else if (performance.now() - start > 10000) fail(new Error('no number after 10 s'));
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})`;

export async function benchKiosk(): Promise<Record<string, number>> {
  await buildIfStale({ quiet: true });
  const [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  try {
    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/kiosk/?key=${server.keys.kiosk}`);
    const times: number[] = [];
    for (let i = 0; i < TAKES; i++) {
      await page.getByTestId('field-HT').click();
      await page.getByTestId('procedure-p-khai-sinh').click();
      await page.getByTestId('take-ticket').waitFor();
      times.push(Number(await page.evaluate(TIMED_TAKE)));
      await page.getByTestId('ticket-done').click();
    }
    const size = pageJsBytes('kiosk/index.html');
    return {
      kiosk_tap_to_number_p50_ms: Number(percentile(times, 50).toFixed(1)),
      kiosk_tap_to_number_p99_ms: Number(percentile(times, 99).toFixed(1)),
      kiosk_takes: times.length,
      kiosk_js_gzip_kb: Number((size.gzip / 1024).toFixed(1)),
      kiosk_js_raw_kb: Number((size.raw / 1024).toFixed(1)),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const figures = await benchKiosk();
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name}: ${value}\n`);
  process.exit(0);
}
