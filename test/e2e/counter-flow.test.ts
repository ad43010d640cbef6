// A day at counter 1 in real Chromium: sign in, call (the display sees it), recall, start,
// finish, the citizen rates on the counter's tablet and the rating is stored; no-show and
// reactivate; pause makes call-next refuse in Vietnamese.
import { describe, expect, it } from 'vitest';
import { SERIES_IDS } from '../../server/seed/demo-catalogue.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import {
  currentIs,
  displaySocket,
  feedback,
  issue,
  openCounter,
  passwordOf,
  ticketOf,
  waitingNumbers,
} from './counter-support.js';

const e2e = useHubAndBrowser();

/** Console errors: there must be none (not even a 401 before signing in). */
const unexpected = (errors: string[]) => errors;

describe('counter terminal', () => {
  it('runs call → recall → start → finish → rating, no-show → reactivate, and pause', async () => {
    const first = await issue(e2e.server, SERIES_IDS.hoTich);
    const second = await issue(e2e.server, SERIES_IDS.hoTich);
    const third = await issue(e2e.server, SERIES_IDS.hoTich);
    const display = await displaySocket(e2e.server);

    const { page, errors } = await openCounter(
      e2e.browser,
      e2e.server,
      'canbo1',
      passwordOf(e2e.server, 'canbo1'),
      'c1',
    );
    // The rating tablet of counter 1, paired with the counter device key.
    const tablet = await openPage(
      e2e.browser,
      `${e2e.server.url}/counter/rating?key=${e2e.server.keys.counter}`,
      {
        width: 1280,
        height: 800,
      },
    );
    await tablet.page.getByTestId('rating-idle').waitFor();
    await expect
      .poll(() => tablet.page.getByTestId('rating-idle').textContent(), { timeout: 5000 })
      .toContain('Cảm ơn Quý khách');

    expect(await waitingNumbers(page)).toEqual([
      first.displayNumber,
      second.displayNumber,
      third.displayNumber,
    ]);

    // Call next: the counter shows it and the hall display receives the call for counter 1.
    await page.getByTestId('call-next').click();
    await currentIs(page, first.displayNumber, 'calling');
    const call = await display.waitForCall(first.displayNumber);
    expect(call.counterNumber).toBe(1);
    expect(await feedback(page, 'ok', `Đã gọi số ${first.displayNumber}`)).toContain(
      `Đã gọi số ${first.displayNumber}`,
    );
    expect(await waitingNumbers(page)).toEqual([second.displayNumber, third.displayNumber]);

    await page.getByTestId('recall').click();
    await display.waitForCall(first.displayNumber, true);
    expect(await feedback(page, 'ok', `Đã gọi lại số ${first.displayNumber}`)).toContain(
      `Đã gọi lại số ${first.displayNumber}`,
    );

    await page.getByTestId('start').click();
    await currentIs(page, first.displayNumber, 'serving');
    await expect
      .poll(() => page.getByTestId('service-timer').textContent(), { timeout: 5000 })
      .toMatch(/^\d\d:\d\d$/);

    // Finish with the dialog: a note is stored with the ticket.
    await page.getByTestId('finish').click();
    await page.getByTestId('finish-note').fill('Đã hẹn trả kết quả');
    await page.getByTestId('finish-confirm').click();
    await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
    expect(ticketOf(e2e.server, first.id).status).toBe('done');
    expect(ticketOf(e2e.server, first.id).note).toBe('Đã hẹn trả kết quả');
    await page.locator('[data-testid="today-served"]', { hasText: '1' }).waitFor();

    // The tablet asks the citizen; "Rất hài lòng" is stored on the ticket.
    await tablet.page.getByTestId('rating-scale').waitFor();
    await expect
      .poll(() => tablet.page.getByTestId('rating-ticket').textContent(), { timeout: 5000 })
      .toContain(first.displayNumber);
    await expect
      .poll(() => tablet.page.getByTestId('rating-1').textContent(), { timeout: 5000 })
      .toContain('Không hài lòng');
    await tablet.page.getByTestId('rating-3').click();
    await tablet.page.getByTestId('rating-thanks').waitFor();
    const rating = ticketOf(e2e.server, first.id).rating;
    expect(rating).toMatchObject({ level: 3, scale: 3, via: 'counter', reasons: [] });

    // No-show, then put it back in the queue from the recent no-shows.
    await page.getByTestId('call-next').click();
    await currentIs(page, second.displayNumber, 'calling');
    await page.getByTestId('no-show').click();
    await page.getByTestId(`reactivate-${second.displayNumber}`).click();
    expect(await feedback(page, 'ok', `Số ${second.displayNumber} đã được đưa lại hàng chờ`)).toContain(
      `Số ${second.displayNumber} đã được đưa lại hàng chờ`,
    );
    await page.getByTestId(`waiting-${second.displayNumber}`).waitFor();
    expect(ticketOf(e2e.server, second.id).status).toBe('waiting');

    // Pause with a reason: call-next is refused, and says why in Vietnamese.
    await page.getByTestId('pause').click();
    await page.getByTestId('pause-reason-lunch').check();
    await page.getByTestId('pause-confirm').click();
    await page.getByTestId('resume').waitFor();
    await expect
      .poll(() => page.getByTestId('current-ticket').textContent(), { timeout: 5000 })
      .toContain('Nghỉ trưa');
    // The button looks disabled; the key is still sent and the hub says why.
    expect(await page.getByTestId('call-next').isDisabled()).toBe(true);
    await page.keyboard.press('F1');
    const refused = await feedback(page, 'error');
    expect(refused).toContain('Quầy đang tạm dừng');
    expect(e2e.server.app.hubs.get('demo')?.state.counters.get('c1')?.currentTicketId ?? null).toBeNull();
    await page.getByTestId('resume').click();
    await page.getByTestId('pause').waitFor();
    await page.getByTestId('call-next').click();
    await currentIs(page, second.displayNumber, 'calling');

    // A low score asks for reasons; they are stored with the rating.
    await page.getByTestId('finish').click();
    await page.getByTestId('finish-confirm').click();
    await tablet.page.getByTestId('rating-scale').waitFor();
    await tablet.page.getByTestId('rating-1').click();
    await tablet.page.getByTestId('rating-reason-wait').check();
    await tablet.page.getByTestId('rating-comment').fill('Chờ hơi lâu');
    await tablet.page.getByTestId('rating-submit').click();
    await tablet.page.getByTestId('rating-thanks').waitFor();
    expect(ticketOf(e2e.server, second.id).rating).toMatchObject({
      level: 1,
      reasons: ['wait'],
      comment: 'Chờ hơi lâu',
      via: 'counter',
    });

    expect(unexpected(errors)).toEqual([]);
    expect(unexpected(tablet.errors)).toEqual([]);
    display.close();
    await tablet.context.close();
    await page.context().close();
  });

  it('tells that nobody is waiting', async () => {
    const { page } = await openCounter(
      e2e.browser,
      e2e.server,
      'canbo3',
      passwordOf(e2e.server, 'canbo3'),
      'c4',
    );
    await page.getByTestId('call-next').click();
    expect(await feedback(page, 'info', 'Không còn ai chờ')).toContain('Không còn ai chờ');
    await page.context().close();
  });
});
