// Rebalancing when nodes join: one real hub node writes six centres, behind a real haproxy; kiosks
// issue at every centre through the balancer all along. Two more nodes start: the first node hands
// centres over until each node writes two. Every acknowledged ticket is in its centre's journal
// exactly once, the numbers are unique and rise in issue order, the journal's seq is +1 throughout,
// a refused request said 503 site_unavailable with Retry-After, and a display connected to the
// first node keeps following a centre it no longer writes.
import type { QueueEvent } from '../../shared/domain/events.js';
import type { QueueDelta } from '../../shared/protocol/views.js';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { connectSocket, type TestSocket, waitFor } from '../support/sockets.js';

const clusters: TestCluster[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const c of clusters.splice(0)) await c.close();
});

interface Ack {
  siteId: string;
  ticketId: string;
  number: number;
  displayNumber: string;
}

interface Refusal {
  status: number;
  code: string | null;
  retryAfter: string | null;
}

/** A kiosk issuing one ticket after another, retrying a refused request with its requestId. */
async function kiosk(
  c: TestCluster,
  siteId: string,
  key: string,
  stop: () => boolean,
  acks: Ack[],
  refusals: Refusal[],
) {
  for (let n = 0; !stop(); n++) {
    const requestId = `${siteId}-${String(n).padStart(5, '0')}`;
    for (;;) {
      const res = await fetch(`${c.url}/api/sites/${siteId}/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
        body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId }),
      }).catch(() => null);
      if (res?.status === 201) {
        const { ticket } = (await res.json()) as { ticket: Omit<Ack, 'siteId'> & { id: string } };
        acks.push({
          siteId,
          ticketId: ticket.id,
          number: ticket.number,
          displayNumber: ticket.displayNumber,
        });
        break;
      }
      const body = res
        ? ((await res.json().catch(() => null)) as { error?: { code?: string } } | null)
        : null;
      refusals.push({
        status: res?.status ?? 0,
        code: body?.error?.code ?? null,
        retryAfter: res?.headers.get('retry-after') ?? null,
      });
      await new Promise((r) => setTimeout(r, 100));
    }
    await new Promise((r) => setTimeout(r, 30));
  }
}

async function spread(c: TestCluster, siteIds: string[]): Promise<Map<string, string[]>> {
  const owners = await c.owners();
  const byNode = new Map<string, string[]>();
  for (const siteId of siteIds) {
    const owner = owners[siteId] ?? 'none';
    byNode.set(owner, [...(byNode.get(owner) ?? []), siteId]);
  }
  return byNode;
}

describe('cluster rebalancing when nodes join', () => {
  it('hands centres over to new nodes with every acknowledged ticket once and numbers in order', async () => {
    const c = await startTestCluster(1, { sites: 5, spare: 2 });
    clusters.push(c);
    const first = c.nodes[0];
    if (!first) throw new Error('a node expected');
    const kiosks = [{ siteId: 'demo', kiosk: c.keys.kiosk ?? '' }, ...c.sites];
    const siteIds = kiosks.map((k) => k.siteId);
    expect((await spread(c, siteIds)).get(first.nodeUrl)).toEqual(siteIds);

    // A display of a centre the first node will hand over, connected to the first node.
    const moved = c.sites.at(-1);
    if (!moved) throw new Error('clones expected');
    const display = connectSocket(first.nodeUrl, { key: moved.display });
    sockets.push(display);
    await waitFor(display, 'queue:snapshot');

    const acks: Ack[] = [];
    const refusals: Refusal[] = [];
    let stopped = false;
    const running = kiosks.map((k) => kiosk(c, k.siteId, k.kiosk, () => stopped, acks, refusals));
    while (acks.length < 30) await new Promise((r) => setTimeout(r, 20));

    await c.addNode();
    await c.addNode();
    let byNode = await spread(c, siteIds);
    const balanced = () =>
      !byNode.has('none') && byNode.size === 3 && [...byNode.values()].every((s) => s.length === 2);
    for (const until = Date.now() + 30_000; !balanced() && Date.now() < until; ) {
      await new Promise((r) => setTimeout(r, 100));
      byNode = await spread(c, siteIds);
    }
    expect([...byNode.keys()].sort()).toEqual(c.nodes.map((n) => n.nodeUrl).sort());
    expect([...byNode.values()].map((s) => s.length)).toEqual([2, 2, 2]);
    expect(byNode.get(first.nodeUrl)).not.toContain(moved.siteId);

    // Keep issuing a while on the new writers, then stop.
    const afterMove = acks.length;
    while (acks.length < afterMove + 30) await new Promise((r) => setTimeout(r, 20));
    // The display on the first node sees a ticket issued at its centre's new writer.
    const newWriter = (await c.ownerOf(moved.siteId)) ?? '';
    stopped = true;
    await Promise.all(running);
    const issuedSeen = new Set<string>();
    display.on('queue:deltas', (ds: QueueDelta[]) => {
      for (const d of ds) if (d.name === 'ticket:issued' && d.ticketId) issuedSeen.add(d.ticketId);
    });
    const late = await fetch(`${newWriter}/api/sites/${moved.siteId}/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${moved.kiosk}` },
      body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId: 'after-the-move' }),
    });
    expect(late.status).toBe(201);
    const lateTicket = ((await late.json()) as { ticket: { id: string } }).ticket;
    if (!issuedSeen.has(lateTicket.id)) {
      await waitFor(display, 'queue:deltas', (ds: QueueDelta[]) =>
        ds.some((d) => d.ticketId === lateTicket.id),
      );
    }
    expect(issuedSeen.has(lateTicket.id)).toBe(true);

    process.stdout.write(
      `cluster rebalance: ${acks.length} tickets, ${refusals.length} refused/retried requests during the moves\n`,
    );
    // A request refused during a move said so, with a code and Retry-After (haproxy's own 503
    // while a new node is checked has neither, and is retried the same way).
    for (const r of refusals.filter((r) => r.code !== null)) {
      expect(r).toEqual({ status: 503, code: 'site_unavailable', retryAfter: '1' });
    }

    const store = await PgStore.open(c.db.url, { poolSize: 2 });
    try {
      for (const siteId of siteIds) {
        const day = (await store.listDays(siteId)).at(-1) ?? '';
        // readDay checks every line's checksum and that seq is exactly +1.
        const events: QueueEvent[] = await store.readDay(siteId, day);
        const issued = events.flatMap((e) => (e.type === 'ticket:issued' ? [e.ticket] : []));
        const numbers = issued.map((t) => t.number);
        expect(numbers).toEqual([...numbers].sort((x, y) => x - y));
        expect(new Set(numbers).size).toBe(numbers.length);
        const ids = issued.map((t) => t.id);
        const acked = acks.filter((a) => a.siteId === siteId);
        for (const a of acked) expect(ids.filter((id) => id === a.ticketId)).toHaveLength(1);
        // Each kiosk's acknowledged numbers rise in the order it was given them.
        const ackedNumbers = acked.map((a) => a.number);
        expect(ackedNumbers).toEqual([...ackedNumbers].sort((x, y) => x - y));
        expect(new Set(ackedNumbers).size).toBe(ackedNumbers.length);
      }
    } finally {
      await store.close();
    }
  }, 180_000);
});
