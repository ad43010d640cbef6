// Webhooks on hubs that run on PostgreSQL (real server/main.ts processes, LUOT_DATABASE_URL) and a
// real receiver on loopback that checks every signature. One hub: a subscription and the settings
// survive a kill -9, and deliveries go on from the stored cursor (nothing lost, nothing sent twice).
// Two nodes: only the site's writer delivers, whichever node took the request; when the writer is
// killed, the node that takes the site over delivers from where the dead one stopped.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, sql, type TestDatabase } from '../support/pg-database.js';
import { ownerOf, PG_ADMIN_PASSWORD, type PgHub, seedDemo, startPgHub, until } from '../support/pg-hub.js';
import { login, request } from '../support/test-server.js';
import { type Receiver, startReceiver } from '../support/webhook-receiver.js';

const SECRET = 'a-shared-secret-of-32-characters!';
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

interface Setup {
  db: TestDatabase;
  dir: string;
  kiosk: string;
  receiver: Receiver;
  hubs: PgHub[];
  start(): Promise<PgHub>;
}

async function setUp(): Promise<Setup> {
  const db = await createTestDatabase();
  cleanups.push(db.drop);
  const dir = await mkdtemp(join(tmpdir(), 'luot-pg-hooks-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const { keys } = await seedDemo(db);
  const receiver = await startReceiver(SECRET);
  cleanups.push(() => receiver.close());
  const hubs: PgHub[] = [];
  cleanups.push(async () => {
    for (const h of hubs) await h.kill();
  });
  return {
    db,
    dir,
    kiosk: keys.kiosk ?? '',
    receiver,
    hubs,
    async start() {
      const hub = await startPgHub(db, join(dir, `node${hubs.length}`));
      hubs.push(hub);
      return hub;
    },
  };
}

let n = 0;
/** Issues a ticket through a node, retrying while the site moves between nodes (503). */
async function issue(s: Setup, url: string): Promise<string> {
  const requestId = `pg-hook-${String(n++).padStart(4, '0')}`;
  return until(`ticket ${requestId}`, async () => {
    const res = await request(url, '/api/sites/demo/tickets', {
      auth: s.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId },
    });
    return res.status === 201 ? (res.body.ticket.id as string) : null;
  });
}

/** The subscription's stored cursor and which hub process holds it. */
async function cursor(db: TestDatabase): Promise<{ seq: number; holder: string } | null> {
  const rows = await sql<{ seq: number; holder: string }>(
    db.url,
    'SELECT seq, holder FROM luot_webhook_cursors',
  );
  return rows[0] ?? null;
}

/** Every delivery signed, each delivery id once, in journal order. */
function expectSignedOnceInOrder(receiver: Receiver): void {
  for (const r of receiver.received) expect(r.signatureOk, r.deliveryId).toBe(true);
  const ids = receiver.received.map((r) => r.deliveryId);
  expect(new Set(ids).size).toBe(ids.length);
  const seqs = receiver.received.map((r) => r.body.seq);
  expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
}

describe('webhooks on PostgreSQL', () => {
  it('keeps a subscription and the settings across a kill -9, and delivers on from the stored cursor', async () => {
    const s = await setUp();
    let hub = await s.start();
    const admin = await login(hub.url, 'admin', PG_ADMIN_PASSWORD);
    const created = await request(hub.url, '/api/sites/demo/webhooks', {
      auth: admin,
      body: { url: s.receiver.url, events: ['ticket.issued'], secret: SECRET },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const settings = await request(hub.url, '/api/sites/demo/integrations/settings', { auth: admin });
    const changed = {
      ...settings.body,
      turnNearAhead: 7,
      dossierLinkTemplate: 'https://dichvucong.example.vn/tra-cuu?ma={code}',
    };
    const put = await request(hub.url, '/api/sites/demo/integrations/settings', {
      method: 'PUT',
      auth: admin,
      body: changed,
    });
    expect(put.status, JSON.stringify(put.body)).toBe(200);

    const first = await issue(s, hub.url);
    await s.receiver.waitFor((r) => r.length === 1);
    const firstSeq = s.receiver.received[0]?.body.seq ?? 0;
    // The delivery is counted once its cursor is in the database.
    await until('the cursor', async () => ((await cursor(s.db))?.seq ?? 0) >= firstSeq);
    await hub.kill('SIGKILL');

    hub = await s.start();
    const list = await request(hub.url, '/api/sites/demo/webhooks', { auth: admin });
    expect(list.status).toBe(200);
    expect(list.body).toEqual([
      expect.objectContaining({ id, url: s.receiver.url, events: ['ticket.issued'], paused: false }),
    ]);
    expect(JSON.stringify(list.body)).not.toContain(SECRET);
    const kept = await request(hub.url, '/api/sites/demo/integrations/settings', { auth: admin });
    expect(kept.body).toEqual(changed);

    const second = await issue(s, hub.url);
    await s.receiver.waitFor((r) => r.length === 2);
    expectSignedOnceInOrder(s.receiver);
    expect(s.receiver.received.map((r) => r.body.data.ticketId)).toEqual([first, second]);
    expect(s.receiver.received.every((r) => r.deliveryId.startsWith(`${id}:`))).toBe(true);
  }, 90_000);

  it('has only the writer deliver, and the node that takes the site over deliver on', async () => {
    const s = await setUp();
    const a = await s.start();
    const b = await s.start();
    expect(await ownerOf(s.db, 'demo')).toBe(a.nodeUrl);
    // Subscribed through b, which does not write the site: the request is forwarded to a.
    const admin = await login(b.url, 'admin', PG_ADMIN_PASSWORD);
    const created = await request(b.url, '/api/sites/demo/webhooks', {
      auth: admin,
      body: { url: s.receiver.url, events: ['ticket.issued'], secret: SECRET },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);

    const tickets: string[] = [];
    for (let i = 0; i < 6; i++) tickets.push(await issue(s, (i % 2 === 0 ? a : b).url));
    await s.receiver.waitFor((r) => r.length === 6);
    const lastSeq = s.receiver.received[5]?.body.seq ?? 0;
    const held = await until('the cursor', async () => {
      const c = await cursor(s.db);
      return c && c.seq >= lastSeq ? c : null;
    });
    // The cursor is written by a's process only: b never ran a worker for the site.
    expect(held.holder.startsWith(`${a.child.pid}-`)).toBe(true);

    await a.kill('SIGKILL');
    await until('b to take the site over', async () => (await ownerOf(s.db, 'demo')) === b.nodeUrl);
    tickets.push(await issue(s, b.url));
    await s.receiver.waitFor((r) => r.length === 7);
    expectSignedOnceInOrder(s.receiver);
    expect(s.receiver.received.map((r) => r.body.data.ticketId)).toEqual(tickets);
    expect((await cursor(s.db))?.holder.startsWith(`${b.child.pid}-`)).toBe(true);
  }, 90_000);
});
