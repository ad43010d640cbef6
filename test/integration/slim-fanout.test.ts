// The fan-out sends each client only what it shows: one small queue:deltas message per command to
// the displays and counters (never a snapshot), nothing but waiting counts to the kiosks, and
// the head of its list to a counter screen, with the whole list on request.
import { afterEach, describe, expect, it } from 'vitest';
import type { CounterQueue, CounterQueueUpdate, QueueDelta } from '../../shared/protocol/views.js';
import { ack, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
});

/** A socket that records every message it receives, by name. */
function recorder(url: string, auth: Parameters<typeof connectSocket>[1]) {
  const socket = connectSocket(url, auth);
  sockets.push(socket);
  const got: { name: string; payload: unknown }[] = [];
  socket.onAny((name: string, payload: unknown) => got.push({ name, payload }));
  const of = <T>(name: string) => got.filter((m) => m.name === name).map((m) => m.payload as T);
  return { socket, got, of };
}

const ISSUED = 40;

describe('slim fan-out', () => {
  it('sends one small delta message per command, waiting counts to kiosks, list heads to counters', async () => {
    const s = await startTestServer();
    servers.push(s);
    const display = recorder(s.url, { key: s.keys.display });
    const kiosk = recorder(s.url, { key: s.keys.kiosk });
    const counter = recorder(s.url, { key: s.keys.counter });
    const snapshot = await waitFor(display.socket, 'queue:snapshot');
    await waitFor(kiosk.socket, 'queue:snapshot');
    await waitFor(counter.socket, 'counter:queue');

    for (let i = 0; i < ISSUED; i++) {
      const res = await request(s.url, '/api/sites/demo/tickets', {
        auth: s.keys.kiosk,
        body: { procedureId: 'p-khai-sinh', requestId: `slim-request-${String(i).padStart(4, '0')}` },
      });
      expect(res.status).toBe(201);
    }
    expect((await ack(counter.socket, 'counter:call-next', { counterId: 'c1' })).ok).toBe(true);
    expect((await ack(counter.socket, 'counter:start', { counterId: 'c1' })).ok).toBe(true);
    // "Next" while serving: a finish and a call, from one command.
    expect((await ack(counter.socket, 'counter:call-next', { counterId: 'c1' })).ok).toBe(true);
    const lastSeq = snapshot.seq + ISSUED + 4;
    const reached = (ds: QueueDelta[]) => ds.some((d) => d.seq === lastSeq);
    if (!display.of<QueueDelta[]>('queue:deltas').some(reached)) {
      await waitFor(display.socket, 'queue:deltas', reached);
    }

    // The display: one message per command, each small, in seq order, and never a snapshot.
    const messages = display.of<QueueDelta[]>('queue:deltas');
    expect(messages).toHaveLength(ISSUED + 3);
    expect(display.of('queue:snapshot')).toHaveLength(1);
    expect(messages.flat().map((d) => d.seq)).toEqual(
      Array.from({ length: ISSUED + 4 }, (_, i) => snapshot.seq + 1 + i),
    );
    for (const m of messages) expect(JSON.stringify(m).length).toBeLessThan(2048);
    const issues = messages.slice(0, ISSUED).flat();
    expect(issues.every((d) => d.name === 'ticket:issued' && !d.counter && !d.call)).toBe(true);
    const both = messages.at(-1) ?? [];
    expect(both.map((d) => d.name)).toEqual(['ticket:finished', 'ticket:called']);
    // The counter's view once, on the command's last change that touched it.
    expect(both[0].counter).toBeUndefined();
    expect(both[1].counter?.current?.status).toBe('called');
    expect(both[1].call?.counterNumber).toBe(1);

    // The kiosk: no deltas, only waiting counts, coalesced, reaching the final figure.
    const remaining = ISSUED - 2;
    const counted = (p: { waiting: { total: number } }) => p.waiting.total === remaining;
    if (!kiosk.of<{ waiting: { total: number } }>('queue:waiting').some(counted)) {
      await waitFor(kiosk.socket, 'queue:waiting', counted);
    }
    expect(kiosk.of('queue:deltas')).toHaveLength(0);
    expect(kiosk.got.every((m) => ['queue:snapshot', 'queue:waiting'].includes(m.name))).toBe(true);

    // The counter screen: the head of its list and how many wait; the whole list on request.
    const isFinal = (q: CounterQueueUpdate) => q.total === remaining;
    if (!counter.of<CounterQueueUpdate>('counter:queue').some(isFinal)) {
      await waitFor(counter.socket, 'counter:queue', isFinal);
    }
    const updates = counter.of<CounterQueueUpdate>('counter:queue');
    for (const u of updates) expect(u.tickets?.length ?? 0).toBeLessThanOrEqual(30);
    expect(updates.some((u) => u.tickets === undefined)).toBe(true);
    const full = await ack<{ ok: true; data: CounterQueue }>(counter.socket, 'counter:queue-full', {
      counterId: 'c1',
    });
    expect(full.data.tickets).toHaveLength(remaining);
    expect(full.data.total).toBe(remaining);
    const head = updates.findLast((u) => u.tickets !== undefined)?.tickets ?? [];
    expect(head.map((t) => t.id)).toEqual(full.data.tickets.slice(0, 30).map((t) => t.id));
    const refused = await ack(counter.socket, 'counter:queue-full', { counterId: 'c1', extra: 1 });
    expect(refused.ok).toBe(false);
  });
});
