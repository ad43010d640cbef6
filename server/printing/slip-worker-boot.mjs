// Worker entry: the compiled slip worker beside it (npm start runs build/), or the TypeScript one
// loaded through tsx (development and tests: workers do not inherit the loader).
import { existsSync } from 'node:fs';

const compiled = new URL('./slip-worker.js', import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { tsImport } = await import('tsx/esm/api');
  await tsImport('./slip-worker.ts', import.meta.url);
}
