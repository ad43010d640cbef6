// A damaged data file stops start-up with a message naming the file and the problem, and the
// file is left exactly as it was. A torn last journal line (a crash mid-write) is set aside.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteHub } from '../../server/hub/site-hub.js';
import { CorruptDataError } from '../../server/store/errors.js';
import { FileStore } from '../../server/store/file-store.js';
import { encodeJournalLine } from '../../server/store/journal-line.js';
import type { QueueEvent } from '../../shared/domain/events.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { testSiteConfig } from '../support/fixtures.js';

const ROOT = join(import.meta.dirname, '..', '..');
const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'luot-corrupt-'));
  dirs.push(d);
  return d;
}
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** Issues a few tickets through a real hub so the journal exists. */
async function seedJournal(dataDir: string, count: number): Promise<string> {
  const store = await FileStore.open(dataDir);
  const hub = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now);
  for (let i = 0; i < count; i++) await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
  await hub.close();
  await store.close();
  return store.dayPath('site-a', hub.state.day);
}

function startServer(dataDir: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'server/main.ts')], {
      env: { ...process.env, LUOT_DATA_DIR: dataDir, PORT: '0', LUOT_LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('damaged data files', () => {
  it('refuses to start on a truncated config.json, names it, and leaves it untouched', async () => {
    const dataDir = await tempDir();
    const store = await FileStore.open(dataDir);
    await store.updateConfig((d) => {
      d.users.push({
        id: 'u1',
        username: 'a',
        fullName: 'A',
        role: 'admin',
        siteIds: [],
        passwordHash: 'x',
        disabled: false,
        createdAt: 1,
      });
    });
    await store.close();
    const path = join(dataDir, 'config.json');
    const original = await readFile(path, 'utf8');
    const broken = original.slice(0, Math.floor(original.length / 2));
    await writeFile(path, broken);
    const result = await startServer(dataDir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).toContain('not valid JSON');
    expect(await readFile(path, 'utf8')).toBe(broken);
  }, 30_000);

  it('refuses a config.json edited by hand into the wrong shape, naming the field', async () => {
    const dataDir = await tempDir();
    const path = join(dataDir, 'config.json');
    const bad = JSON.stringify({ schemaVersion: 1, sites: [], users: [{ id: 'u1' }], devices: [] });
    await writeFile(path, bad);
    await expect(FileStore.open(dataDir)).rejects.toThrow(/users\.0\./);
    await expect(FileStore.open(dataDir)).rejects.toBeInstanceOf(CorruptDataError);
    expect(await readFile(path, 'utf8')).toBe(bad);
  });

  it('refuses a journal with a damaged line in the middle and names file and line', async () => {
    const dataDir = await tempDir();
    const journal = await seedJournal(dataDir, 3);
    const lines = (await readFile(journal, 'utf8')).split('\n');
    lines[1] = lines[1].slice(0, 20);
    const damaged = lines.join('\n');
    await writeFile(journal, damaged);
    const store = await FileStore.open(dataDir);
    const load = SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now);
    await expect(load).rejects.toThrow(
      new RegExp(`${journal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*line 2`),
    );
    expect(await readFile(journal, 'utf8')).toBe(damaged);
  });

  it('refuses a journal whose events cannot be replayed', async () => {
    const dataDir = await tempDir();
    const journal = await seedJournal(dataDir, 1);
    // A well-formed line (seq and checksum right) for a ticket that does not exist.
    const orphan = encodeJournalLine({
      type: 'ticket:called',
      at: Date.now(),
      ticketId: 'nope',
      counterId: 'c1',
      officerId: null,
      next: true,
      seq: 2,
    } as QueueEvent);
    await writeFile(journal, `${await readFile(journal, 'utf8')}${orphan}`);
    const store = await FileStore.open(dataDir);
    await expect(SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now)).rejects.toThrow(
      /event 2 cannot be replayed/,
    );
  });

  it('sets a torn last line aside and keeps every whole event', async () => {
    const dataDir = await tempDir();
    const journal = await seedJournal(dataDir, 4);
    const whole = await readFile(journal, 'utf8');
    await writeFile(journal, `${whole}{"type":"ticket:issued","at":17`);
    const store = await FileStore.open(dataDir);
    const hub = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now);
    expect([...hub.state.tickets.values()].map((t) => t.displayNumber)).toEqual([
      'A001',
      'A002',
      'A003',
      'A004',
    ]);
    expect(await readFile(journal, 'utf8')).toBe(whole);
    const torn = (await readdir(join(dataDir, 'sites', 'site-a', 'days'))).filter((f) => f.endsWith('.torn'));
    expect(torn).toHaveLength(1);
    const next = await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    expect(next.ok && next.ticket?.displayNumber).toBe('A005');
    await hub.close();
    await store.close();
  });
});

describe('readers beside the writer', () => {
  it('never cuts a journal when a reader meets a half-written last line', async () => {
    const dataDir = await tempDir();
    const journal = await seedJournal(dataDir, 2);
    const whole = await readFile(journal, 'utf8');
    const inFlight = `${whole}{"type":"ticket:issued","at":17`;
    await writeFile(journal, inFlight);
    const store = await FileStore.open(dataDir);
    const day = journal.slice(-16, -6);
    const events = await store.readDay('site-a', day);
    expect(events).toHaveLength(2);
    expect(await readFile(journal, 'utf8')).toBe(inFlight);
    await store.close();
  });
});
