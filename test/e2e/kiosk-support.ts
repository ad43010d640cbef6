// Helpers shared by the kiosk and phone page e2e tests.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { request, type TestServer } from '../support/test-server.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const PORTRAIT = { width: 1080, height: 1920 };
export const LANDSCAPE = { width: 1920, height: 1080 };

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core on the page (open shadow roots included); fails on serious or critical findings. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // Evaluated through the DevTools protocol: the page's CSP (script-src 'self') forbids an inline tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: Document): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 3).map((n) => ({ target: n.target })),
    }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad, `${screen}: ${JSON.stringify(bad, null, 1)}`).toEqual([]);
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `/tmp/${name}.png` });
}

export function kioskUrl(server: TestServer, query = ''): string {
  return `${server.url}/kiosk/?key=${server.keys.kiosk}${query}`;
}

/** People waiting on the whole site, as the hub counts them. */
export async function waitingTotal(server: TestServer): Promise<number> {
  const res = await request(server.url, '/api/sites/demo/snapshot', { auth: server.keys.display });
  expect(res.status).toBe(200);
  return res.body.waiting.total as number;
}

/** A counter's waiting list as the hub sees it. */
export async function counterQueue(
  server: TestServer,
  counterId: string,
): Promise<{ displayNumber: string; language: string; priorityId: string | null; procedureId: string }[]> {
  const res = await request(server.url, `/api/sites/demo/counters/${counterId}/queue`, {
    auth: server.keys.display,
  });
  expect(res.status).toBe(200);
  return res.body.tickets;
}

/** Clicks by test id and counts the taps. */
export class Taps {
  count = 0;
  constructor(private readonly page: Page) {}
  async tap(testId: string): Promise<void> {
    this.count += 1;
    await this.page.getByTestId(testId).click();
  }
}

/** The visible words of an element, spaces collapsed (textContent: no layout needed). */
export async function text(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}
