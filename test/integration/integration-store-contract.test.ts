// The integration store contract: the same tests against the embedded files (FileIntegrationStore)
// and PostgreSQL (PgIntegrationStore, each test in its own database, dropped after). What the
// webhooks and the notifier rely on: settings and subscriptions (with their secrets) and cursors
// survive a reopen, a refused change changes nothing, damage is refused naming where. For
// PostgreSQL also what several nodes rely on: a change made on one node is seen by the others, two
// nodes' changes are both kept, and a cursor is written only by the process that delivers it now.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FileIntegrationStore,
  type IntegrationStore,
  type WebhookRecord,
} from '../../server/integrations/integration-store.js';
import { CorruptDataError, StoreWriteError } from '../../server/store/errors.js';
import { PgIntegrationStore } from '../../server/store/pg/pg-integration-store.js';
import { createTestDatabase, sql } from '../support/pg-database.js';
import { storeContractCleanup } from '../support/store-contract.js';

interface Subject {
  open(): Promise<IntegrationStore>;
  /** Stores text that is not a site's integrations document / a cursor. */
  damageSite(siteId: string, text: string): Promise<void>;
  damageCursor(siteId: string, webhookId: string): Promise<void>;
  /** Words a refusal of the site's document must contain. */
  names(siteId: string): string[];
  cleanup(): Promise<void>;
}

const after = storeContractCleanup();

const fileSubject = async (): Promise<Subject> => {
  const dir = await mkdtemp(join(tmpdir(), 'luot-integrations-'));
  return {
    open: async () => new FileIntegrationStore(dir),
    damageSite: async (siteId, text) => {
      await mkdir(join(dir, siteId), { recursive: true });
      await writeFile(join(dir, siteId, 'integrations.json'), text);
    },
    damageCursor: async (siteId, webhookId) => {
      await writeFile(join(dir, siteId, 'cursors', `${webhookId}.json`), '{"day":"2026-13-45","seq":-1}');
    },
    names: (siteId) => [join(siteId, 'integrations.json')],
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
};

function pgOpen(url: string): Promise<PgIntegrationStore> {
  return after.onPg(url, (pg) => PgIntegrationStore.open(pg, { retryMs: 10 }));
}

const pgSubject = async (): Promise<Subject> => {
  const db = await createTestDatabase();
  return {
    open: () => pgOpen(db.url),
    damageSite: async (siteId, text) => {
      await sql(
        db.url,
        `INSERT INTO luot_integrations (site_id, data, version) VALUES ($1, to_jsonb($2::text), 1)
         ON CONFLICT (site_id) DO UPDATE SET data = to_jsonb($2::text)`,
        [siteId, text],
      );
    },
    damageCursor: async (siteId, webhookId) => {
      await sql(
        db.url,
        `UPDATE luot_webhook_cursors SET day = '2026-13-45', seq = -1 WHERE site_id = $1 AND webhook_id = $2`,
        [siteId, webhookId],
      );
    },
    names: (siteId) => ['table luot_integrations', `site ${siteId}`],
    cleanup: () => db.drop(),
  };
};

const hook = (id: string): WebhookRecord => ({
  id,
  url: 'https://hooks.example.vn/luot',
  events: ['ticket.issued', 'ticket.called'],
  secret: 'a-shared-secret-of-32-characters!',
  paused: false,
  createdAt: 1_772_500_000_000,
});
const GATEWAY = {
  url: 'https://sms.example.vn/send',
  format: 'sms-json' as const,
  headers: { authorization: 'Bearer gateway-token' },
  sender: 'UBND',
  templates: {
    'turn-near': { text: { vi: 'Sắp đến lượt số {number}' } },
    called: { text: { vi: 'Mời số {number} đến quầy {counter}' } },
    'rate-us': { text: { vi: 'Mời ông/bà đánh giá: {link}' } },
  },
};

describe.each([
  ['files', fileSubject],
  ['PostgreSQL', pgSubject],
])('integration store contract: %s', (_name, make) => {
  it('keeps settings, subscriptions with their secrets and cursors across a reopen', async () => {
    const subject = await after.subjectOf(make);
    let store = await subject.open();
    const empty = await store.load('demo');
    expect(empty.webhooks).toEqual([]);
    expect(store.settingsNow('demo')).toEqual(empty.settings);
    const count = await store.update('demo', (d) => {
      d.webhooks.push(hook('wh_first_000001'), hook('wh_second_00002'));
      d.settings.turnNearAhead = 5;
      return d.webhooks.length;
    });
    expect(count).toBe(2);
    expect(store.settingsNow('demo').turnNearAhead).toBe(5);
    await store.writeCursor('demo', 'wh_first_000001', { day: '2026-03-02', seq: 7, index: 1 });
    await store.writeCursor('demo', 'wh_second_00002', { day: '2026-03-02', seq: 2, index: -1 });
    await store.dropCursor('demo', 'wh_second_00002');
    await store.update('phuong-b', (d) => {
      d.settings.dossierLinkTemplate = 'https://dichvucong.example.vn/tra-cuu?ma={code}';
    });
    await store.close();

    store = await subject.open();
    const demo = await store.load('demo');
    expect(demo.webhooks).toEqual([hook('wh_first_000001'), hook('wh_second_00002')]);
    expect(demo.settings.turnNearAhead).toBe(5);
    expect(store.settingsNow('demo').turnNearAhead).toBe(5);
    expect(await store.readCursor('demo', 'wh_first_000001')).toEqual({
      day: '2026-03-02',
      seq: 7,
      index: 1,
    });
    expect(await store.readCursor('demo', 'wh_second_00002')).toBeNull();
    expect((await store.load('phuong-b')).settings.dossierLinkTemplate).toContain('{code}');
    expect((await store.load('phuong-b')).webhooks).toEqual([]);
  });

  it('changes nothing when a change is refused', async () => {
    const subject = await after.subjectOf(make);
    let store = await subject.open();
    await store.update('demo', (d) => {
      d.settings.gateway = GATEWAY;
    });
    await expect(
      store.update('demo', (d) => {
        d.settings.gateway = null;
        throw new Error('refused by the rule');
      }),
    ).rejects.toThrow('refused by the rule');
    expect(store.settingsNow('demo').gateway).toEqual(GATEWAY);
    await store.close();
    store = await subject.open();
    expect((await store.load('demo')).settings.gateway).toEqual(GATEWAY);
  });

  it('refuses a damaged document or cursor, naming where', async () => {
    const subject = await after.subjectOf(make);
    let store = await subject.open();
    await store.update('demo', (d) => {
      d.webhooks.push(hook('wh_first_000001'));
    });
    await store.writeCursor('demo', 'wh_first_000001', { day: '2026-03-02', seq: 7, index: 1 });
    await store.close();
    await subject.damageCursor('demo', 'wh_first_000001');
    store = await subject.open();
    const cursorError = await store.readCursor('demo', 'wh_first_000001').catch((e: unknown) => e);
    expect(cursorError).toBeInstanceOf(CorruptDataError);
    expect((cursorError as Error).message).toContain('demo');
    for (const text of ['{"version":1,"settings":', '{"version":2,"settings":{},"webhooks":[]}']) {
      await subject.damageSite('demo', text);
      store = await subject.open();
      const error = await store.load('demo').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CorruptDataError);
      for (const word of subject.names('demo')) expect((error as Error).message).toContain(word);
    }
  });
});

