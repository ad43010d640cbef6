// Moving a ward up: `npm run import-to-pg` (the real script, as a process) copies a data
// directory into PostgreSQL; run twice it adds nothing; a hub on the database then continues the
// day where the files left it (the next number, the same waiting tickets). A day that differs in the
// database is refused, never overwritten.
import { rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { importDir } from '../support/import-to-pg.js';
import { createTestDatabase, sql } from '../support/pg-database.js';
import { request, startTestServer, type TestServer } from '../support/test-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function issue(s: TestServer, n: number) {
  return request(s.url, '/api/sites/demo/tickets', {
    auth: s.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `import-req-${String(n).padStart(4, '0')}` },
  });
}

describe('import-to-pg', () => {
  it('imports a data directory, is safe to re-run, and the hub continues on PostgreSQL', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const ward = await startTestServer({ keepData: true });
    cleanups.push(() => rm(ward.dataDir, { recursive: true, force: true }));
    for (let i = 1; i <= 3; i++) expect((await issue(ward, i)).status).toBe(201);
    const before = (await request(ward.url, '/api/sites/demo/snapshot', { auth: ward.keys.display })).body;
    await ward.close();

    const first = await importDir(db, ward.dataDir);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/1 site\(s\), 1 day\(s\) \(0 already there\), 3 event\(s\) added/);
    const again = await importDir(db, ward.dataDir);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/1 day\(s\) \(1 already there\), 0 event\(s\) added/);
    const rows = await sql<{ n: string }>(db.url, 'SELECT count(*) AS n FROM luot_events');
    expect(Number(rows[0]?.n)).toBe(3);

    const hub = await startTestServer({ store: await PgStore.open(db.url, { poolSize: 4 }) });
    cleanups.push(() => hub.close());
    // The device keys are the ward's: its kiosk and display work on the database unchanged.
    const keys = ward.keys;
    const after = (await request(hub.url, '/api/sites/demo/snapshot', { auth: keys.display })).body;
    expect(after.seq).toBe(3);
    expect(after.waiting).toEqual(before.waiting);
    const next = await issue({ ...hub, keys }, 4);
    expect(next.status).toBe(201);
    expect(next.body.ticket.displayNumber).toBe('A004');
  });

  it('refuses a day the database holds differently, and says which', async () => {
    const db = await createTestDatabase();
    cleanups.push(db.drop);
    const ward = await startTestServer({ keepData: true });
    cleanups.push(() => rm(ward.dataDir, { recursive: true, force: true }));
    expect((await issue(ward, 1)).status).toBe(201);
    await ward.close();
    expect((await importDir(db, ward.dataDir)).code).toBe(0);
    await sql(db.url, `UPDATE luot_events SET line = replace(line, '"A001"', '"B001"')`);
    const refused = await importDir(db, ward.dataDir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('fails its checksum');
  });
});
