// The wall display in real Chromium against the real hub: a call reaches `current-call` within
// 1 s; three calls within a second all stay visible (current + history, in order) and are all
// queued for announcement; an English ticket is announced in Vietnamese then English; a recall
// is announced again; a reconnect announces nothing old; the zone filter and the counter board;
// the highlighted number is at least 15% of the screen height in landscape and portrait.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { login, request } from '../support/test-server.js';

interface AnnouncementRow {
  seq: number;
  ticketId: string;
  displayNumber: string;
  counterNumber: number;
  recall: boolean;
  source: string;
  result: string;
  parts: { language: string; text: string; clips: string[] }[];
}

const CLIPS = resolve(import.meta.dirname, '../../server/assets/clips');

const e2e = useHubAndBrowser();
let board: Page;
let boardErrors: string[];
const auth: { [counter: string]: string } = {};
const seriesOf = new Map<string, string>();
const procedureBySeries = new Map<string, string>();
let requestN = 0;
const notFound: string[] = [];

/** Takes a ticket for the first series that counter serves. */
async function issue(counterId: string, language = 'vi'): Promise<string> {
  const procedureId = procedureBySeries.get(seriesOf.get(counterId) ?? '');
  if (!procedureId) throw new Error(`no procedure for ${counterId}`);
  const res = await request(e2e.server.url, '/api/sites/demo/tickets', {
    body: { procedureId, language, requestId: `disp-${Date.now()}-${requestN++}` },
    auth: e2e.server.keys.kiosk,
  });
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
  return res.body.ticket.displayNumber as string;
}

async function act(
  counterId: string,
  action: string,
  body: object = {},
): Promise<{ displayNumber: string } | null> {
  const res = await request(e2e.server.url, `/api/sites/demo/counters/${counterId}/${action}`, {
    body,
    auth: auth[counterId],
  });
  expect(res.status, `${action} ${counterId}: ${JSON.stringify(res.body)}`).toBe(200);
  return (res.body?.ticket as { displayNumber: string } | null) ?? null;
}

async function callNext(counterId: string): Promise<string> {
  const ticket = await act(counterId, 'call-next');
  if (!ticket) throw new Error(`nobody waiting for ${counterId}`);
  return ticket.displayNumber;
}

function records(page: Page): Promise<AnnouncementRow[]> {
  return page.evaluate(
    () => JSON.parse(JSON.stringify(window.__luotAnnouncements ?? [])) as AnnouncementRow[],
  );
}

/** Console errors (the board must load without any). */
function realErrors(errors: string[]): string[] {
  return errors;
}

async function currentNumber(page: Page): Promise<string | null> {
  return page.getByTestId('current-call').getAttribute('data-number');
}

beforeAll(async () => {
  const catalogue = (await request(e2e.server.url, '/api/sites/demo/catalogue')).body;
  for (const field of catalogue.fields)
    for (const p of field.procedures)
      if (!procedureBySeries.has(p.seriesId)) procedureBySeries.set(p.seriesId, p.id);
  const snapshot = (
    await request(e2e.server.url, '/api/sites/demo/snapshot', { auth: e2e.server.keys.integration })
  ).body;
  for (const c of snapshot.counters as { id: string; seriesIds: string[] }[])
    seriesOf.set(c.id, c.seriesIds[0]);
  auth.c1 = e2e.server.keys.counter;
  const officers = new Map(e2e.server.report.officers.map((o) => [o.username, o.password]));
  for (const [user, counter] of [
    ['canbo1', 'c2'],
    ['canbo2', 'c3'],
    ['canbo3', 'c4'],
  ]) {
    auth[counter] = await login(e2e.server.url, user, officers.get(user) ?? '');
    await act(counter, 'sign-in');
  }
  const opened = await openPage(e2e.browser, `${e2e.server.url}/display/?key=${e2e.server.keys.display}`);
  board = opened.page;
  boardErrors = opened.errors;
  board.on('response', (r) => {
    if (r.status() === 404) notFound.push(new URL(r.url()).pathname);
  });
  await board.getByTestId('current-call').waitFor();
  // The voice is ready (packs loaded, autoplay allowed by the test browser's flag).
  await board.waitForFunction(() => window.__luotVoice?.view().paused === false, null, { timeout: 10_000 });
});

