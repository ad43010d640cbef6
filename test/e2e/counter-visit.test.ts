// A visit with several procedures at the counter, in real Chromium against a real hub: one
// ticket for a birth registration and a certified copy; the officer sees "procedure 1 of 2" and
// what comes next, finishes it (F4, with an outcome), and the same number is back in the
// certified-copy line by itself, then called again as "procedure 2 of 2". Screenshots in
// /tmp/counter-visit-*.png.
import { describe, expect, it } from 'vitest';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { request } from '../support/test-server.js';
import { currentIs, openCounter, passwordOf, ticketOf, waitingNumbers } from './counter-support.js';

const e2e = useHubAndBrowser();

describe('counter: a multi-procedure visit', () => {
  it('shows the step, and the ticket moves to the next procedure’s line on finish', async () => {
    const res = await request(e2e.server.url, '/api/sites/demo/tickets', {
      auth: e2e.server.keys.kiosk,
      body: {
        procedureId: 'p-khai-sinh',
        moreProcedures: ['p-chung-thuc-ban-sao'],
        requestId: 'visit-e2e-0001',
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const { id, displayNumber } = res.body.ticket as { id: string; displayNumber: string };

    // Counter 2 serves both lines (hộ tịch and chứng thực).
    const { page, errors } = await openCounter(
      e2e.browser,
      e2e.server,
      'canbo1',
      passwordOf(e2e.server, 'canbo1'),
      'c2',
    );
    await page.keyboard.press('F1');
    await currentIs(page, displayNumber, 'calling');
    const step = page.getByTestId('current-visit');
    await expect.poll(() => step.textContent()).toContain('thủ tục 1/2');
    expect(await step.textContent()).toContain('tiếp theo: Chứng thực bản sao từ bản chính giấy tờ, văn bản');
    await page.screenshot({ path: '/tmp/counter-visit-step1.png' });

    await page.keyboard.press('F4');
    await page.getByTestId('finish-dialog').waitFor();
    await page.getByTestId('finish-outcome-received').check();
    await page.getByTestId('finish-confirm').click();
    await page.locator('[data-testid="current-ticket"][data-state="idle"]').waitFor();
    expect(ticketOf(e2e.server, id)).toMatchObject({
      status: 'waiting',
      procedureId: 'p-chung-thuc-ban-sao',
      seriesId: 's-b',
    });
    await expect.poll(() => waitingNumbers(page)).toContain(displayNumber);

    await page.keyboard.press('F1');
    await currentIs(page, displayNumber, 'calling');
    await expect.poll(() => step.textContent()).toContain('thủ tục 2/2');
    expect(await step.textContent()).not.toContain('tiếp theo');
    await page.screenshot({ path: '/tmp/counter-visit-step2.png' });
    expect(errors).toEqual([]);
  });
});
