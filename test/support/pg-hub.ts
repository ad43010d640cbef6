// Real hub processes (server/main.ts) on one PostgreSQL test database, as a province runs them:
// the demo centre seeded once, then nodes started and killed at will. Each node is a cluster node
// (LUOT_DATABASE_URL always makes one), reachable at its own port; webhooks may go to loopback.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { firstStart, type FirstStartReport } from '../../server/bootstrap.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { freePort, nodeEnv, nodeUrlAt } from './cluster-harness.js';
import { type HubProcess, startHubProcess } from './hub-process.js';
import { sql, type TestDatabase } from './pg-database.js';

export const PG_ADMIN_PASSWORD = 'admin-password-for-tests';

export interface PgHub extends HubProcess {
  nodeUrl: string;
}

/** Seeds the demo centre; returns the device keys by kind. */
export async function seedDemo(
  db: TestDatabase,
): Promise<{ report: FirstStartReport; keys: Record<string, string> }> {
  const seed = await PgStore.open(db.url, { poolSize: 2 });
  try {
    const report = (await firstStart(seed, {
      adminPassword: PG_ADMIN_PASSWORD,
      demo: true,
      clock: Date.now,
      forcePasswordChange: false,
    })) as FirstStartReport;
    return { report, keys: Object.fromEntries(report.devices.map((d) => [d.kind, d.key])) };
  } finally {
    await seed.close();
  }
}

/** A wall clock for the hubs at a chosen instant (a file the hub polls; NODE_ENV=test). */
export async function clockAt(dir: string, instant: number): Promise<string> {
  const path = join(dir, 'wall-clock.json');
  await writeFile(path, JSON.stringify({ offsetMs: Math.round(instant - Date.now()) }));
  return path;
}

export async function startPgHub(
  db: TestDatabase,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<PgHub> {
  const port = await freePort();
  const hub = await startHubProcess({
    ...nodeEnv(db, dataDir, port),
    LUOT_WEBHOOK_ALLOW_PRIVATE: 'true',
    ...env,
  });
  return Object.assign(hub, { nodeUrl: nodeUrlAt(port) });
}

/** The node URL holding a site's lease now (null while none). */
export async function ownerOf(db: TestDatabase, siteId: string): Promise<string | null> {
  const rows = await sql<{ node_url: string }>(
    db.url,
    `SELECT o.node_url FROM luot_site_owners o JOIN pg_stat_activity a ON a.pid = o.pid WHERE o.site_id = $1`,
    [siteId],
  );
  return rows[0]?.node_url ?? null;
}

/** Polls until check() holds (or throws after timeoutMs with what was last seen). */
export async function until<T>(
  what: string,
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
