// A site taken over is announced to every node: sockets waiting there for its first state are
// woken at once (not at their next back-off step), the nodes forget their cached owner, and a
// waiter for another site, or a malformed announcement, wakes nobody. Two nodes are linked here by
// a stand-in for the adapter's server-side events (the real adapter is in cluster-failover).
import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteServedSignal } from '../../server/cluster/site-served.js';

/** Two nodes' "io": what one emits server-side, the other hears (never itself). */
function linkedPair() {
  const a = new EventEmitter();
  const b = new EventEmitter();
  const side = (self: EventEmitter, other: EventEmitter) =>
    Object.assign(self, {
      serverSideEmit: (event: string, ...args: unknown[]) => other.emit(event, ...args),
    });
  return [side(a, b), side(b, a)] as const;
}

async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => {
    done = true;
  });
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('site served signal', () => {
  it('wakes the waiters of the site on every node, and only them', async () => {
    const [ioA, ioB] = linkedPair();
    const nodeA = new SiteServedSignal();
    const nodeB = new SiteServedSignal();
    const forgottenA: string[] = [];
    const forgottenB: string[] = [];
    nodeA.listen(ioA, (id) => forgottenA.push(id));
    nodeB.listen(ioB, (id) => forgottenB.push(id));

    const onA = nodeA.wait('xa-01', 60_000);
    const onB = nodeB.wait('xa-01', 60_000);
    const otherSite = nodeB.wait('xa-02', 60_000);
    expect(await settled(onB)).toBe(false);

    nodeA.announce('xa-01');
    expect(await settled(onA)).toBe(true);
    expect(await settled(onB)).toBe(true);
    expect(await settled(otherSite)).toBe(false);
    expect(forgottenA).toEqual(['xa-01']);
    expect(forgottenB).toEqual(['xa-01']);
  });

  it('ignores a malformed announcement and otherwise waits its time out', async () => {
    const [ioA, ioB] = linkedPair();
    const nodeB = new SiteServedSignal();
    const forgotten: string[] = [];
    nodeB.listen(ioB, (id) => forgotten.push(id));
    const waiting = nodeB.wait('xa-01', 1_000);
    ioA.serverSideEmit('luot:site-served', { siteId: 'xa-01' });
    ioA.serverSideEmit('luot:site-served', '');
    expect(await settled(waiting)).toBe(false);
    expect(forgotten).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await settled(waiting)).toBe(true);
  });
});
