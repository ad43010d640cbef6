// Builds the front ends when dist/ is missing or older than any source file of the apps.
// Used by `npm start` and by the test suite's global setup.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const SOURCES = ['kiosk', 'display', 'counter', 'admin', 'shared', 'vite.config.ts', 'package-lock.json'];
const STAMP = join(root, 'dist', '.build-stamp');

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

export async function buildIfStale({ force = false, quiet = false } = {}) {
  if (!force && !isStale()) return false;
  if (!quiet) process.stdout.write('Lượt: building the kiosk, display, counter and admin apps…\n');
  const { build } = await import('vite');
  // Always a production build: under the test runner NODE_ENV is 'test', and Vite would then
  // resolve Lit's development build (dev-mode warnings, 4 KB more per app) into dist/, which
  // `npm start` would go on serving.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: quiet ? 'error' : 'warn',
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  const { writeFileSync } = await import('node:fs');
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildIfStale({ force: process.argv.includes('--force') });
}
