// The wall display in real Chromium never shows a call that no longer holds: a ticket transferred
// to another counter, one marked no-show, and the call of a counter that pauses leave the big
// panel, the counter list and the history; a counter nobody is signed in to reads as closed.
// Screenshot in /tmp/display-withdrawn-calls.png.
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { login, request } from '../support/test-server.js';

const e2e = useHubAndBrowser();
let board: Page;
let boardErrors: string[];
const auth: Record<string, string> = {};
let n = 0;

/** A chứng thực ticket (series s-b, served at counters 2 and 3). */
async function issue(): Promise<string> {
  const res = await request(e2e.server.url, '/api/sites/demo/tickets', {
    auth: e2e.server.keys.kiosk,
    body: { procedureId: procedureId, requestId: `withdrawn-${n++}` },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.ticket.displayNumber as string;
}
let procedureId = '';

async function act(counterId: string, action: string, body: object = {}) {
  const res = await request(e2e.server.url, `/api/sites/demo/counters/${counterId}/${action}`, {
    auth: auth[counterId],
    body,
  });
  expect(res.status, `${action} ${counterId}: ${JSON.stringify(res.body)}`).toBe(200);
  return res.body as { ticket: { id: string; displayNumber: string } | null };
}

/** Every number the board shows as called: the big panel, the counter rows and the history. */
function shownNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const walk = (root: ParentNode) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const id = el.getAttribute('data-testid') ?? '';
        if (id === 'current-call' || id === 'history-item') out.push(el.getAttribute('data-number') ?? '');
        if (/^counter-\d+-number$/.test(id)) out.push((el.textContent ?? '').trim());
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return out.filter((x) => x !== '');
  });
}

beforeAll(async () => {
  const catalogue = (await request(e2e.server.url, '/api/sites/demo/catalogue')).body;
  procedureId = catalogue.fields
    .flatMap((f: { procedures: { id: string; seriesId: string }[] }) => f.procedures)
    .find((p: { seriesId: string }) => p.seriesId === 's-b').id;
  const passwords = new Map(e2e.server.report.officers.map((o) => [o.username, o.password]));
  for (const [user, counter] of [
    ['canbo1', 'c2'],
    ['canbo3', 'c3'],
  ]) {
    auth[counter] = await login(e2e.server.url, user, passwords.get(user) ?? '');
    await act(counter, 'sign-in');
  }
  const opened = await openPage(e2e.browser, `${e2e.server.url}/display/?key=${e2e.server.keys.display}`);
  board = opened.page;
  boardErrors = opened.errors;
  await board.getByTestId('current-call').waitFor();
});

describe('display: calls that no longer hold', () => {
  it('drops a transferred call, a no-show and a paused counter’s call', async () => {
    for (let i = 0; i < 4; i++) await issue();

    // Transferred to counter 3: gone from counter 2 and from the panel.
    const first = (await act('c2', 'call-next')).ticket?.displayNumber ?? '';
    await expect.poll(() => shownNumbers(board)).toContain(first);
    await act('c2', 'transfer', { toCounterId: 'c3', placement: 'front', note: 'Khách cần hỏi thêm' });
    await expect.poll(() => shownNumbers(board)).not.toContain(first);

    // No-show at counter 3 (after a recall): gone.
    const second = (await act('c3', 'call-next')).ticket?.displayNumber ?? '';
    expect(second).toBe(first);
    await expect.poll(() => shownNumbers(board)).toContain(second);
    await act('c3', 'recall');
    await act('c3', 'no-show');
    await expect.poll(() => shownNumbers(board)).not.toContain(second);

    // Counter 2 calls, then pauses: the call is withdrawn from the board.
    const third = (await act('c2', 'call-next')).ticket?.displayNumber ?? '';
    await expect.poll(() => shownNumbers(board)).toContain(third);
    await act('c2', 'pause', { reason: 'meeting' });
    await expect.poll(() => shownNumbers(board)).not.toContain(third);

    // A counter nobody is signed in to (counter 5) reads as closed.
    await expect.poll(() => board.getByTestId('counter-5-closed').count()).toBe(1);
    await board.screenshot({ path: '/tmp/display-withdrawn-calls.png' });
    expect(boardErrors).toEqual([]);
  });
});
