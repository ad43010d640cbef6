// Three real hub node processes on one PostgreSQL database behind a real haproxy (round robin):
// kiosks issue through the balancer, so commands reach every node and are forwarded to the site's
// writer; then the writer is killed with SIGKILL under load. Another node takes the site over; every
// acknowledged ticket is in the journal, no number is issued twice, the journal's seq is +1
// throughout, and the numbers continue after the takeover.
import { afterEach, describe, expect, it } from 'vitest';
import type { QueueEvent } from '../../shared/domain/events.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { startTestCluster, type TestCluster } from '../support/cluster-harness.js';

const clusters: TestCluster[] = [];
afterEach(async () => {
  for (const c of clusters.splice(0)) await c.close();
});

interface Ack {
  requestId: string;
  ticketId: string;
  displayNumber: string;
  at: number;
}

/** A kiosk that retries the same request (same requestId) until it is acknowledged. */
async function kiosk(c: TestCluster, name: string, stop: () => boolean, acks: Ack[], errors: number[]) {
  for (let n = 0; !stop(); n++) {
    const requestId = `${name}-${String(n).padStart(5, '0')}`;
    for (;;) {
      const res = await fetch(`${c.url}/api/sites/demo/tickets`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.keys.kiosk}` },
        body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId }),
      }).catch(() => null);
      if (res?.status === 201) {
        const body = (await res.json()) as { ticket: { id: string; displayNumber: string } };
        acks.push({
          requestId,
          ticketId: body.ticket.id,
          displayNumber: body.ticket.displayNumber,
          at: Date.now(),
        });
        break;
      }
      errors.push(res?.status ?? 0);
      await res?.arrayBuffer();
      if (stop()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

describe('cluster failover (3 nodes, haproxy, kill -9)', () => {
  it('takes the site over with no acknowledged ticket lost and no number issued twice', async () => {
    const c = await startTestCluster(3);
    clusters.push(c);
    const owner = await c.ownerOf('demo');
    expect(owner).toBe(c.nodes[0]?.nodeUrl);

    const acks: Ack[] = [];
    const errors: number[] = [];
    let stopped = false;
    const kiosks = ['k1', 'k2', 'k3', 'k4'].map((k) => kiosk(c, k, () => stopped, acks, errors));
    while (acks.length < 40) await new Promise((r) => setTimeout(r, 20));
    const before = acks.length;
    const killedAt = Date.now();
    await c.nodes[0]?.kill('SIGKILL');
    // Run until well after the takeover.
    while (acks.filter((a) => a.at > killedAt).length < 40) await new Promise((r) => setTimeout(r, 20));
    stopped = true;
    await Promise.all(kiosks);
    const firstAfter = Math.min(...acks.filter((a) => a.at > killedAt).map((a) => a.at));
    process.stdout.write(
      `cluster failover: ${before} tickets before the kill, service back after ${firstAfter - killedAt} ms, ${errors.length} refused/retried requests\n`,
    );

    const newOwner = await c.ownerOf('demo');
    expect(newOwner).not.toBeNull();
    expect(newOwner).not.toBe(owner);

    // Every acknowledged number once; requests retried after the kill got their first answer's ticket or one new ticket.
    const numbers = acks.map((a) => a.displayNumber);
    expect(new Set(numbers).size).toBe(numbers.length);
    const byRequest = new Map(acks.map((a) => [a.requestId, a.ticketId]));
    expect(byRequest.size).toBe(acks.length);

    const store = await PgStore.open(c.db.url, { poolSize: 2 });
    try {
      const day = (await store.listDays('demo')).at(-1) ?? '';
      // readDay checks every line's checksum and that seq is exactly +1.
      const events: QueueEvent[] = await store.readDay('demo', day);
      const issued = events.filter((e) => e.type === 'ticket:issued');
      const journalNumbers = issued.map((e) => (e.type === 'ticket:issued' ? e.ticket.displayNumber : ''));
      expect(new Set(journalNumbers).size).toBe(journalNumbers.length);
      const ids = new Set(issued.map((e) => (e.type === 'ticket:issued' ? e.ticket.id : '')));
      for (const a of acks) expect(ids.has(a.ticketId)).toBe(true);
    } finally {
      await store.close();
    }

    // The numbers continue after the takeover: the next ticket follows the journal's last.
    const next = await fetch(`${c.url}/api/sites/demo/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.keys.kiosk}` },
      body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId: 'after-all' }),
    });
    expect(next.status).toBe(201);
    const body = (await next.json()) as { ticket: { displayNumber: string } };
    expect(numbers).not.toContain(body.ticket.displayNumber);
  }, 120_000);
});
