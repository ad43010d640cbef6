// The first appends of a day reach the journal in call order, even when they race through the
// journal's opening (the webhook crash test found seqs swapped on disk after a start).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { QueueEvent } from '../../shared/domain/events.js';
import { FileStore } from '../../server/store/file-store.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

describe('journal order', () => {
  it('keeps concurrent first appends of a new day in call order', async () => {
    for (let round = 0; round < 20; round++) {
      const dir = await mkdtemp(join(tmpdir(), 'luot-order-'));
      dirs.push(dir);
      const store = await FileStore.open(dir);
      const events: QueueEvent[] = Array.from({ length: 8 }, (_, i) => ({
        type: 'counter:resumed',
        counterId: 'c1',
        at: i,
        seq: i + 1,
      }));
      await Promise.all(events.map((e) => store.appendEvents('site-a', '2026-03-02', [e])));
      const lines = (await readFile(store.dayPath('site-a', '2026-03-02'), 'utf8')).trim().split('\n');
      expect(lines.map((l) => JSON.parse(l).seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      await store.close();
    }
  });
});
