// The counter from the keyboard alone: function keys, and a USB numeric keypad (by key code, so
// Num Lock does not matter).
import { expect, it } from 'vitest';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import {
  currentIs,
  displaySocket,
  feedback,
  issue,
  openCounter,
  passwordOf,
  ticketOf,
} from './counter-support.js';

const e2e = useHubAndBrowser();

it('runs a counter with function keys and the numeric keypad', async () => {
  const t = [];
  for (let i = 0; i < 6; i++) t.push(await issue(e2e.server, SERIES_IDS.hoTich));
  const display = await displaySocket(e2e.server);
  const { page } = await openCounter(
    e2e.browser,
    e2e.server,
    'canbo1',
    passwordOf(e2e.server, 'canbo1'),
    'c1',
  );
  const keys = page.keyboard;

  // Shortcuts are written on the buttons.
  await expect.poll(() => page.getByTestId('call-next').textContent(), { timeout: 5000 }).toContain('F1');
  await expect.poll(() => page.getByTestId('pause').textContent(), { timeout: 5000 }).toContain('F8');

  // F1 call, F2 recall, F3 start, F4 + Enter finish.
  await keys.press('F1');
  await currentIs(page, t[0].displayNumber, 'calling');
  await display.waitForCall(t[0].displayNumber);
  await keys.press('F2');
  await display.waitForCall(t[0].displayNumber, true);
  await keys.press('F3');
  await currentIs(page, t[0].displayNumber, 'serving');
  await keys.press('F4');
  await page.getByTestId('finish-dialog').waitFor();
  await keys.press('Enter');
  await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
  expect(ticketOf(e2e.server, t[0].id).status).toBe('done');

  // F1 then F5: no-show.
  await keys.press('F1');
  await currentIs(page, t[1].displayNumber, 'calling');
  await keys.press('F5');
  await page.getByTestId(`reactivate-${t[1].displayNumber}`).waitFor();
  expect(ticketOf(e2e.server, t[1].id).status).toBe('no_show');

  // F7: call a specific number by typing it.
  await keys.press('F7');
  await page.getByTestId('call-input').waitFor();
  await keys.type(String(t[4].displayNumber));
  await keys.press('Enter');
  await currentIs(page, t[4].displayNumber, 'calling');
  await display.waitForCall(t[4].displayNumber);

  // F8: pause with a reason chosen by digit, then F8 resumes.
  await keys.press('F3');
  await currentIs(page, t[4].displayNumber, 'serving');
  await keys.press('F8');
  await page.getByTestId('pause-dialog').waitFor();
  await keys.press('3');
  await keys.press('Enter');
  await page.getByTestId('resume').waitFor();
  expect(e2e.server.app.hubs.get('demo')?.state.counters.get('c1')?.paused?.reason).toBe('support');
  await keys.press('F8');
  await page.getByTestId('pause').waitFor();

  // Keypad: Enter opens the finish dialog as F4 does (Enter again confirms), + calls next,
  // / starts, * recalls, − marks no-show.
  await keys.press('NumpadEnter');
  await page.getByTestId('finish-dialog').waitFor();
  expect(ticketOf(e2e.server, t[4].id).status).toBe('serving');
  await keys.press('NumpadEnter');
  await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
  expect(ticketOf(e2e.server, t[4].id).status).toBe('done');
  await keys.press('NumpadAdd');
  await currentIs(page, t[2].displayNumber, 'calling');
  await keys.press('NumpadMultiply');
  await display.waitForCall(t[2].displayNumber, true);
  await keys.press('NumpadSubtract');
  await page.getByTestId(`reactivate-${t[2].displayNumber}`).waitFor();

  // Keypad digits then Enter call that number (the number part of A006 is 6).
  await keys.press('Numpad6');
  await expect
    .poll(() => page.getByTestId('keypad-buffer').textContent(), { timeout: 5000 })
    .toContain('Gọi số: 6');
  await keys.press('NumpadEnter');
  await currentIs(page, t[5].displayNumber, 'calling');
  await keys.press('NumpadDivide');
  await currentIs(page, t[5].displayNumber, 'serving');

  // A number nobody holds is refused on the spot.
  await keys.press('Numpad9');
  await keys.press('Numpad9');
  await keys.press('NumpadEnter');
  expect(await feedback(page, 'error', 'Số 99 không có trong hàng chờ của quầy.')).toContain(
    'Số 99 không có trong hàng chờ của quầy.',
  );

  // F1 while the called citizen has not arrived is refused, and says what to do.
  await keys.press('NumpadEnter');
  await page.getByTestId('finish-dialog').waitFor();
  await keys.press('NumpadEnter');
  await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
  await keys.press('F1');
  await currentIs(page, t[3].displayNumber, 'calling');
  await keys.press('F1');
  expect(await feedback(page, 'error', 'Số vừa gọi chưa đến')).toContain('Số vừa gọi chưa đến');
  expect(ticketOf(e2e.server, t[3].id).status).toBe('called');
  expect(ticketOf(e2e.server, t[1].id).status).toBe('no_show');

  display.close();
  await page.context().close();
});
