// The figures slide on the wall display, in real Chromium against a real hub: this month's
// figures (served, dossiers received with a mã hồ sơ, wait, satisfaction, imported on-time share)
// appear between calls in the board's right column; a call ends the slide in the same frame that
// shows the number (the call is never hidden), and the slide stays away while the call is
// highlighted.
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDay } from '../../shared/i18n/time.js';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { ADMIN_PASSWORD, login, request } from '../support/test-server.js';

const SHOTS = '/tmp/luot-figures-shots';

const e2e = useHubAndBrowser();
let board: Page;
let boardErrors: string[];
let procedureId = '';
let n = 0;

async function ok(path: string, auth: string, body: unknown = {}) {
  const res = await request(e2e.server.url, path, { auth, body });
  expect(res.status, `${path}: ${JSON.stringify(res.body)}`).toBeLessThan(300);
  return res.body;
}

const issue = () =>
  ok('/api/sites/demo/tickets', e2e.server.keys.kiosk, {
    procedureId,
    requestId: `figures-${n++}-${Date.now()}`,
  });
const c1 = (action: string, body: unknown = {}) =>
  ok(`/api/sites/demo/counters/c1/${action}`, e2e.server.keys.counter, body);

/** The current call's number and whether the slide is on, read in one go (one frame). */
function boardState(page: Page) {
  return page.evaluate(() => {
    const hall = document.querySelector('luot-hall-board');
    const root = hall?.shadowRoot;
    const current = root?.querySelector('luot-current-call');
    const number = current?.shadowRoot
      ?.querySelector('[data-testid="current-call"]')
      ?.getAttribute('data-number');
    return { number: number ?? null, slide: root?.querySelector('luot-figures-slide') !== null };
  });
}

beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
  const snapshot = (
    await request(e2e.server.url, '/api/sites/demo/snapshot', { auth: e2e.server.keys.integration })
  ).body;
  const c1Series = (snapshot.counters as { id: string; seriesIds: string[] }[]).find((c) => c.id === 'c1')
    ?.seriesIds[0];
  const catalogue = (await request(e2e.server.url, '/api/sites/demo/catalogue')).body;
  for (const f of catalogue.fields)
    for (const p of f.procedures) if (!procedureId && p.seriesId === c1Series) procedureId = p.id;
  // This month: two citizens served (one with a dossier code, rated satisfied), one waiting.
  for (let i = 0; i < 3; i++) await issue();
  const first = await c1('call-next');
  await c1('start');
  await c1('finish', { dossierCode: '000.00.53.H48-260302-0099' });
  await c1('rating', { ticketId: first.ticket.id, level: 3 });
  await c1('call-next');
  await c1('start');
  await c1('finish');
  // The one-door system's figures for this month: 19 of 20 early or on time.
  const admin = await login(e2e.server.url, 'admin', ADMIN_PASSWORD);
  const month = localDay(Date.now(), 'Asia/Ho_Chi_Minh').slice(0, 7);
  const code = catalogue.fields[0].procedures[0].code;
  const res = await fetch(`${e2e.server.url}/api/sites/demo/reports/dossiers/import`, {
    method: 'POST',
    headers: { authorization: `Bearer ${admin}`, 'content-type': 'text/csv' },
    body: `Mã TTHC,Tháng,Trước hạn,Đúng hạn,Trễ hạn\n${code},${month},9,10,1\n`,
  });
  expect(res.status).toBe(201);
  // Short rhythm for the test: the slide's turn comes 3 s after load or after a call.
  const opened = await openPage(
    e2e.browser,
    `${e2e.server.url}/display/?key=${e2e.server.keys.display}&voice=0&figuresEvery=3&figuresFor=600`,
  );
  board = opened.page;
  boardErrors = opened.errors;
  await board.getByTestId('current-call').waitFor();
});

describe('display: figures slide', () => {
  it('shows this month’s figures between calls, in Vietnamese', async () => {
    await board.getByTestId('figures-slide').waitFor({ timeout: 20_000 });
    await expect(board.getByTestId('figures-title').textContent()).resolves.toMatch(
      /^CÔNG KHAI KẾT QUẢ PHỤC VỤ THÁNG \d{2}\/\d{4}$/,
    );
    await expect(board.getByTestId('figures-served').textContent()).resolves.toContain('2');
    await expect(board.getByTestId('figures-dossiers').textContent()).resolves.toMatch(
      /Hồ sơ tiếp nhận tại quầy\s*1/,
    );
    await expect(board.getByTestId('figures-satisfaction').textContent()).resolves.toMatch(/100%/);
    await expect(board.getByTestId('figures-on-time').textContent()).resolves.toMatch(/95%[\s\S]*20 hồ sơ/);
    // The current call (left) stays on screen beside the slide.
    expect((await boardState(board)).number).not.toBeNull();
    await board.screenshot({ path: `${SHOTS}/figures-slide.png` });
    expect(boardErrors).toEqual([]);
  });

  it('gives way to a call in the same frame, and stays away while the call is highlighted', async () => {
    expect((await boardState(board)).slide).toBe(true);
    const called = await c1('call-next');
    const number = called.ticket.displayNumber as string;
    // Every frame until the number shows: once it shows, the slide is gone in that same frame.
    const seen = await board.evaluate(
      (wanted) =>
        new Promise<{ number: string | null; slide: boolean }[]>((resolve) => {
          const frames: { number: string | null; slide: boolean }[] = [];
          const tick = () => {
            const root = document.querySelector('luot-hall-board')?.shadowRoot;
            const current = root
              ?.querySelector('luot-current-call')
              ?.shadowRoot?.querySelector('[data-testid="current-call"]')
              ?.getAttribute('data-number');
            frames.push({
              number: current ?? null,
              slide: root?.querySelector('luot-figures-slide') !== null,
            });
            if (current === wanted || frames.length > 600) resolve(frames);
            else requestAnimationFrame(tick);
          };
          tick();
        }),
      number,
    );
    expect(seen.at(-1)).toEqual({ number, slide: false });
    expect(seen.filter((f) => f.number === number && f.slide)).toEqual([]);
    await expect(board.getByTestId('counter-1-number').textContent()).resolves.toContain(number);
    await board.screenshot({ path: `${SHOTS}/figures-call.png` });
    // Highlighted for 10 s: 4 s later (past the 3 s rhythm) the slide is still away.
    await board.waitForTimeout(4000);
    expect(await boardState(board)).toEqual({ number, slide: false });
    // Once the highlight is over the slide comes back, and the call is still on the left.
    await board.getByTestId('figures-slide').waitFor({ timeout: 20_000 });
    expect((await boardState(board)).number).toBe(number);
  });

  it('is refused to anyone who may not read the queue', async () => {
    expect((await request(e2e.server.url, '/api/sites/demo/public-figures')).status).toBe(401);
    // A device reads only its own centre's figures.
    const other = await request(e2e.server.url, '/api/sites/no-such-site/public-figures', {
      auth: e2e.server.keys.display,
    });
    expect(other.status).toBe(403);
    const display = await request(e2e.server.url, '/api/sites/demo/public-figures', {
      auth: e2e.server.keys.display,
    });
    expect(display.status).toBe(200);
    expect(display.body).toMatchObject({ served: 2, dossiersReceived: 1, ratings: 1, satisfactionPct: 100 });
  });
});
