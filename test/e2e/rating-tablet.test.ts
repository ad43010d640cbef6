// The rating tablet of a counter: a 5-level scale from the settings, a staff sign-in with
// ?counter=N, one rating per ticket (a second attempt, here after the phone, is refused in
// words), and it closes by itself.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { launchBrowser, openPage } from '../support/browser.js';
import { login, request, startTestServer, type TestServer } from '../support/test-server.js';
import { type LuotClient, issue, passwordOf, ticketOf } from './counter-support.js';
import { io } from 'socket.io-client';
import { signIn } from './sign-in.js';

let server: TestServer;
let browser: Browser;
let token: string;

const FIVE = [
  { level: 5, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
  { level: 4, label: { vi: 'Hài lòng', en: 'Satisfied' } },
  { level: 3, label: { vi: 'Bình thường', en: 'Neutral' } },
  { level: 2, label: { vi: 'Chưa hài lòng', en: 'Dissatisfied' } },
  { level: 1, label: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' } },
];

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchBrowser();
  const hub = server.app.hubs.get('demo');
  if (!hub) throw new Error('no demo hub');
  hub.reconfigure(hub.config, {
    ...hub.settings,
    rating: { ...hub.settings.rating, scale: 5, levels: FIVE, lowLevels: [1, 2], closeAfterSeconds: 5 },
  });
  token = await login(server.url, 'canbo1', passwordOf(server, 'canbo1'));
  const res = await request(server.url, '/api/sites/demo/counters/c1/sign-in', { auth: token, body: {} });
  expect(res.status).toBe(200);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Calls the next ticket at counter 1 and finishes it over REST, as the officer. */
async function serve(): Promise<void> {
  for (const action of ['call-next', 'start', 'finish']) {
    const res = await request(server.url, `/api/sites/demo/counters/c1/${action}`, { auth: token, body: {} });
    expect(res.status).toBe(200);
  }
}

it('rates on a 5-level scale, refuses a second rating, and closes by itself', async () => {
  const first = await issue(server, SERIES_IDS.hoTich);
  const second = await issue(server, SERIES_IDS.hoTich);
  const third = await issue(server, SERIES_IDS.hoTich);

  // The officer's own sign-in on the tablet, with the counter in the address.
  const { page, errors, context } = await openPage(browser, `${server.url}/counter/rating?counter=1`, {
    width: 1280,
    height: 800,
  });
  await signIn(page, 'canbo1', passwordOf(server, 'canbo1'));
  await page.getByTestId('rating-idle').waitFor();
  await expect
    .poll(() => page.getByTestId('rating-counter').textContent(), { timeout: 5000 })
    .toContain('Quầy 1');
  // Give the socket a moment to join the counter's room before the finish.
  await page.waitForTimeout(300);

  // The citizen rated on the phone already: the tablet's attempt is refused, in words.
  await serve();
  await page.getByTestId('rating-scale').waitFor();
  await expect
    .poll(() => page.getByTestId('rating-ticket').textContent(), { timeout: 5000 })
    .toContain(first.displayNumber);
  for (const l of FIVE)
    await expect
      .poll(() => page.getByTestId(`rating-${l.level}`).textContent(), { timeout: 5000 })
      .toContain(l.label.vi);
  // Before the citizen touches the screen nothing is chosen, and every face is its own.
  const untouched = await page.evaluate(() => {
    const deep = (root: Document | ShadowRoot, selector: string): Element[] => [
      ...root.querySelectorAll(selector),
      ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? deep(e.shadowRoot, selector) : [])),
    ];
    const buttons = deep(document, 'button.level');
    return {
      count: buttons.length,
      chosen: buttons.filter(
        (b) =>
          b.matches(':focus, :focus-visible, [aria-pressed="true"], [aria-checked="true"], .selected') ||
          b.getAttribute('aria-pressed') === 'true',
      ).length,
      faces: deep(document, 'luot-rating-face').map((f) => f.shadowRoot?.innerHTML ?? ''),
    };
  });
  expect(untouched.count).toBe(FIVE.length);
  expect(untouched.chosen).toBe(0);
  expect(untouched.faces.every((f) => f.length > 0)).toBe(true);
  expect(new Set(untouched.faces).size).toBe(FIVE.length);
  const phone = await request(server.url, `/api/tickets/${first.statusToken}/rating`, { body: { level: 4 } });
  expect(phone.status).toBe(201);
  await page.getByTestId('rating-5').click();
  const refused = page.getByTestId('rating-refused');
  await refused.waitFor();
  await expect.poll(() => refused.textContent(), { timeout: 5000 }).toContain('Lượt này đã được đánh giá');
  expect(ticketOf(server, first.id).rating).toMatchObject({ level: 4, scale: 5, via: 'phone' });

  // Level 2 is low on this scale: reasons are asked; the rating is stored once.
  await serve();
  await page.getByTestId('rating-scale').waitFor();
  await page.getByTestId('rating-2').click();
  await page.getByTestId('rating-reason-attitude').check();
  await page.getByTestId('rating-submit').click();
  await page.getByTestId('rating-thanks').waitFor();
  expect(ticketOf(server, second.id).rating).toMatchObject({ level: 2, scale: 5, reasons: ['attitude'] });

  // A second attempt from a counter device and from the phone is refused with already_rated.
  const device: LuotClient = io(server.url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { key: server.keys.counter },
    reconnection: false,
  });
  await new Promise<void>((resolve) => device.once('queue:snapshot', () => resolve()));
  const again = await device.emitWithAck('counter:rate', { counterId: 'c1', ticketId: second.id, level: 5 });
  expect(again).toMatchObject({ ok: false, error: { code: 'already_rated' } });
  device.close();
  const phoneAgain = await request(server.url, `/api/tickets/${second.statusToken}/rating`, {
    body: { level: 5 },
  });
  expect(phoneAgain.status).toBe(409);
  expect(phoneAgain.body.error.code).toBe('already_rated');
  expect(ticketOf(server, second.id).rating?.level).toBe(2);

  // Nobody rates: the tablet goes back to idle after closeAfterSeconds (5 s here).
  await serve();
  await page.getByTestId('rating-scale').waitFor();
  const shownAt = Date.now();
  await page.getByTestId('rating-idle').waitFor({ timeout: 9000 });
  expect(Date.now() - shownAt).toBeGreaterThan(3500);
  expect(ticketOf(server, third.id).rating).toBeNull();

  expect(errors).toEqual([]);
  await context.close();
});
