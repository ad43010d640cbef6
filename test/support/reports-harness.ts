// A page that shows <luot-reports-page> alone, for e2e tests and screenshots: the element and
// the bundled fonts are built with Vite into a temp dir, and the browser context serves them at
// <hub>/reports-harness/ (same origin as the API, so the session cookie works).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { BrowserContext } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface ReportsHarness {
  dir: string;
  /** Serves the harness under <url>/reports-harness/ in this browser context. */
  serve(context: BrowserContext, url: string): Promise<void>;
  close(): Promise<void>;
}

export async function buildReportsHarness(siteId = 'demo'): Promise<ReportsHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'luot-reports-harness-'));
  await writeFile(
    join(dir, 'index.html'),
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo</title>
<style>body{margin:0;padding:24px;background:#f3f5f9;font-family:'Be Vietnam Pro',sans-serif}</style></head>
<body><luot-reports-page site-id="${siteId}"></luot-reports-page>
<script type="module">import '${join(ROOT, 'shared/ui/fonts.ts')}'; import '${join(ROOT, 'admin/reports/reports-page.ts')}';</script>
</body></html>`,
  );
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: dir,
    base: '/reports-harness/',
    logLevel: 'error',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return {
    dir,
    async serve(context, url) {
      await context.route(`${url}/reports-harness/**`, async (route) => {
        const path = new URL(route.request().url()).pathname.replace('/reports-harness/', '') || 'index.html';
        try {
          const body = await readFile(join(dir, 'dist', path));
          await route.fulfill({
            status: 200,
            body,
            contentType: TYPES[extname(path)] ?? 'application/octet-stream',
          });
        } catch {
          await route.fulfill({ status: 404, body: 'not found' });
        }
      });
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}
