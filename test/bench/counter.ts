// Counter terminal figures in real Chromium on loopback:
// - key press → the hall sees the call: F1 pressed in the counter page (CDP key event) until a
//   display socket (socket.io-client with the display key) receives the ticket:called delta for that
//   number; p50/p99 over ~50 presses, tickets issued over REST beforehand. Between two measured
//   presses F3 starts the service, so every F1 finishes the previous ticket and calls the next.
// - the counter's and the rating tablet's JS, gzipped (the scripts their HTML loads).
// Run alone with `npx tsx test/bench/counter.ts`; benchCounter() prints nothing itself.
import { buildIfStale } from '../../scripts/build-if-stale.mjs';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { startTestServer } from '../support/test-server.js';
import { currentIs, displaySocket, issue, VIEWPORT, waitOnline } from '../e2e/counter-support.js';
import { pageJsBytes } from './bundle-size.js';
import { percentile, round } from './stats.js';

const PRESSES = 50;

export async function benchCounter(): Promise<Record<string, number>> {
  await buildIfStale({ quiet: true });
  const server = await startTestServer();
  const browser = await launchBrowser();
  try {
    const tickets = [];
    for (let i = 0; i < PRESSES + 1; i++) tickets.push(await issue(server, SERIES_IDS.hoTich));
    const display = await displaySocket(server);
    // The counter device of counter 1: no sign-in needed.
    const { page } = await openPage(browser, `${server.url}/counter/?key=${server.keys.counter}`, VIEWPORT);
    await waitOnline(page);
    // Warm-up: the first call loads nothing new but settles the socket and the page.
    await page.keyboard.press('F1');
    await display.waitForCall(tickets[0].displayNumber);
    await page.keyboard.press('F3');
    await currentIs(page, tickets[0].displayNumber, 'serving');

    const latencies: number[] = [];
    for (let i = 1; i <= PRESSES; i++) {
      const number = tickets[i].displayNumber;
      const t0 = performance.now();
      await page.keyboard.press('F1');
      await display.waitForCall(number);
      latencies.push(performance.now() - t0);
      await currentIs(page, number, 'calling');
      await page.keyboard.press('F3');
      await currentIs(page, number, 'serving');
    }
    display.close();
    const counterJs = pageJsBytes('counter/index.html');
    const ratingJs = pageJsBytes('counter/rating.html');
    return {
      keyToDisplayP50Ms: round(percentile(latencies, 50), 1),
      keyToDisplayP99Ms: round(percentile(latencies, 99), 1),
      presses: latencies.length,
      counterJsGzipKB: round(counterJs.gzip / 1024, 1),
      counterJsRawKB: round(counterJs.raw / 1024, 1),
      ratingJsGzipKB: round(ratingJs.gzip / 1024, 1),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await benchCounter();
  for (const [name, value] of Object.entries(figures)) console.log(`${name.padEnd(22)} ${value}`);
}
