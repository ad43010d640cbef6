// Bytes of the JavaScript an app page of dist/ loads before it can run: the page's scripts and
// module preloads, and every chunk those import statically (import(…) chunks load on first use
// and are not counted). Each file is gzipped on its own, as a browser fetches it.
import { readFileSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const DIST = resolve(import.meta.dirname, '../../dist');

/** Static `import … from "./x.js"`, `export … from "./x.js"` and `import "./x.js"`. */
const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g;

/** dist-relative paths of the first-load scripts of a page, e.g. 'kiosk/index.html'. */
export function firstLoadFiles(htmlPath: string): string[] {
  const html = readFileSync(resolve(DIST, htmlPath), 'utf8');
  const pending: string[] = [];
  for (const m of html.matchAll(
    /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
  )) {
    const src = m[1] ?? m[2];
    pending.push(src.startsWith('/') ? src.slice(1) : posix.join(posix.dirname(htmlPath), src));
  }
  const seen = new Set<string>();
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(resolve(DIST, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) pending.push(posix.join(dirname(file), m[1]));
  }
  return [...seen].sort();
}

/** Gzipped and raw bytes of a page's first-load scripts, e.g. 'kiosk/index.html'. */
export function pageJsBytes(htmlPath: string): { gzip: number; raw: number; files: string[] } {
  const files = firstLoadFiles(htmlPath);
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const body = readFileSync(resolve(DIST, file));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { gzip, raw, files };
}