describe('PostgreSQL integration store: several nodes on one database', () => {
  it('shows a change made on one node to the others, and keeps both nodes’ changes', async () => {
    const db = await createTestDatabase();
    after.cleanUpLast(db.drop);
    const a = await pgOpen(db.url);
    const b = await pgOpen(db.url);
    expect((await b.load('demo')).settings.gateway).toBeNull();
    await a.update('demo', (d) => {
      d.settings.gateway = GATEWAY;
    });
    // b keeps the site in memory (its notifier reads it synchronously): NOTIFY brings the change.
    for (let i = 0; i < 250 && b.settingsNow('demo').gateway === null; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(b.settingsNow('demo').gateway).toEqual(GATEWAY);
    // Changes made at once on both nodes are made one on top of the other, never one over the other.
    await Promise.all([
      a.update('demo', (d) => {
        d.webhooks.push(hook('wh_from_node_a1'));
      }),
      b.update('demo', (d) => {
        d.webhooks.push(hook('wh_from_node_b1'));
      }),
    ]);
    const c = await pgOpen(db.url);
    expect((await c.load('demo')).webhooks.map((w) => w.id).sort()).toEqual([
      'wh_from_node_a1',
      'wh_from_node_b1',
    ]);
    expect((await c.load('demo')).settings.gateway).toEqual(GATEWAY);
  });

  it('lets only the process that started the worker last write its cursor', async () => {
    const db = await createTestDatabase();
    after.cleanUpLast(db.drop);
    const a = await pgOpen(db.url);
    const b = await pgOpen(db.url);
    await a.writeCursor('demo', 'wh_first_000001', { day: '2026-03-02', seq: 1, index: 0 });
    await a.writeCursor('demo', 'wh_first_000001', { day: '2026-03-02', seq: 2, index: 0 });
    // b takes the site over: its worker starts from the cursor a left, and holds it from now on.
    expect(await b.readCursor('demo', 'wh_first_000001')).toEqual({ day: '2026-03-02', seq: 2, index: 0 });
    const refused = await a
      .writeCursor('demo', 'wh_first_000001', { day: '2026-03-02', seq: 3, index: 0 })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(StoreWriteError);
    expect((refused as StoreWriteError).errno).toBe('ECONFLICT');
    expect((refused as Error).message).toContain('wh_first_000001');
    await b.writeCursor('demo', 'wh_first_000001', { day: '2026-03-02', seq: 3, index: 0 });
    const rows = await sql(db.url, 'SELECT day, seq, idx, holder FROM luot_webhook_cursors');
    expect(rows).toEqual([{ day: '2026-03-02', seq: 3, idx: 0, holder: b.holder }]);
  });
});
