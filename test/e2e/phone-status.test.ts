// The phone status page in Chromium: it follows a ticket live through the call (vibration, "go to
// counter N") and the finish, then the rating works once and is refused the second time.
import type { Page } from 'playwright-core';
import { describe, expect, it, vi } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { request } from '../support/test-server.js';
import { expectAccessible, shot, text } from './kiosk-support.js';

const PHONE = { width: 390, height: 844 };

// Chromium on a busy machine: room for slow steps, while each step still fails on its own.
vi.setConfig({ testTimeout: 60_000 });
const e2e = useHubAndBrowser();

async function issue(requestId: string): Promise<{ displayNumber: string; path: string; token: string }> {
  const res = await request(e2e.server.url, '/api/sites/demo/tickets', {
    auth: e2e.server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId },
  });
  expect(res.status).toBe(201);
  const path = new URL(res.body.statusUrl).pathname;
  return { displayNumber: res.body.ticket.displayNumber, path, token: res.body.statusToken };
}

async function counter(
  action: string,
): Promise<{ status: number; body: { ticket: { displayNumber: string } | null } }> {
  return request(e2e.server.url, `/api/sites/demo/counters/c1/${action}`, {
    auth: e2e.server.keys.counter,
    body: {},
  });
}

async function openPhone(path: string, live = true): Promise<{ page: Page; errors: string[] }> {
  const { page, context, errors } = await openPage(e2e.browser, 'about:blank', PHONE);
  page.setDefaultTimeout(8000);
  if (!live) {
    // A phone that lost its live connection: it shows what it loaded and acts on it.
    await page.routeWebSocket(/socket\.io/, () => undefined);
    await page.route(/socket\.io/, (route) => route.abort());
  }
  await context.addInitScript(() => {
    const calls: unknown[] = [];
    (window as unknown as { vibrations: unknown[] }).vibrations = calls;
    Object.defineProperty(navigator, 'vibrate', { value: (p: unknown) => calls.push(p) > 0 });
  });
  await page.goto(e2e.server.url + path);
  await page.getByTestId('status-number').waitFor();
  return { page, errors };
}

const state = (page: Page) => page.getByTestId('status-state').getAttribute('data-state');

describe('phone status page', () => {
  it('follows the ticket through call and finish, and takes one rating', async () => {
    const before = await issue(`phone-before-${Date.now()}`);
    const mine = await issue(`phone-mine-${Date.now()}`);
    const { page, errors } = await openPhone(mine.path);
    expect(await text(page.getByTestId('status-number'))).toBe(mine.displayNumber);
    expect(await state(page)).toBe('waiting');
    expect(await text(page.getByTestId('status-ahead'))).toContain('Còn 1 người trước Quý khách');
    await expectAccessible(page, 'phone waiting');
    await shot(page, 'phone-waiting');

    await page.getByTestId('lang-en').click();
    await expect.poll(() => text(page.getByTestId('status-ahead'))).toContain('1 person ahead of you');
    await page.getByTestId('lang-vi').click();

    // The ticket ahead is called: ours is next, live.
    const first = await counter('call-next');
    expect(first.body.ticket?.displayNumber).toBe(before.displayNumber);
    await expect.poll(() => text(page.getByTestId('status-ahead'))).toContain('Bạn là người tiếp theo');
    expect(await text(page.getByTestId('status-serving'))).toContain(before.displayNumber);
    await counter('start');
    await counter('finish');

    // Ours is called: "go to counter 1", and the phone vibrates.
    const second = await counter('call-next');
    expect(second.body.ticket?.displayNumber).toBe(mine.displayNumber);
    await expect.poll(() => state(page)).toBe('called');
    expect(await text(page.getByTestId('status-state'))).toContain('Đến lượt Quý khách — mời đến Quầy 1');
    expect(
      await page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations.length),
    ).toBe(1);
    await expectAccessible(page, 'phone called');
    await shot(page, 'phone-called');

    await counter('start');
    await expect.poll(() => state(page)).toBe('serving');
    await counter('finish');
    await expect.poll(() => state(page)).toBe('done');
    // A second phone on the same ticket, offline, so it still shows the form after the first rated.
    const other = await openPhone(mine.path, false);
    await page.getByTestId('rating-1').waitFor();
    await expectAccessible(page, 'phone rating');

    // A low level asks for reasons and a comment before sending.
    await page.getByTestId('rating-1').click();
    await page.getByTestId('rating-reason-wait').check();
    await page.getByTestId('rating-comment').fill('Chờ hơi lâu');
    await shot(page, 'phone-rating');
    await page.getByTestId('rating-submit').click();
    await page.getByTestId('rating-thanks').waitFor();
    expect(await text(page.getByTestId('rating-thanks'))).toContain('Cảm ơn Quý khách đã đánh giá');
    await shot(page, 'phone-thanks');

    const status = await request(e2e.server.url, `/api/tickets/${mine.token}`);
    expect(status.body.rating.given).toBe(true);

    // The second page's rating is refused by the hub and says so.
    await other.page.getByTestId('rating-3').waitFor();
    await other.page.getByTestId('rating-3').click();
    await other.page.getByTestId('rating-thanks').waitFor();
    expect(await text(other.page.getByTestId('rating-thanks'))).toContain('Lượt này đã được đánh giá');
    const again = await request(e2e.server.url, `/api/tickets/${mine.token}/rating`, { body: { level: 2 } });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_rated');

    // A reload shows the ticket as rated: no form any more.
    await page.reload();
    await page.getByTestId('rating-thanks').waitFor();
    expect(await page.getByTestId('rating-1').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('tells which line is served, and lets the citizen give up their place after confirming', async () => {
    const mine = await issue(`phone-giveup-${Date.now()}`);
    const { page, errors } = await openPhone(mine.path);
    expect(await text(page.getByTestId('status-line'))).toContain(
      'Đang phục vụ — hàng Hộ tịch – Nuôi con nuôi (A)',
    );
    await page.getByTestId('give-up').click();
    await page.getByTestId('give-up-yes').waitFor();
    await shot(page, 'phone-give-up');
    // "Keep waiting" changes nothing.
    await page.getByTestId('give-up-no').click();
    expect(await state(page)).toBe('waiting');
    await page.getByTestId('give-up').click();
    await page.getByTestId('give-up-yes').click();
    await expect.poll(() => state(page)).toBe('cancelled');
    expect(await text(page.getByTestId('status-state'))).toContain('Quý khách đã rời hàng chờ');
    const status = await request(e2e.server.url, `/api/tickets/${mine.token}`);
    expect(status.body.status).toBe('cancelled');
    expect(await page.getByTestId('give-up').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says when a ticket does not exist', async () => {
    const { page } = await openPage(e2e.browser, `${e2e.server.url}/t/${'x'.repeat(24)}`, PHONE);
    await page.getByText('Không tìm thấy số thứ tự').waitFor();
    await page.context().close();
  });
});
