// The apps' JavaScript budgets (issue 12): what the kiosk, the display and the counter screen load
// before they can run — their scripts, module preloads and every chunk those import statically —
// at most 60 KB gzipped each (every file gzipped on its own, as the browser fetches it). Chunks
// loaded on first use (import(…), e.g. the kiosk's camera QR decoder) are not counted. Measured
// on the build the suite's global setup keeps up to date (scripts/build-if-stale.mjs).
import { describe, expect, it } from 'vitest';
import { isStale } from '../../scripts/build-if-stale.mjs';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DIST, firstLoadFiles, pageJsBytes } from '../bench/bundle-size.js';

const BUDGET_BYTES = 60 * 1024;

describe('app JS budgets', () => {
  it('measures the current build: scripts and their static imports, not the lazy chunks', () => {
    expect(isStale()).toBe(false);
    const kiosk = firstLoadFiles('kiosk/index.html');
    expect(kiosk.some((f) => /^assets\/kiosk-[\w-]+\.js$/.test(f))).toBe(true);
    // The socket.io client comes in through a static import of the entry.
    expect(kiosk.some((f) => /^assets\/connection-[\w-]+\.js$/.test(f))).toBe(true);
    expect(kiosk.some((f) => f.includes('jsQR'))).toBe(false);
  });

  it('is a production build, even when the test runner built it (NODE_ENV=test)', () => {
    // Lit's development build warns in the console and weighs 4 KB more per app; it came in when
    // the suite's global setup built dist/ under NODE_ENV=test, and `npm start` then served it.
    for (const page of ['kiosk/index.html', 'display/index.html', 'counter/index.html']) {
      const devMode = firstLoadFiles(page).filter((f) =>
        readFileSync(resolve(DIST, f), 'utf8').includes('Lit is in dev mode'),
      );
      expect(devMode, page).toEqual([]);
    }
  });

  it.each(['kiosk/index.html', 'display/index.html', 'counter/index.html'])(
    '%s loads at most 60 KB of gzipped JS',
    (page) => {
      const { gzip, files } = pageJsBytes(page);
      const kb = (gzip / 1024).toFixed(1);
      expect(gzip, `${page}: ${kb} KB gzipped in ${files.length} files`).toBeLessThanOrEqual(BUDGET_BYTES);
    },
  );
});
