// Tests only (main.ts refuses it unless NODE_ENV=test): a wall clock that a test moves by writing
// {"offsetMs": n} to a file, so a real server process can live through clock jumps. The file is
// polled; while it is missing or being rewritten the last offset holds (0 at first).
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const offsetFile = z.strictObject({ offsetMs: z.number().int() });

export function testWallClock(path: string, pollMs = 20): () => number {
  let offset = 0;
  const read = () => {
    try {
      offset = offsetFile.parse(JSON.parse(readFileSync(path, 'utf8'))).offsetMs;
    } catch {
      // Keep the last offset while the test rewrites the file.
    }
  };
  read();
  setInterval(read, pollMs).unref();
  return () => Date.now() + offset;
}
