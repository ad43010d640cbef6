// `npm run import-to-pg` as a process (the real script) copying a data directory into a test
// database: its exit code and output, also when it fails.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { TestDatabase } from './pg-database.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');

export async function importDir(db: TestDatabase, dir: string) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/import-to-pg.ts', dir], {
    cwd: ROOT,
    env: { ...process.env, LUOT_DATABASE_URL: db.url },
  }).then(
    (r) => ({ code: 0, ...r }),
    (e: { code: number; stdout: string; stderr: string }) => e,
  );
}
