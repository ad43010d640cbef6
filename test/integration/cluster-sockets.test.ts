// Sockets across nodes: three real hub node processes on one PostgreSQL database; node A writes the
// demo centre. A display and a counter connect to node B (which does not write the site): they get
// the snapshot from the writer, every delta through the postgres adapter, and the counter's
// commands sent over its socket to B run on the writer. A call made through node C reaches B's
// display; a bad command gets a coded error, not a crash.
import type { QueueDelta } from '../../shared/protocol/views.js';
import { afterEach, describe, expect, it } from 'vitest';
import { issueAt, startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { ack, connected, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';

const clusters: TestCluster[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const c of clusters.splice(0)) await c.close();
});

function socket(url: string, auth: Parameters<typeof connectSocket>[1]): TestSocket {
  const s = connectSocket(url, auth);
  sockets.push(s);
  return s;
}

/** The ticket of a demo ticket issued through a node. */
async function issue(base: string, key: string, requestId: string) {
  return (await issueAt(base, key, requestId)).ticket;
}

describe('sockets across cluster nodes', () => {
  it('serves a site written elsewhere: snapshot, deltas and commands through another node', async () => {
    const c = await startTestCluster(3);
    clusters.push(c);
    const [a, b, nodeC] = c.nodes;
    if (!a || !b || !nodeC) throw new Error('three nodes expected');
    expect(await c.ownerOf('demo')).toBe(a.nodeUrl);

    const first = await issue(a.nodeUrl, c.keys.kiosk ?? '', 'cluster-sockets-0001');
    const display = socket(b.nodeUrl, { key: c.keys.display });
    const snapshot = await waitFor(display, 'queue:snapshot');
    expect(snapshot.siteId).toBe('demo');
    expect(snapshot.seq).toBeGreaterThanOrEqual(1);

    // A ticket issued through node C reaches B's display as a delta, in seq order.
    const named = (name: string) => (ds: QueueDelta[]) => ds.find((d) => d.name === name) as QueueDelta;
    const issuedOnB = waitFor(
      display,
      'queue:deltas',
      (ds: QueueDelta[]) => !!named('ticket:issued')(ds),
    ).then(named('ticket:issued'));
    const second = await issue(nodeC.nodeUrl, c.keys.kiosk ?? '', 'cluster-sockets-0002');
    const issuedDelta = await issuedOnB;
    expect(issuedDelta.ticketId).toBe(second.id);
    expect(issuedDelta.seq).toBe(snapshot.seq + 1);

    // A counter on node C calls over its socket (run on the writer); B's display sees the call.
    const counter = socket(nodeC.nodeUrl, { key: c.keys.counter });
    await connected(counter);
    const calledOnB = waitFor(
      display,
      'queue:deltas',
      (ds: QueueDelta[]) => !!named('ticket:called')(ds),
    ).then(named('ticket:called'));
    const called = await ack(counter, 'counter:call-next', { counterId: 'c1' });
    expect(called).toMatchObject({ ok: true });
    expect(called.data.ticket.id).toBe(first.id);
    const delta = await calledOnB;
    expect(delta.call?.displayNumber).toBe(first.displayNumber);
    expect(delta.seq).toBe(issuedDelta.seq + 1);

    // The counter's waiting list reaches a counter socket on a node that does not write the site.
    const counterOnB = socket(b.nodeUrl, { key: c.keys.counter });
    const queueOnB = await waitFor(counterOnB, 'counter:queue');
    expect(queueOnB.tickets.map((t: { id: string }) => t.id)).toContain(second.id);
    // Updates carry the list's head only when it changed.
    const refreshed = waitFor(
      counterOnB,
      'counter:queue',
      (q: { tickets?: { id: string }[] }) => q.tickets?.every((t) => t.id !== second.id) === true,
    );
    // The first call is still open: the writer's coded refusal comes back over B's socket.
    const busy = await ack(counterOnB, 'counter:call-next', { counterId: 'c1' });
    expect(busy.error.code).toBe('counter_busy');
    expect((await ack(counterOnB, 'counter:start', { counterId: 'c1' })).ok).toBe(true);
    expect((await ack(counterOnB, 'counter:finish', { counterId: 'c1' })).ok).toBe(true);
    const next = await ack(counterOnB, 'counter:call-next', { counterId: 'c1' });
    expect(next.error ?? null).toBeNull();
    expect(next.data.ticket.id).toBe(second.id);
    await refreshed;

    // queue:sync over a socket on B answers the writer's state; bad input is refused with a code.
    const sync = await ack(display, 'queue:sync', {});
    expect(sync.ok).toBe(true);
    expect(sync.data.seq).toBe(delta.seq + 3);
    const bad = await ack(counterOnB, 'counter:call-next', { counterId: '../../x' });
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid_input');
    const refused = await ack(display, 'counter:call-next', { counterId: 'c1' });
    expect(refused.ok).toBe(false);
    expect(refused.error.code).toBe('forbidden');
  }, 90_000);
});
