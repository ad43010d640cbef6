// Phone status pages across cluster nodes: three real hub node processes on one PostgreSQL database
// behind a real haproxy; node A writes the demo centre. A citizen's phone may land on any node: the
// status API answers on every node and through the balancer, a phone socket on node B gets the
// ticket's status and then its call made on A, and a phone on node C gives its ticket up.
import type { TicketStatusView } from '../../shared/protocol/views.js';
import { afterEach, describe, expect, it } from 'vitest';
import { issueAt, startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { ack, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';

const clusters: TestCluster[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const c of clusters.splice(0)) await c.close();
});

function phone(url: string, statusToken: string): TestSocket {
  const s = connectSocket(url, { statusToken });
  sockets.push(s);
  return s;
}

describe('phone status pages on any cluster node', () => {
  it('shows the ticket on a node that does not write it, and its call made on the writer', async () => {
    const c = await startTestCluster(3);
    clusters.push(c);
    const [a, b, nodeC] = c.nodes;
    if (!a || !b || !nodeC) throw new Error('three nodes expected');
    expect(await c.ownerOf('demo')).toBe(a.nodeUrl);
    const kiosk = c.keys.kiosk ?? '';
    const first = await issueAt(a.nodeUrl, kiosk, 'cluster-phone-0001');
    const second = await issueAt(nodeC.nodeUrl, kiosk, 'cluster-phone-0002');

    // The status API on every node, and through the balancer (round robin: each node in turn).
    for (const base of [a.nodeUrl, b.nodeUrl, nodeC.nodeUrl, c.url, c.url, c.url]) {
      const res = await fetch(`${base}/api/tickets/${first.statusToken}`);
      expect(res.status).toBe(200);
      const view = (await res.json()) as TicketStatusView;
      expect(view.displayNumber).toBe(first.ticket.displayNumber);
      expect(view.status).toBe('waiting');
    }
    // A token no site knows is 404 on a node that does not write the site, as on the writer.
    const unknown = await fetch(`${b.nodeUrl}/api/tickets/${'x'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('not_found');

    // A phone socket on B: its ticket's status from the writer, then the call made on A.
    const onB = phone(b.nodeUrl, first.statusToken);
    const initial = await waitFor<TicketStatusView>(onB, 'ticket:status');
    expect(initial.displayNumber).toBe(first.ticket.displayNumber);
    expect(initial.status).toBe('waiting');
    const calledOnB = waitFor<TicketStatusView>(onB, 'ticket:status', (s) => s.status === 'called', 8000);
    const call = await fetch(`${a.nodeUrl}/api/sites/demo/counters/c1/call-next`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${c.keys.counter}` },
      body: '{}',
    });
    expect(call.status).toBe(200);
    const called = await calledOnB;
    expect(called.displayNumber).toBe(first.ticket.displayNumber);
    expect(called.counterNumber).toBeTruthy();

    // The second ticket's phone on C learns it is now first in line, then gives it up over its socket.
    const onC = phone(nodeC.nodeUrl, second.statusToken);
    const waiting = await waitFor<TicketStatusView>(onC, 'ticket:status');
    expect(waiting.ahead).toBe(0);
    const gaveUp = await ack(onC, 'ticket:give-up', {});
    expect(gaveUp.ok).toBe(true);
    expect(gaveUp.data.status.status).toBe('cancelled');
    const onWriter = (await (
      await fetch(`${a.nodeUrl}/api/tickets/${second.statusToken}`)
    ).json()) as TicketStatusView;
    expect(onWriter.status).toBe('cancelled');

    // An unknown token's socket is refused with a code on a node that does not write the site.
    const stranger = phone(b.nodeUrl, 'y'.repeat(32));
    const refused = await new Promise<{ data?: { code?: string } }>((resolve) =>
      stranger.once('connect_error', (e) => resolve(e as { data?: { code?: string } })),
    );
    expect(refused.data?.code).toBe('not_found');
  }, 90_000);

  it('serves a phone and a display on the node that takes the site over while they connect', async () => {
    const c = await startTestCluster(2);
    clusters.push(c);
    const [a, b] = c.nodes;
    if (!a || !b) throw new Error('two nodes expected');
    expect(await c.ownerOf('demo')).toBe(a.nodeUrl);
    const issued = await issueAt(a.nodeUrl, c.keys.kiosk ?? '', 'cluster-phone-takeover');
    const before = await fetch(`${a.nodeUrl}/api/sites/demo/snapshot`, {
      headers: { authorization: `Bearer ${c.keys.display}` },
    });
    const seq = ((await before.json()) as { seq: number }).seq;
    await a.kill('SIGKILL');
    // Connected at once, while B has not taken the site yet (it takes it within its next scan).
    const onB = phone(b.nodeUrl, issued.statusToken);
    const display = connectSocket(b.nodeUrl, { key: c.keys.display });
    sockets.push(display);
    const snapshotOnB = waitFor(display, 'queue:snapshot', () => true, 15_000);
    const status = await waitFor<TicketStatusView>(onB, 'ticket:status', () => true, 15_000);
    expect(status.displayNumber).toBe(issued.ticket.displayNumber);
    const snapshot = await snapshotOnB;
    expect(snapshot.seq).toBe(seq);
    expect(await c.ownerOf('demo')).toBe(b.nodeUrl);
  }, 90_000);
});
