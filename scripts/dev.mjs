// npm run dev: the hub with tsx watch on :3000 and Vite's dev server (hot reload) proxying to it.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(import.meta.url), '..', '..');
const bin = (name) => resolve(root, 'node_modules', '.bin', name);
const children = [
  spawn(bin('tsx'), ['watch', 'server/main.ts'], { stdio: 'inherit', cwd: root }),
  spawn(bin('vite'), ['--port', '5173'], { stdio: 'inherit', cwd: root }),
];
process.stdout.write('Lượt dev: apps on http://localhost:5173/kiosk/ … (API on :3000)\n');
const stop = () => {
  for (const c of children) c.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
