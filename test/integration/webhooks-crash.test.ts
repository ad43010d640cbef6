// Webhooks across kill -9: a real hub process is SIGKILLed mid-stream several times while a real
// receiver on loopback takes its deliveries. After a last restart, the receiver (deduplicating by
// X-Luot-Delivery) has every subscribed journal event exactly once, in seq order, each signed.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileStore } from '../../server/store/file-store.js';
import { localDay } from '../../shared/i18n/time.js';
import { killWhen } from '../support/kill-when.js';
import { type Receiver, startReceiver } from '../support/webhook-receiver.js';

const CHILD = join(import.meta.dirname, '..', 'support', 'webhook-hub-child.ts');
const SECRET = 'crash-test-secret-0123456789';

function spawnChild(dataDir: string, url: string, mode: 'run' | 'drain'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, url, SECRET, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the child until a line matches, then SIGKILLs it. */
async function runUntil(
  child: ChildProcess,
  done: (line: string, count: number) => boolean,
): Promise<string[]> {
  const lines: string[] = [];
  await killWhen(child, (line) => {
    lines.push(line);
    return done(line, lines.length);
  });
  return lines;
}

describe('webhooks across kill -9', () => {
  const dirs: string[] = [];
  let receiver: Receiver | null = null;
  afterAll(async () => {
    await receiver?.close();
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('loses, duplicates (after dedup) and reorders nothing', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'luot-hook-crash-'));
    dirs.push(dataDir);
    const rx = await startReceiver(SECRET);
    receiver = rx;
    for (let round = 0; round < 3; round++) {
      // Kill at a different moment each round, while deliveries are in flight.
      await runUntil(
        spawnChild(dataDir, rx.url, 'run'),
        (line, count) => line.startsWith('ACK') && count >= 40 + round * 25,
      );
    }
    // The last start sends what is left; the parent knows how far the journal goes.
    // Read it before the drain starts: one process per data directory (the lock), and the drain
    // runs no commands, so the journal read here is the whole of it.
    const store = await FileStore.open(dataDir);
    const day = localDay(Date.now(), 'Asia/Ho_Chi_Minh');
    const journal = await store.readDay('demo', day);
    await store.close();
    const drain = spawnChild(dataDir, rx.url, 'drain');
    const finished = runUntil(drain, () => false);
    const expected = journal
      .filter((e) => e.type === 'ticket:issued' || e.type === 'ticket:called')
      .map((e) => e.seq);
    expect(expected.length).toBeGreaterThan(100);
    const firstSeq = rx.unique()[0]?.body.seq ?? 0;
    const wanted = expected.filter((s) => (s ?? 0) >= firstSeq);
    await rx.waitFor(() => rx.unique().length >= wanted.length, 60_000);
    drain.kill('SIGKILL');
    await finished;
    const unique = rx.unique();
    // The subscription was created before the first command: everything from the start.
    expect(firstSeq).toBe(expected[0]);
    expect(unique.map((r) => r.body.seq)).toEqual(wanted);
    expect(rx.received.every((r) => r.signatureOk)).toBe(true);
    // Duplicates (at least once) are exact repeats of an earlier delivery, never a new order.
    const seen = new Map(unique.map((r) => [r.deliveryId, JSON.stringify(r.body)]));
    for (const r of rx.received) expect(JSON.stringify(r.body)).toBe(seen.get(r.deliveryId));
    let last = 0;
    for (const r of rx.received) {
      if (r === unique.find((u) => u.deliveryId === r.deliveryId)) {
        expect(r.body.seq).toBeGreaterThan(last);
        last = r.body.seq;
      }
    }
    for (const r of unique) {
      const event = journal.find((e) => e.seq === r.body.seq);
      expect(r.body.type).toBe(event?.type === 'ticket:issued' ? 'ticket.issued' : 'ticket.called');
    }
  }, 180_000);
});
