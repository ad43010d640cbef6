// npm start: build the front ends and compile the server when missing or stale, then run the
// compiled hub (plain JavaScript: no TypeScript loader at run time).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIfStale } from './build-if-stale.mjs';
import { buildServerIfStale } from './build-server.mjs';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
await buildIfStale();
buildServerIfStale();
const child = spawn(process.execPath, [resolve(root, 'build/server/main.js')], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
