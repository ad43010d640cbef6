// Real Chromium for e2e tests (playwright-core + Debian's /usr/bin/chromium). Without Chromium
// the tests fail loudly with the install command; they are never skipped.
import { existsSync } from 'node:fs';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.LUOT_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
];

export function requireChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  const message =
    `Chromium not found at ${CHROMIUM_PATH}: the e2e tests need a real browser. ` +
    'Install it with: apt-get update && apt-get install -y chromium';
  // Loud everywhere; in CI (CI=true) this is a failure like any other.
  process.stderr.write(`\n!!! ${message}\n\n`);
  throw new Error(message);
}

export async function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  requireChromium();
  // playwright gives each launch a fresh temporary profile (it refuses --user-data-dir here).
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Flags for a fake camera and microphone, allowed without asking; the camera plays a .y4m video if given. */
export function fakeMediaArgs(video?: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(video ? [`--use-file-for-fake-video-capture=${video}`] : []),
  ];
}

/** A page that records console errors and page errors, to assert a clean load. */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1920, height: 1080 },
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  return { page, context, errors };
}

/** All visible text of the page, including inside open shadow roots. */
export async function deepText(page: Page): Promise<string> {
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
      if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
      for (const child of Array.from(node.childNodes)) walk(child);
    };
    walk(document.body);
    return parts.join(' ');
  });
  return text.normalize('NFC');
}

/**
 * The text a person can see: text nodes whose element is rendered (open shadow roots included),
 * one entry per text node; elements with one of the skipped test ids are left out with their content.
 */
export async function visibleTexts(page: Page, skipTestIds: string[] = []): Promise<string[]> {
  const texts = await page.evaluate((skip) => {
    const parts: string[] = [];
    const walk = (node: Node): void => {
      if (node instanceof Element) {
        if (skip.includes(node.getAttribute('data-testid') ?? '')) return;
        if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
        if (node.shadowRoot) walk(node.shadowRoot);
      }
      if (node.nodeType === Node.TEXT_NODE) {
        const text = (node.textContent ?? '').trim();
        if (text && node.parentElement?.checkVisibility({ visibilityProperty: true })) parts.push(text);
      }
      for (const child of Array.from(node.childNodes)) walk(child);
    };
    walk(document.body);
    return parts;
  }, skipTestIds);
  return texts.map((t) => t.normalize('NFC'));
}
