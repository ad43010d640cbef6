// Site leases on a real PostgreSQL: a lease is held while its node's lease connection lives, and
// the one-query scan of who writes what (liveOwners) sees exactly the leases held now — not a
// released one, not one whose connection died.
import { afterEach, describe, expect, it } from 'vitest';
import { Leases, liveNodes, liveOwner, liveOwners } from '../../server/cluster/leases.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { createTestDatabase } from '../support/pg-database.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

describe('site leases', () => {
  it('lists the sites held now, whichever node holds them', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const store = await PgStore.open(db.url, { poolSize: 2 });
    cleanups.push(() => store.close());
    const lost: Error[] = [];
    const a = await Leases.open(db.url, (e) => lost.push(e));
    const b = await Leases.open(db.url, (e) => lost.push(e));
    cleanups.push(() => a.close());
    await a.holdNode('node-a');
    await b.holdNode('node-b');
    expect(await liveNodes(store.pool)).toBe(2);
    expect(await liveOwners(store.pool)).toEqual(new Set());

    expect(await a.tryTake('xa-01', 'node-a', 'http://a')).toBe(true);
    expect(await a.tryTake('xa-02', 'node-a', 'http://a')).toBe(true);
    expect(await b.tryTake('xa-02', 'node-b', 'http://b')).toBe(false);
    expect(await b.tryTake('xa-03', 'node-b', 'http://b')).toBe(true);
    expect(await liveOwners(store.pool)).toEqual(new Set(['xa-01', 'xa-02', 'xa-03']));
    expect(await liveOwner(store.pool, 'xa-03')).toEqual({ nodeId: 'node-b', url: 'http://b' });

    // Released: free at once, though its row stays in luot_site_owners.
    await a.release('xa-02');
    expect(await liveOwners(store.pool)).toEqual(new Set(['xa-01', 'xa-03']));
    // A node whose lease connection ends holds nothing any more.
    await b.close();
    expect(await liveOwners(store.pool)).toEqual(new Set(['xa-01']));
    expect(await liveOwner(store.pool, 'xa-03')).toBeNull();
    expect(await liveNodes(store.pool)).toBe(1);
    expect(lost).toEqual([]);
  });
});
