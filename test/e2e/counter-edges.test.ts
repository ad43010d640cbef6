// An officer's day at the counter, the rough edges: withdrawing a mistaken call (the ticket is
// back first in line), a transfer that shows each counter's state and queue, warns before sending
// to a closed counter, puts the ticket at the front and leaves a note the receiving officer reads,
// and a finish that records the outcome.
import { expect, it } from 'vitest';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import {
  currentIs,
  feedback,
  issue,
  openCounter,
  passwordOf,
  ticketOf,
  waitingNumbers,
} from './counter-support.js';

const e2e = useHubAndBrowser();
const SHOTS = process.env.LUOT_SHOTS ?? '';

it('withdraws a call, transfers with state, warning, placement and note, and records the outcome', async () => {
  const a1 = await issue(e2e.server, SERIES_IDS.hoTich);
  const a2 = await issue(e2e.server, SERIES_IDS.hoTich);
  const a3 = await issue(e2e.server, SERIES_IDS.hoTich);
  const one = await openCounter(e2e.browser, e2e.server, 'canbo1', passwordOf(e2e.server, 'canbo1'), 'c1');
  const page = one.page;
  await page.getByTestId(`waiting-${a3.displayNumber}`).waitFor();

  // A call by mistake: withdrawn, the ticket is back at the head of the line.
  await page.getByTestId(`call-${a2.displayNumber}`).click();
  await currentIs(page, a2.displayNumber, 'calling');
  expect(await page.getByTestId('call-next').isDisabled()).toBe(true);
  await page.getByTestId('withdraw-call').click();
  expect(await feedback(page, 'ok', `Đã rút lệnh gọi số ${a2.displayNumber}`)).toContain(
    `Đã rút lệnh gọi số ${a2.displayNumber}`,
  );
  await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
  await expect.poll(() => waitingNumbers(page)).toEqual([a1, a2, a3].map((t) => t.displayNumber));
  expect(ticketOf(e2e.server, a2.id)).toMatchObject({ status: 'waiting', counterId: null });

  // Transfer A001 to counter 2, closed (nobody signed in): the dialog says so, warns, then sends.
  await page.keyboard.press('F1');
  await currentIs(page, a1.displayNumber, 'calling');
  await page.keyboard.press('F6');
  await page.getByTestId('transfer-dialog').waitFor();
  expect(await page.getByTestId('transfer-state-c2').getAttribute('data-state')).toBe('closed');
  expect(await page.getByTestId('transfer-state-c2').textContent()).toMatch(/Đóng\s*·\s*\d+ đang chờ/);
  await page.getByTestId('transfer-counter-c2').check();
  await page.getByTestId('transfer-placement-front').check();
  await page.getByTestId('transfer-note').fill('Cần bản sao giấy khai sinh');
  await page.getByTestId('transfer-confirm').click();
  expect(await page.getByTestId('transfer-error').textContent()).toContain('Quầy 2 đang đóng');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/counter-transfer-closed.png` });
  expect(ticketOf(e2e.server, a1.id).status).toBe('called');
  await page.getByTestId('transfer-confirm').click();
  expect(await feedback(page, 'ok', `Đã chuyển số ${a1.displayNumber}`)).toContain(
    `Đã chuyển số ${a1.displayNumber} đến Quầy 2`,
  );
  const moved = ticketOf(e2e.server, a1.id);
  expect(moved).toMatchObject({ status: 'waiting', targetCounterId: 'c2' });
  expect(moved.transfers.at(-1)?.note).toBe('Cần bản sao giấy khai sinh');

  // The receiving officer reads the note in the waiting list.
  const two = await openCounter(e2e.browser, e2e.server, 'canbo2', passwordOf(e2e.server, 'canbo2'), 'c2');
  const note = two.page.getByTestId(`transfer-note-${a1.displayNumber}`);
  await note.waitFor();
  expect(await note.textContent()).toContain('Cần bản sao giấy khai sinh');
  if (SHOTS) await two.page.screenshot({ path: `${SHOTS}/counter-transfer-note.png` });

  // Finish with an outcome.
  await page.keyboard.press('F1');
  await currentIs(page, a2.displayNumber, 'calling');
  await page.keyboard.press('F4');
  await page.getByTestId('finish-dialog').waitFor();
  await page.getByTestId('finish-outcome-guided').check();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/counter-finish-outcome.png` });
  await page.getByTestId('finish-confirm').click();
  await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
  expect(ticketOf(e2e.server, a2.id)).toMatchObject({ status: 'done', outcome: 'guided' });

  await two.context.close();
  await one.context.close();
});
