// What `npm start` runs: the server compiled to build/ (scripts/build-server.mjs), with the files it
// reads beside its code copied there — on the embedded store, and on PostgreSQL (its migrations are
// SQL files beside the code; a compiled start that lacked them could not open a database).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildServerIfStale } from '../../scripts/build-server.mjs';
import { type HubProcess, startHubProcess } from '../support/hub-process.js';
import { createTestDatabase, sql } from '../support/pg-database.js';
import { request } from '../support/test-server.js';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function started(env: Record<string, string>): Promise<HubProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'luot-compiled-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  const hub = await startHubProcess({ LUOT_DATA_DIR: dir, ...env }, { compiled: true });
  cleanups.push(() => hub.kill('SIGTERM'));
  return hub;
}

/** Issues the first ticket as a kiosk does: retrying (same request id) while the site is not yet
 * taken up (a node on PostgreSQL takes its lease just after it listens). */
async function issues(hub: HubProcess): Promise<void> {
  const take = () =>
    request(hub.url, '/api/sites/demo/tickets', {
      auth: hub.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'compiled-start-0001' },
    });
  let res = await take();
  for (let i = 0; i < 100 && res.status === 503; i++) {
    await new Promise((r) => setTimeout(r, 100));
    res = await take();
  }
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  expect(res.body.ticket.displayNumber).toBe('A001');
}

describe('the compiled start', { timeout: 240_000 }, () => {
  it('serves the demo centre on the embedded store and on PostgreSQL', async () => {
    buildServerIfStale({ quiet: true });
    await issues(await started({}));

    const db = await createTestDatabase();
    cleanups.push(db.drop);
    await issues(await started({ LUOT_DATABASE_URL: db.url }));
    const applied = await sql<{ version: number }>(db.url, 'SELECT version FROM luot_migrations');
    expect(applied.length).toBeGreaterThan(5);
  });

  it("starts a ward's hub without what only provinces, spreadsheets, slips or voice zips need", async () => {
    // Each of these costs ≈ 100 ms–1 s of a start; they load on first use (or on PostgreSQL only).
    buildServerIfStale({ quiet: true });
    const log = join(await mkdtemp(join(tmpdir(), 'luot-modules-')), 'loaded.txt');
    cleanups.push(() => rm(join(log, '..'), { recursive: true, force: true }));
    const hub = await started({
      NODE_OPTIONS: `--import=${join(import.meta.dirname, '..', 'support', 'module-log.mjs')}`,
      LUOT_TEST_MODULE_LOG: log,
    });
    const res = await request(hub.url, '/api/sites', {});
    expect(res.status).toBeLessThan(500);
    const loaded = (await readFile(log, 'utf8')).split('\n');
    expect(loaded.some((url) => url.includes('/build/server/app.js'))).toBe(true);
    const packages = new Set(loaded.map((url) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1]));
    for (const name of ['pg', 'jszip', 'exceljs', '@napi-rs/canvas', 'node-thermal-printer']) {
      expect(packages.has(name), `${name} loaded at start`).toBe(false);
    }
    expect(packages.has('express')).toBe(true);
  });
});