describe('display: hall board', () => {
  it('shows a call in current-call within 1 s and queues its announcement', async () => {
    for (const c of ['c1', 'c1', 'c2', 'c3', 'c4']) await issue(c);

    const started = Date.now();
    const number = await callNext('c1');
    await expect.poll(() => currentNumber(board), { timeout: 1000, interval: 20 }).toBe(number);
    expect(Date.now() - started).toBeLessThan(1000);
    await expect(board.getByTestId('current-call').getAttribute('data-counter')).resolves.toBe('1');
    await expect(board.getByTestId('counter-1-number').textContent()).resolves.toContain(number);
    await expect(board.getByTestId('current-call').getAttribute('data-highlight')).resolves.toBe('on');

    const queued = (await records(board)).filter((r) => r.displayNumber === number);
    expect(queued).toHaveLength(1);
    expect(queued[0]).toMatchObject({ source: 'live', result: 'queued', recall: false, counterNumber: 1 });
    const vi = queued[0].parts[0];
    expect(vi.language).toBe('vi');
    expect(vi.text).toMatch(/^Mời công dân có số thứ tự a .+ đến quầy số một$/);
    expect(vi.clips[0]).toBe('chime');
    expect(queued[0].parts).toHaveLength(1);
  });

  it('announces a recall again', async () => {
    const number = await currentNumber(board);
    // The first call is being spoken now: a recall is a new announcement, not a duplicate.
    await expect
      .poll(() => board.evaluate(() => window.__luotVoice?.view().playing), { timeout: 5000 })
      .toBe(number);
    await act('c1', 'recall');
    await expect
      .poll(async () =>
        (await records(board)).filter((r) => r.displayNumber === number).map((r) => [r.recall, r.result]),
      )
      .toEqual([
        [false, 'queued'],
        [true, 'queued'],
      ]);
    await expect(board.getByTestId('current-call').textContent()).resolves.toMatch(/Gọi lại/);
  });

  it('keeps three calls made within one second, in order, and queues all three', async () => {
    const before = (await records(board)).length;
    const started = Date.now();
    const numbers = [await callNext('c2'), await callNext('c3'), await callNext('c4')];
    expect(Date.now() - started).toBeLessThan(1000);
    await expect.poll(() => currentNumber(board), { timeout: 1000, interval: 20 }).toBe(numbers[2]);
    const history = board.getByTestId('history').getByTestId('history-item');
    await expect
      .poll(async () =>
        (await history.evaluateAll((items) => items.map((i) => i.getAttribute('data-number')))).slice(0, 3),
      )
      .toEqual([numbers[1], numbers[0], (await records(board))[0].displayNumber]);
    const queued = (await records(board)).slice(before);
    expect(queued.map((r) => [r.displayNumber, r.counterNumber, r.result])).toEqual([
      [numbers[0], 2, 'queued'],
      [numbers[1], 3, 'queued'],
      [numbers[2], 4, 'queued'],
    ]);
    for (const n of [2, 3, 4])
      await expect(board.getByTestId(`counter-${n}-number`).textContent()).resolves.toContain(numbers[n - 2]);
  });

  it('renders the clip sequence of one call offline: clips plus gaps, over a second', async () => {
    const call = (await records(board)).at(-1);
    if (!call) throw new Error('no announcement');
    const clips = call.parts[0].clips;
    const result = await board.evaluate((ids) => window.__luotVoice?.renderOffline(ids, 'vi'), clips);
    if (!result) throw new Error('no voice hook');
    const expected = result.clipSeconds.reduce((a, b) => a + b, 0) + (clips.length - 1) * result.gapSeconds;
    expect(result.renderedEnd).toBeGreaterThan(1);
    expect(Math.abs(result.scheduledEnd - expected)).toBeLessThan(0.001);
    expect(Math.abs(result.renderedEnd - expected)).toBeLessThan(0.003);
    // The same as the pack's manifest says (Chromium's Vorbis decoder may trim ≤ 11.7 ms a clip).
    const manifest = JSON.parse(readFileSync(resolve(CLIPS, 'vi/manifest.json'), 'utf8'));
    const fromManifest =
      clips.reduce((sum: number, id: string) => sum + manifest.clips[id].durationMs / 1000, 0) +
      (clips.length - 1) * 0.08;
    expect(Math.abs(result.renderedEnd - fromManifest)).toBeLessThan(clips.length * 0.0117 + 0.003);
  });

  it('announces a ticket taken in English in Vietnamese, then in English', async () => {
    await act('c4', 'start');
    await act('c4', 'finish');
    const number = await issue('c4', 'en');
    expect(await callNext('c4')).toBe(number);
    await expect
      .poll(async () =>
        (await records(board)).find((r) => r.displayNumber === number)?.parts.map((p) => p.language),
      )
      .toEqual(['vi', 'en']);
    const call = (await records(board)).find((r) => r.displayNumber === number);
    expect(call?.parts[1].text).toMatch(/^Ticket number C, .+ please go to counter four$/);
  });

  it('does not re-announce anything after a reconnect', async () => {
    const before = await records(board);
    const snapshots = await board.evaluate(
      () => (document.querySelector('luot-display-app') as unknown as { snapshots: number }).snapshots,
    );
    await board.evaluate(() => {
      const app = document.querySelector('luot-display-app') as unknown as {
        conn: { socket: { io: { engine: { close(): void } } } };
      };
      app.conn.socket.io.engine.close();
    });
    await expect
      .poll(
        () =>
          board.evaluate(
            () => (document.querySelector('luot-display-app') as unknown as { snapshots: number }).snapshots,
          ),
        { timeout: 5000 },
      )
      .toBeGreaterThan(snapshots);
    expect(await board.getByTestId('offline-banner').count()).toBe(0);
    expect(await records(board)).toEqual(before);
    expect(realErrors(boardErrors)).toEqual([]);
    // Packs not installed (Khmer) are not even asked for: /clips/index.json lists what exists.
    expect(notFound).toEqual([]);
  });

  it('zone filter: only zone A counters and calls', async () => {
    const { page, context } = await openPage(
      e2e.browser,
      `${e2e.server.url}/display/?zone=A&key=${e2e.server.keys.display}`,
    );
    try {
      await page.getByTestId('counter-1').waitFor();
      for (const n of [1, 2, 3]) expect(await page.getByTestId(`counter-${n}`).count()).toBe(1);
      for (const n of [4, 5, 6]) expect(await page.getByTestId(`counter-${n}`).count()).toBe(0);
      // The latest call is at counter 4 (zone B): zone A shows its own latest, counter 3's.
      await expect(page.getByTestId('current-call').getAttribute('data-counter')).resolves.toBe('3');
      const counters = await page
        .getByTestId('history-item')
        .evaluateAll((items) => items.map((i) => i.getAttribute('data-counter')));
      expect(counters.every((c) => ['1', '2', '3'].includes(c ?? ''))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('counter board: just the number served at counter 2, big', async () => {
    const snapshot = (
      await request(e2e.server.url, '/api/sites/demo/snapshot', { auth: e2e.server.keys.integration })
    ).body;
    const served = snapshot.counters.find((c: { id: string }) => c.id === 'c2').current.displayNumber;
    const { page, context } = await openPage(
      e2e.browser,
      `${e2e.server.url}/display/?counter=2&key=${e2e.server.keys.display}`,
    );
    try {
      await expect.poll(() => currentNumber(page)).toBe(served);
      await expect(page.getByTestId('counter-board-title').textContent()).resolves.toContain('QUẦY 2');
      expect(await page.getByTestId('history').count()).toBe(0);
      const box = await page.getByTestId('current-call').boundingBox();
      expect(box?.height ?? 0).toBeGreaterThan(1080 * 0.3);
      // A new call at counter 2 replaces it.
      await act('c2', 'start');
      await act('c2', 'finish');
      await issue('c2');
      const next = await callNext('c2');
      await expect.poll(() => currentNumber(page), { timeout: 1000, interval: 20 }).toBe(next);
      await expect(page.getByTestId('counter-board').getAttribute('data-highlight')).resolves.toBe('on');
      // A counter board does not speak (the hall board does).
      expect(await page.evaluate(() => window.__luotAnnouncements)).toBeUndefined();
    } finally {
      await context.close();
    }
  });

  it('the highlighted number is at least 15% of the screen height, landscape and portrait', async () => {
    const { page, context } = await openPage(
      e2e.browser,
      `${e2e.server.url}/display/?key=${e2e.server.keys.display}`,
    );
    try {
      for (const viewport of [
        { width: 1920, height: 1080 },
        { width: 1080, height: 1920 },
      ]) {
        await page.setViewportSize(viewport);
        const number = page.getByTestId('current-number');
        await number.waitFor();
        await page.waitForTimeout(100);
        const size = await number.evaluate((el) => ({
          font: Number.parseFloat(getComputedStyle(el).fontSize),
          box: el.getBoundingClientRect().height,
          right: el.getBoundingClientRect().right,
          width: window.innerWidth,
          height: window.innerHeight,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        }));
        expect(size.height).toBe(viewport.height);
        expect(size.font, `${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(
          0.15 * viewport.height,
        );
        expect(size.box).toBeGreaterThanOrEqual(0.15 * viewport.height);
        // Nothing spills out of the screen.
        expect(size.right).toBeLessThanOrEqual(size.width);
        expect(size.overflow).toBeLessThanOrEqual(0);
      }
    } finally {
      await context.close();
    }
  });
});
