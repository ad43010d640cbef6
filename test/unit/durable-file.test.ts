// Whole-file writes: many writes at once to one path all succeed, the last call's content is what
// stays, and no temp file is left behind (they used to share one temp name: the second rename failed).
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileDurably } from '../../server/store/durable-file.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('writeFileDurably', () => {
  it('takes concurrent writes to one path in call order, leaving the last and no temp file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'luot-durable-'));
    dirs.push(dir);
    const path = join(dir, 'cursor.json');
    const writes = Array.from({ length: 20 }, (_, i) => writeFileDurably(path, JSON.stringify({ seq: i })));
    await expect(Promise.all(writes)).resolves.toHaveLength(20);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ seq: 19 });
    expect(await readdir(dir)).toEqual(['cursor.json']);
  });
});
