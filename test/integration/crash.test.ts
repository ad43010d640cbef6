// kill -9 at any moment: every acknowledged ticket survives, numbering continues without repeats,
// and every restart succeeds.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { killWhen } from '../support/kill-when.js';

const CHILD = join(import.meta.dirname, '..', 'support', 'crash-child.ts');

function spawnChild(dataDir: string, mode: 'run' | 'dump'): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, mode], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the child until it has acknowledged `acks` tickets, then SIGKILLs it. */
async function runAndKill(dataDir: string, acks: number): Promise<Map<string, string>> {
  const acked = new Map<string, string>();
  await killWhen(spawnChild(dataDir, 'run'), (line) => {
    const [kind, id, number] = line.split(' ');
    if (kind === 'ACK') acked.set(id, number);
    return acked.size >= acks;
  });
  return acked;
}

function dump(
  dataDir: string,
): Promise<{ id: string; displayNumber: string; seriesId: string; status: string }[]> {
  return new Promise((resolve, reject) => {
    const child = spawnChild(dataDir, 'dump');
    let out = '';
    let err = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr?.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`restart failed (${code}): ${err}`)),
    );
  });
}

describe('crash safety', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });

  it('keeps every acknowledged ticket and never repeats a number across repeated SIGKILLs', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'luot-crash-'));
    dirs.push(dataDir);
    const allAcked = new Map<string, string>();
    for (let round = 0; round < 5; round++) {
      const acked = await runAndKill(dataDir, 60 + round * 37);
      for (const [id, number] of acked) allAcked.set(id, number);
      const tickets = await dump(dataDir);
      const byId = new Map(tickets.map((t) => [t.id, t]));
      for (const [id, number] of allAcked) {
        expect(byId.get(id)?.displayNumber, `ticket ${id} (${number}) acknowledged but lost`).toBe(number);
      }
      const seen = new Set<string>();
      for (const t of tickets) {
        const key = `${t.seriesId}/${t.displayNumber}`;
        expect(seen.has(key), `number ${key} handed out twice`).toBe(false);
        seen.add(key);
      }
    }
    expect(allAcked.size).toBeGreaterThan(300);
  }, 120_000);
});
