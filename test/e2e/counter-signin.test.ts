// One officer per counter: the second is told who is there; a manager may take over, and the
// officer who lost the counter is told so. The counter is remembered on the PC. English works.
import { expect, it } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { addManager, openCounter, passwordOf, VIEWPORT, waitOnline } from './counter-support.js';
import { signIn } from './sign-in.js';

const e2e = useHubAndBrowser();

it('refuses a second officer, lets a manager take over, and remembers the counter', async () => {
  const first = await openCounter(e2e.browser, e2e.server, 'canbo1', passwordOf(e2e.server, 'canbo1'), 'c1');
  await expect
    .poll(() => first.page.getByTestId('officer-name').textContent(), { timeout: 5000 })
    .toContain('Nguyễn Thị Thu Hà');

  // A second officer is told who holds counter 1 and gets no take-over button.
  const second = await openCounter(e2e.browser, e2e.server, 'canbo2', passwordOf(e2e.server, 'canbo2'), null);
  await second.page.getByTestId('counter-option-c1').click();
  const occupied = second.page.getByTestId('counter-occupied');
  await occupied.waitFor();
  await expect
    .poll(() => occupied.textContent(), { timeout: 5000 })
    .toContain('Quầy 1 đang do Nguyễn Thị Thu Hà đăng nhập');
  expect(await second.page.getByTestId('take-over').count()).toBe(0);
  expect(e2e.server.app.hubs.get('demo')?.state.counters.get('c1')?.officerId).toBe('u-canbo1');

  // A manager takes over; the first officer's screen goes back to the counter choice, saying why.
  const password = await addManager(e2e.server, 'quanly1', 'Trần Văn Quản');
  const manager = await openCounter(e2e.browser, e2e.server, 'quanly1', password, null);
  await manager.page.getByTestId('counter-option-c1').click();
  await manager.page.getByTestId('counter-occupied').waitFor();
  await manager.page.getByTestId('take-over').click();
  await waitOnline(manager.page);
  expect(e2e.server.app.hubs.get('demo')?.state.counters.get('c1')?.officerId).toBe('u-quanly1');
  const notice = first.page.getByTestId('picker-notice');
  await notice.waitFor();
  await expect
    .poll(() => notice.textContent(), { timeout: 5000 })
    .toContain('Quầy đã được Trần Văn Quản tiếp quản.');

  // The manager signs out: the counter is free again and the PC remembers counter 1.
  await manager.page.getByTestId('logout').click();
  await manager.page.getByTestId('login-username').waitFor();
  expect(e2e.server.app.hubs.get('demo')?.state.counters.get('c1')?.officerId ?? null).toBeNull();
  await signIn(manager.page, 'quanly1', password);
  await waitOnline(manager.page);
  await expect
    .poll(() => manager.page.getByTestId('counter-name').textContent(), { timeout: 5000 })
    .toContain('Quầy 1');

  // English on request, Vietnamese by default.
  await expect
    .poll(() => manager.page.getByTestId('call-next').textContent(), { timeout: 5000 })
    .toContain('Gọi tiếp');
  await manager.page.getByTestId('lang-en').click();
  await expect
    .poll(() => manager.page.getByTestId('call-next').textContent(), { timeout: 5000 })
    .toContain('Call next');

  for (const p of [first, second, manager]) await p.context.close();
});

it('runs from a counter device key without sign-in, only at its own counter', async () => {
  const { page, context } = await openPage(
    e2e.browser,
    `${e2e.server.url}/counter/?key=${e2e.server.keys.counter}`,
    VIEWPORT,
  );
  await waitOnline(page);
  await expect
    .poll(() => page.getByTestId('counter-name').textContent(), { timeout: 5000 })
    .toContain('Quầy 1');
  await expect
    .poll(() => page.getByTestId('officer-name').textContent(), { timeout: 5000 })
    .toContain('Máy quầy');
  expect(page.url()).not.toContain('key=');
  expect(await page.getByTestId('logout').count()).toBe(0);
  await context.close();
});
