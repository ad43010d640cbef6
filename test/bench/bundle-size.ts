// Bytes of the JavaScript an app page of dist/ loads (its scripts and module preloads).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = resolve(import.meta.dirname, '../../dist');

/** Gzipped and raw bytes of the scripts an HTML page of dist/ loads, e.g. 'kiosk/index.html'. */
export function pageJsBytes(htmlPath: string): { gzip: number; raw: number } {
  const html = readFileSync(resolve(DIST, htmlPath), 'utf8');
  const files = new Set<string>();
  for (const m of html.matchAll(
    /<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g,
  )) {
    files.add(m[1] ?? m[2]);
  }
  let gzip = 0;
  let raw = 0;
  for (const file of files) {
    const body = readFileSync(resolve(DIST, file.replace(/^\//, '')));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { gzip, raw };
}
