// Each journal line carries its seq (strictly +1) and a checksum: a line deleted, duplicated,
// swapped, altered, or not valid UTF-8 stops start-up naming the file and line, and the file is
// left as it was. Journals written before checksums existed still load.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteHub } from '../../server/hub/site-hub.js';
import { CorruptDataError } from '../../server/store/errors.js';
import { FileStore } from '../../server/store/file-store.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { testSiteConfig } from '../support/fixtures.js';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

/** A journal of five issued tickets, written by a real hub. */
async function seeded(): Promise<{ dataDir: string; journal: string; lines: string[] }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'luot-integrity-'));
  dirs.push(dataDir);
  const store = await FileStore.open(dataDir);
  const hub = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now);
  for (let i = 0; i < 5; i++) await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
  await hub.close();
  await store.close();
  const journal = store.dayPath('site-a', hub.state.day);
  const lines = (await readFile(journal, 'utf8')).split('\n').slice(0, -1);
  expect(lines).toHaveLength(5);
  return { dataDir, journal, lines };
}

async function loadFails(dataDir: string, journal: string, line: number): Promise<void> {
  const before = await readFile(journal);
  const store = await FileStore.open(dataDir);
  try {
    const load = SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now);
    await expect(load).rejects.toBeInstanceOf(CorruptDataError);
    await expect(SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now)).rejects.toThrow(
      `${journal} is damaged: line ${line} `,
    );
  } finally {
    await store.close();
  }
  expect(await readFile(journal)).toEqual(before);
}

const join_ = (lines: string[]) => `${lines.join('\n')}\n`;

describe('journal integrity', () => {
  it('refuses a deleted line', async () => {
    const { dataDir, journal, lines } = await seeded();
    await writeFile(journal, join_([lines[0], lines[1], lines[3], lines[4]]));
    await loadFails(dataDir, journal, 3);
  });

  it('refuses a duplicated line', async () => {
    const { dataDir, journal, lines } = await seeded();
    await writeFile(journal, join_([lines[0], lines[1], lines[1], lines[2], lines[3], lines[4]]));
    await loadFails(dataDir, journal, 3);
  });

  it('refuses swapped lines', async () => {
    const { dataDir, journal, lines } = await seeded();
    await writeFile(journal, join_([lines[0], lines[2], lines[1], lines[3], lines[4]]));
    await loadFails(dataDir, journal, 2);
  });

  it('refuses an altered line that is still valid JSON', async () => {
    const { dataDir, journal, lines } = await seeded();
    const altered = lines[3].replace('"A004"', '"A009"');
    expect(altered).not.toBe(lines[3]);
    await writeFile(journal, join_([lines[0], lines[1], lines[2], altered, lines[4]]));
    await loadFails(dataDir, journal, 4);
  });

  it('refuses a line with invalid UTF-8', async () => {
    const { dataDir, journal, lines } = await seeded();
    const bad = Buffer.concat([
      Buffer.from(`${lines[0]}\n`),
      Buffer.from(lines[1].slice(0, 20)),
      Buffer.from([0xc3, 0x28]),
      Buffer.from(`${lines[1].slice(20)}\n${lines.slice(2).join('\n')}\n`),
    ]);
    await writeFile(journal, bad);
    await loadFails(dataDir, journal, 2);
  });

  it('refuses a line that lost its checksum after checked lines', async () => {
    const { dataDir, journal, lines } = await seeded();
    const stripped = lines[2].replace(/,"crc":"[0-9a-f]{8}"\}$/, '}');
    await writeFile(journal, join_([lines[0], lines[1], stripped, lines[3], lines[4]]));
    await loadFails(dataDir, journal, 3);
  });

  it('loads a journal written before checksums existed and continues it with checked lines', async () => {
    const { dataDir, journal, lines } = await seeded();
    const legacy = lines.map((l) => l.replace(/,"crc":"[0-9a-f]{8}"\}$/, '}'));
    await writeFile(journal, join_(legacy));
    const store = await FileStore.open(dataDir);
    const hub = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, Date.now);
    expect(hub.state.tickets.size).toBe(5);
    const next = await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    expect(next.ok && next.ticket?.displayNumber).toBe('A006');
    await hub.close();
    await store.close();
    const after = (await readFile(journal, 'utf8')).split('\n').slice(0, -1);
    expect(after.slice(0, 5)).toEqual(legacy);
    expect(after[5]).toMatch(/"seq":6,"crc":"[0-9a-f]{8}"\}$/);
    const reopened = await FileStore.open(dataDir);
    const again = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), reopened, Date.now);
    expect(again.state.tickets.size).toBe(6);
    await again.close();
    await reopened.close();
  });
});
