// The day ends at 00:00 in the site's zone (UTC+7) whatever the process TZ (the suite runs in
// America/Los_Angeles): open tickets expire, numbering restarts, in-process and idempotently.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteHub } from '../../server/hub/site-hub.js';
import { FileStore } from '../../server/store/file-store.js';
import { instantOfLocal } from '../../shared/i18n/time.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { testSiteConfig } from '../support/fixtures.js';

const TZ = 'Asia/Ho_Chi_Minh';
const BEFORE_MIDNIGHT = instantOfLocal('2026-03-02', 23 * 60 + 59, TZ) + 59_000; // 23:59:59 +07
const AFTER_MIDNIGHT = instantOfLocal('2026-03-03', 0, TZ) + 1_000; // 00:00:01 +07

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

async function openHub(now: { t: number }, dataDir?: string) {
  const dir = dataDir ?? (await mkdtemp(join(tmpdir(), 'luot-day-')));
  if (!dataDir) dirs.push(dir);
  const store = await FileStore.open(dir);
  const hub = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, () => now.t);
  return { dir, store, hub };
}

describe('daily reset', () => {
  it('puts 23:59:59+07 and 00:00:01+07 on different days and resets between them', async () => {
    expect(process.env.TZ).toBe('America/Los_Angeles');
    const now = { t: BEFORE_MIDNIGHT };
    const { store, hub } = await openHub(now);
    const resets: string[] = [];
    hub.subscribe({ events: () => undefined, reset: (_h, day) => resets.push(day) });
    const late = await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    expect(late.ok && late.ticket?.day).toBe('2026-03-02');
    now.t = AFTER_MIDNIGHT;
    const early = await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    expect(early.ok && early.ticket?.day).toBe('2026-03-03');
    expect(early.ok && early.ticket?.displayNumber).toBe('A001');
    expect(resets).toEqual(['2026-03-02']);
    const closed = await store.readDay('site-a', '2026-03-02');
    expect(closed.map((e) => e.type)).toEqual(['ticket:issued', 'ticket:expired', 'day:closed']);
    expect(await hub.rollDay()).toBe(false);
    expect(resets).toHaveLength(1);
    await hub.close();
    await store.close();
  });

  it('resumes a day that already has a journal when it rolls into it, never starting it empty', async () => {
    const late = { t: BEFORE_MIDNIGHT };
    const { store, hub } = await openHub(late);
    await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    // The next day's journal already holds two tickets (a hub that ran with that day's clock).
    const early = { t: AFTER_MIDNIGHT };
    const other = await SiteHub.load(testSiteConfig(), defaultSiteSettings(), store, () => early.t);
    await other.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    await other.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    await other.close();
    await store.releaseDay('site-a', '2026-03-03');
    late.t = AFTER_MIDNIGHT + 60_000;
    const next = await hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    expect(next.ok && next.ticket?.displayNumber).toBe('A003');
    const events = await store.readDay('site-a', '2026-03-03');
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    await hub.close();
    await store.close();
  });

  it('closes a day left open by a stop across midnight when it starts again', async () => {
    const now = { t: BEFORE_MIDNIGHT };
    const first = await openHub(now);
    await first.hub.execute({ type: 'ticket:issue', procedureId: 'p-khaisinh' });
    await first.hub.execute({ type: 'ticket:issue', procedureId: 'p-datdai' });
    await first.hub.close();
    await first.store.close();
    now.t = AFTER_MIDNIGHT + 3 * 3600_000;
    const second = await openHub(now, first.dir);
    expect(second.hub.state.day).toBe('2026-03-03');
    expect(second.hub.state.tickets.size).toBe(0);
    const closed = await second.store.readDay('site-a', '2026-03-02');
    expect(closed.filter((e) => e.type === 'ticket:expired')).toHaveLength(2);
    expect(closed.at(-1)?.type).toBe('day:closed');
    await second.hub.close();
    await second.store.close();
    // Starting once more changes nothing: closing is idempotent.
    const third = await openHub(now, first.dir);
    expect((await third.store.readDay('site-a', '2026-03-02')).length).toBe(closed.length);
    await third.hub.close();
    await third.store.close();
  });
});
