// Compiles the server (and the shared code it imports) to build/ when build/ is missing or older
// than any of its sources, so `npm start` runs JavaScript, not TypeScript through tsx. Files the
// server reads beside its code (the password list, the slip worker's entry, the slip fonts, the
// PostgreSQL migrations) are
// copied next to the compiled modules.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const BUILD = join(root, 'build');
const STAMP = join(BUILD, '.server-stamp');
const SOURCES = [
  'server',
  'shared',
  'tsconfig.json',
  'tsconfig.server.json',
  'package-lock.json',
  'scripts/build-server.mjs',
];
/** Beside-the-code files to copy (paths under server/). */
const COPIED = [/\.txt$/, /\.mjs$/, /\.sql$/, /^assets\/fonts\//];

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(join(path, entry)));
  }
  return newest;
}

export function isServerStale() {
  if (!existsSync(STAMP)) return true;
  const built = statSync(STAMP).mtimeMs;
  return SOURCES.some((s) => newestMtime(join(root, s)) > built);
}

export function buildServerIfStale({ force = false, quiet = false } = {}) {
  if (!force && !isServerStale()) return false;
  if (!quiet) process.stdout.write('Lượt: compiling the server…\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.server.json')], { stdio: 'inherit' });
  cpSync(join(root, 'server'), join(BUILD, 'server'), {
    recursive: true,
    filter: (src) => {
      const rel = src.slice(join(root, 'server').length + 1).replaceAll('\\', '/');
      return rel === '' || statSync(src).isDirectory() || COPIED.some((re) => re.test(rel));
    },
  });
  writeFileSync(STAMP, new Date().toISOString());
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildServerIfStale({ force: process.argv.includes('--force') });
}
