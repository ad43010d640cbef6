// Behind the load balancer every connection reaches a node from the balancer's own address. Set up
// as docs/OPERATIONS.md says (haproxy's `option forwardfor`, the nodes' LUOT_TRUST_PROXY naming the
// balancer), a node does not count the whole province's screens against one address's cap; a node
// on PostgreSQL started without LUOT_TRUST_PROXY says so when it starts.
import { afterEach, describe, expect, it } from 'vitest';
import { startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { connectSocket, type TestSocket, waitFor } from '../support/sockets.js';

const PER_ADDRESS = 5;
const SCREENS = 4 * PER_ADDRESS;

const clusters: TestCluster[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const c of clusters.splice(0)) await c.close();
});

describe('the load balancer in front of the nodes', { timeout: 120_000 }, () => {
  it("connects more screens through the balancer than one address's cap", async () => {
    const c = await startTestCluster(2, { env: { LUOT_MAX_CONNECTIONS_PER_IP: String(PER_ADDRESS) } });
    clusters.push(c);
    const snapshots = await Promise.all(
      Array.from({ length: SCREENS }, () => {
        const s = connectSocket(c.url, { key: c.keys.display });
        sockets.push(s);
        return waitFor(s, 'queue:snapshot', () => true, 20_000);
      }),
    );
    expect(snapshots.map((s) => s.siteId)).toEqual(Array(SCREENS).fill('demo'));
    expect(sockets.every((s) => s.connected)).toBe(true);
  });

  it('warns at start when a node on PostgreSQL trusts no proxy', async () => {
    const c = await startTestCluster(1, { env: { LUOT_TRUST_PROXY: '' } });
    clusters.push(c);
    expect(c.nodes[0]?.output()).toContain('LUOT_TRUST_PROXY');
  });
});
