// Helpers of the counter and rating e2e tests: tickets over REST, an officer signed in at a
// counter in Chromium, and a display socket that records the calls the hall would show.
import type { Browser, Page } from 'playwright-core';
import { io, type Socket } from 'socket.io-client';
import { hashPassword } from '../../server/auth/passwords.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/socket-events.js';
import type { CallView, QueueDelta } from '../../shared/protocol/views.js';
import { openPage } from '../support/browser.js';
import { request, type TestServer } from '../support/test-server.js';
import { signIn } from './sign-in.js';

export const VIEWPORT = { width: 1366, height: 768 };

let requestSerial = 0;

export function passwordOf(server: TestServer, username: string): string {
  const officer = server.report.officers.find((o) => o.username === username);
  if (!officer) throw new Error(`no demo officer ${username}`);
  return officer.password;
}

/** The first procedure of a series in the demo catalogue. */
export function procedureOf(server: TestServer, seriesId: string): string {
  const procedure = server.app.hubs.get('demo')?.config.procedures.find((p) => p.seriesId === seriesId);
  if (!procedure) throw new Error(`no procedure for ${seriesId}`);
  return procedure.id;
}

/** Issues a ticket at the kiosk (no print) and returns its number, id and status token. */
export async function issue(
  server: TestServer,
  seriesId: string,
  extra: { priority?: string } = {},
): Promise<{ id: string; displayNumber: string; statusToken: string }> {
  requestSerial += 1;
  const res = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: {
      procedureId: procedureOf(server, seriesId),
      requestId: `e2e-counter-${process.pid}-${requestSerial}`,
      ...extra,
    },
  });
  if (res.status !== 201) throw new Error(`issue failed: ${res.status} ${JSON.stringify(res.body)}`);
  // Distinct issue times keep the expected order unambiguous.
  await new Promise((r) => setTimeout(r, 4));
  return {
    id: res.body.ticket.id,
    displayNumber: res.body.ticket.displayNumber,
    statusToken: res.body.statusToken,
  };
}

export function ticketOf(server: TestServer, id: string) {
  const ticket = server.app.hubs.get('demo')?.state.tickets.get(id);
  if (!ticket) throw new Error(`no ticket ${id}`);
  return ticket;
}

/** Adds a manager of the demo centre and returns their password. */
export async function addManager(server: TestServer, username: string, fullName: string): Promise<string> {
  const password = `manager-${username}-password`;
  const passwordHash = await hashPassword(password);
  await server.app.store.updateConfig((data) => {
    data.users.push({
      id: `u-${username}`,
      username,
      fullName,
      role: 'manager',
      siteIds: ['demo'],
      passwordHash,
      disabled: false,
      createdAt: Date.now(),
    });
  });
  return password;
}

/** Opens /counter, signs in and (unless told otherwise) chooses the counter. */
export async function openCounter(
  browser: Browser,
  server: TestServer,
  username: string,
  password: string,
  counterId: string | null,
) {
  const opened = await openPage(browser, `${server.url}/counter/`, VIEWPORT);
  const { page } = opened;
  await signIn(page, username, password);
  if (counterId) {
    await page.getByTestId(`counter-option-${counterId}`).click();
    await waitOnline(page);
  }
  return opened;
}

export async function waitOnline(page: Page): Promise<void> {
  await page.locator('[data-testid="connection-status"][data-status="online"]').waitFor();
  await page.getByTestId('current-ticket').waitFor();
}

/** The feedback line once it shows something of the wanted kind. */
export async function feedback(
  page: Page,
  kind: 'ok' | 'info' | 'error',
  expected?: string,
): Promise<string> {
  const line = page.locator(`[data-testid="feedback"][data-kind="${kind}"]`);
  await line.waitFor();
  // The line of the action before may still show: wait a while for the expected one (the caller's
  // assertion then fails with the text seen if it never comes).
  if (expected)
    await line
      .filter({ hasText: expected })
      .waitFor({ timeout: 10_000 })
      .catch(() => undefined);
  return (await line.textContent())?.replace(/\s+/g, ' ').trim() ?? '';
}

/** Waits until the current ticket panel shows this number in this state. */
export async function currentIs(page: Page, number: string, state: string): Promise<void> {
  await page
    .locator(`[data-testid="current-ticket"][data-number="${number}"][data-state="${state}"]`)
    .waitFor();
}

/** The numbers of the waiting list, top to bottom. */
export async function waitingNumbers(page: Page): Promise<string[]> {
  return page
    .getByTestId('waiting-list')
    .locator('tbody tr td.number')
    .evaluateAll((cells) => cells.map((c) => c.textContent?.trim() ?? ''));
}

export type LuotClient = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A display as the hall has it: records every call and recall. */
export async function displaySocket(server: TestServer) {
  const socket: LuotClient = io(server.url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { key: server.keys.display },
    reconnection: false,
  });
  const calls: CallView[] = [];
  const waiters: { test: (c: CallView) => boolean; resolve: (c: CallView) => void }[] = [];
  socket.on('queue:deltas', (deltas: QueueDelta[]) => {
    for (const delta of deltas) {
      if (delta.name !== 'ticket:called' || !delta.call) continue;
      const call = delta.call;
      calls.push(call);
      for (const w of [...waiters]) {
        if (w.test(call)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(call);
        }
      }
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('queue:snapshot', () => resolve());
    socket.once('connect_error', reject);
  });
  return {
    socket,
    calls,
    /** The first call (past or future) matching number and recall flag. */
    waitForCall(number: string, recall = false, timeoutMs = 5000): Promise<CallView> {
      const test = (c: CallView) => c.displayNumber === number && c.recall === recall;
      const seen = calls.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`display did not see ${number}`)), timeoutMs);
        waiters.push({
          test,
          resolve: (c) => {
            clearTimeout(timer);
            resolve(c);
          },
        });
      });
    },
    close: () => socket.close(),
  };
}
