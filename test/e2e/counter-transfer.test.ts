// Transfer from counter 1: to counter 2 and to another series. The ticket appears in the other
// counters' waiting lists at its place (placement "keep": it keeps its place by issue time).
import { expect, it } from 'vitest';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { request } from '../support/test-server.js';
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

async function serverOrder(counterId: string): Promise<string[]> {
  const res = await request(e2e.server.url, `/api/sites/demo/counters/${counterId}/queue`, {
    auth: e2e.server.keys.display,
  });
  return (res.body.tickets as { displayNumber: string }[]).map((t) => t.displayNumber);
}

it('moves the current ticket to another counter or series, at its place in their lists', async () => {
  const a1 = await issue(e2e.server, SERIES_IDS.hoTich);
  const a2 = await issue(e2e.server, SERIES_IDS.hoTich);
  const b1 = await issue(e2e.server, SERIES_IDS.chungThuc);
  const a3 = await issue(e2e.server, SERIES_IDS.hoTich);

  const one = await openCounter(e2e.browser, e2e.server, 'canbo1', passwordOf(e2e.server, 'canbo1'), 'c1');
  const two = await openCounter(e2e.browser, e2e.server, 'canbo2', passwordOf(e2e.server, 'canbo2'), 'c2');
  const three = await openCounter(e2e.browser, e2e.server, 'canbo3', passwordOf(e2e.server, 'canbo3'), 'c3');
  // Counter 2 serves A and B; counter 3 serves B (and the numeric block).
  await two.page.getByTestId(`waiting-${a3.displayNumber}`).waitFor();
  expect(await waitingNumbers(two.page)).toEqual([a1, a2, b1, a3].map((t) => t.displayNumber));
  expect(await waitingNumbers(three.page)).toEqual([b1.displayNumber]);

  // Counter 1 calls A001 and sends it to counter 2.
  await one.page.keyboard.press('F1');
  await currentIs(one.page, a1.displayNumber, 'calling');
  await one.page.getByTestId('transfer').click();
  await one.page.getByTestId('transfer-counter-c2').check();
  await one.page.getByTestId('transfer-confirm').click();
  expect(await feedback(one.page, 'ok', `Đã chuyển số ${a1.displayNumber} đến Quầy 2`)).toContain(
    `Đã chuyển số ${a1.displayNumber} đến Quầy 2`,
  );
  await one.page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
  expect(ticketOf(e2e.server, a1.id)).toMatchObject({ status: 'waiting', targetCounterId: 'c2' });

  // Counter 2 has it first (oldest), marked as sent to this counter; counter 1 no longer sees it.
  await two.page.getByTestId(`waiting-${a1.displayNumber}`).locator('.tag.targeted').waitFor();
  const expectedTwo = [a1, a2, b1, a3].map((t) => t.displayNumber);
  expect(await waitingNumbers(two.page)).toEqual(expectedTwo);
  expect(await serverOrder('c2')).toEqual(expectedTwo);
  expect(await waitingNumbers(one.page)).toEqual([a2, a3].map((t) => t.displayNumber));

  // Counter 1 calls A002 and sends it to series B: counter 3 now has it, before B001.
  await one.page.keyboard.press('F1');
  await currentIs(one.page, a2.displayNumber, 'calling');
  await one.page.keyboard.press('F6');
  await one.page.getByTestId(`transfer-series-${SERIES_IDS.chungThuc}`).check();
  await one.page.getByTestId('transfer-confirm').click();
  await three.page.getByTestId(`waiting-${a2.displayNumber}`).waitFor();
  expect(await waitingNumbers(three.page)).toEqual([a2.displayNumber, b1.displayNumber]);
  expect(await serverOrder('c3')).toEqual([a2.displayNumber, b1.displayNumber]);
  expect(ticketOf(e2e.server, a2.id).seriesId).toBe(SERIES_IDS.chungThuc);

  // Counter 2 calls: the ticket sent to it comes first.
  await two.page.getByTestId('call-next').click();
  await currentIs(two.page, a1.displayNumber, 'calling');

  for (const p of [one, two, three]) await p.context.close();
});
