// Configuration across nodes: two real hub node processes on one PostgreSQL database. A change to
// the demo centre made by another process (here the test, as an admin tool would) reconfigures the
// writer's hub on node A and reaches a display on node B; a centre created through a node that does
// not take its lease is loaded by exactly one node, the lease holder.
import { afterEach, describe, expect, it } from 'vitest';
import { CLUSTER_KEY_HEADER } from '../../server/cluster/forward.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { CLUSTER_KEY, startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { connectSocket, type TestSocket, waitFor } from '../support/sockets.js';
import { login, request } from '../support/test-server.js';

const clusters: TestCluster[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.disconnect();
  for (const c of clusters.splice(0)) await c.close();
});

const RENAMED = 'Trung tâm Phục vụ hành chính công (đổi tên)';

describe('configuration across cluster nodes', () => {
  it('reconfigures the writer on a change made elsewhere, and loads a new centre only where leased', async () => {
    const c = await startTestCluster(2);
    clusters.push(c);
    const [a, b] = c.nodes;
    if (!a || !b) throw new Error('two nodes expected');
    expect(await c.ownerOf('demo')).toBe(a.nodeUrl);

    const display = connectSocket(b.nodeUrl, { key: c.keys.display });
    sockets.push(display);
    await waitFor(display, 'queue:snapshot');
    const renamedOnB = waitFor(
      display,
      'queue:snapshot',
      (s: { site: { name: { vi: string } } }) => s.site.name.vi === RENAMED,
      10_000,
    );
    const catalogueOnB = waitFor(display, 'catalogue:changed', () => true, 10_000);

    const tool = await PgStore.open(c.db.url, { poolSize: 1 });
    try {
      await tool.updateConfig((data) => {
        const demo = data.sites.find((s) => s.config.site.id === 'demo');
        if (!demo) throw new Error('no demo centre');
        demo.config.site.name.vi = RENAMED;
      });
    } finally {
      await tool.close();
    }
    await renamedOnB;
    await catalogueOnB;
    const fromWriter = await request(a.nodeUrl, '/api/sites/demo/snapshot', { auth: c.keys.display });
    expect(fromWriter.body.site.name.vi).toBe(RENAMED);

    // A new centre created through node A (already at its fair share): node B takes the lease,
    // and only the lease holder serves it from a hub of its own.
    const admin = await login(a.nodeUrl, 'admin', 'admin-password-for-tests');
    const created = await request(a.nodeUrl, '/api/admin/sites', {
      auth: admin,
      body: {
        id: 'xa-moi',
        name: { vi: 'Xã Mới', en: 'New Commune' },
        ward: { vi: 'Xã Mới', en: 'New Commune' },
        province: { vi: 'Vĩnh Long', en: 'Vinh Long' },
        timeZone: 'Asia/Ho_Chi_Minh',
        openingHours: { '1': [{ start: '07:30', end: '17:00' }] },
        holidays: [],
      },
    });
    expect(created.status).toBe(201);
    let owner: string | null = null;
    for (let i = 0; i < 100 && !owner; i++) {
      owner = await c.ownerOf('xa-moi');
      if (!owner) await new Promise((r) => setTimeout(r, 100));
    }
    expect(owner).not.toBeNull();
    // Asked with the cluster key a node answers from its own hubs, never forwarding.
    const serving: string[] = [];
    for (const node of c.nodes) {
      const res = await request(node.nodeUrl, '/api/sites/xa-moi/snapshot', {
        auth: admin,
        headers: { [CLUSTER_KEY_HEADER]: CLUSTER_KEY },
      });
      if (res.status === 200) serving.push(node.nodeUrl);
      else expect(res.body.error.code).toBe('site_unavailable');
    }
    expect(serving).toEqual([owner]);
  }, 90_000);
});
