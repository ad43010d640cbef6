// A real cluster for tests: hub node processes (server/main.ts) on one PostgreSQL test database,
// behind a real haproxy (round robin, no stickiness), and the demo centre seeded once.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SiteConfig } from '../../shared/domain/model.js';
import { hashSecret, newDeviceKey } from '../../server/auth/secrets.js';
import { firstStart, type FirstStartReport } from '../../server/bootstrap.js';
import { SITE_LOCK_CLASS } from '../../server/cluster/leases.js';
import { PgStore } from '../../server/store/pg/pg-store.js';
import { startHubProcess, type HubProcess } from './hub-process.js';
import { createTestDatabase, sql, type TestDatabase } from './pg-database.js';

export const CLUSTER_KEY = 'cluster-key-for-tests-0123456789';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

export const nodeUrlAt = (port: number) => `http://127.0.0.1:${port}`;

/** How a hub node on the test database starts, listening on 127.0.0.1:port. */
export function nodeEnv(db: TestDatabase, dataDir: string, port: number): Record<string, string> {
  return {
    PORT: String(port),
    LUOT_DATABASE_URL: db.url,
    LUOT_NODE_URL: nodeUrlAt(port),
    LUOT_CLUSTER_KEY: CLUSTER_KEY,
    LUOT_DATA_DIR: dataDir,
    LUOT_DEMO: 'false',
  };
}

/** Issues a demo ticket through one node (or the balancer) with a kiosk key. */
export async function issueAt(base: string, key: string, requestId: string) {
  const res = await fetch(`${base}/api/sites/demo/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ procedureId: 'p-khai-sinh', requestId }),
  });
  if (res.status !== 201) throw new Error(`issue at ${base}: HTTP ${res.status} ${await res.text()}`);
  return (await res.json()) as { ticket: { id: string; displayNumber: string }; statusToken: string };
}

export interface ClusterNodeProcess extends HubProcess {
  port: number;
  nodeUrl: string;
}

export interface TestCluster {
  db: TestDatabase;
  report: FirstStartReport;
  keys: Record<string, string>;
  nodes: ClusterNodeProcess[];
  /** The load balancer's base URL. */
  url: string;
  /** The demo centre's clones (options.sites), each with its own kiosk and display keys. */
  sites: { siteId: string; kiosk: string; display: string }[];
  /** Starts the next spare node (options.spare), already listed in haproxy. */
  addNode(): Promise<ClusterNodeProcess>;
  /** The node URL holding a site's lease now (null while none). */
  ownerOf(siteId: string): Promise<string | null>;
  /** Every held lease: site → node URL (a site no node holds is absent). */
  owners(): Promise<Record<string, string>>;
  close(): Promise<void>;
}

async function startNode(
  db: TestDatabase,
  dataDir: string,
  port: number,
  env: Record<string, string>,
): Promise<ClusterNodeProcess> {
  const hub = await startHubProcess({
    ...nodeEnv(db, dataDir, port),
    // The test's kiosks issue far faster than a person can: the per-kiosk and per-caller limits
    // (tested on their own) would only slow the failover down.
    LUOT_KIOSK_ISSUES_PER_MINUTE: '10000',
    LUOT_KIOSK_ISSUES_PER_HOUR: '100000',
    LUOT_RATE_LIMIT_PER_MINUTE: '1000000',
    // As docs/OPERATIONS.md sets a node up: the balancer (haproxy on loopback) is trusted to name
    // the client, and its own address is not held to the per-address connection cap.
    LUOT_TRUST_PROXY: 'loopback',
    ...env,
  });
  return Object.assign(hub, { port, nodeUrl: nodeUrlAt(port) });
}

async function startHaproxy(dir: string, port: number, nodePorts: number[]): Promise<ChildProcess> {
  const config = join(dir, 'haproxy.cfg');
  await writeFile(
    config,
    [
      'global',
      // The cluster bench's 6,000 screens, two descriptors each, within an open-files limit of 20,000.
      '  maxconn 9000',
      'defaults',
      '  mode http',
      '  option forwardfor',
      '  maxconn 9000',
      '  timeout connect 1s',
      '  timeout client 30s',
      '  timeout server 30s',
      '  timeout tunnel 1h',
      '  retries 0',
      'frontend hall',
      `  bind 127.0.0.1:${port}`,
      '  default_backend nodes',
      'backend nodes',
      '  balance roundrobin',
      ...nodePorts.map((p, i) => `  server node${i + 1} 127.0.0.1:${p} check inter 300 fall 1 rise 2`),
      '',
    ].join('\n'),
  );
  const child = spawn('haproxy', ['-f', config, '-db'], { stdio: ['ignore', 'pipe', 'pipe'] });
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(`http://127.0.0.1:${port}/health`).then(
      () => true,
      () => false,
    );
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('haproxy did not start');
}

/** Benchmarks: open all day, every day, with room for 100,000 tickets per line. */
function openAllDay(config: SiteConfig): void {
  for (const series of config.series) {
    series.end = Math.max(series.end, series.start + 99_999);
    series.dailyCap = 0;
  }
  const allDay = [{ start: '00:00', end: '23:59' }];
  config.site.openingHours = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7'].map((d) => [d, allDay]));
  config.site.holidays = [];
}

/** Clones of the demo centre (xa-01, xa-02, …), each with a kiosk and a display. */
async function cloneDemo(store: PgStore, count: number, allDay: boolean): Promise<TestCluster['sites']> {
  const made: TestCluster['sites'] = [];
  await store.updateConfig((data) => {
    const demo = data.sites.find((s) => s.config.site.id === 'demo');
    if (!demo) throw new Error('demo centre expected');
    if (allDay) openAllDay(demo.config);
    for (let i = 1; i <= count; i++) {
      const siteId = `xa-${String(i).padStart(2, '0')}`;
      const record = structuredClone(demo);
      record.config.site.id = siteId;
      record.config.site.name = { vi: `Xã ${i}` };
      data.sites.push(record);
      const keys = { siteId, kiosk: '', display: '' };
      for (const kind of ['kiosk', 'display'] as const) {
        const id = `dev-${randomUUID().slice(0, 8)}`;
        keys[kind] = newDeviceKey(id);
        data.devices.push({
          id,
          siteId,
          kind,
          name: `${kind} ${siteId}`,
          counterId: null,
          printer: null,
          keyHash: hashSecret(keys[kind]),
          createdAt: Date.now(),
          revokedAt: null,
        });
      }
      made.push(keys);
    }
  });
  return made;
}

export interface TestClusterOptions {
  /** Clones of the demo centre to add (see TestCluster.sites). */
  sites?: number;
  /** Nodes listed in haproxy but started later by addNode(). */
  spare?: number;
  /** Every centre open all day, every day, with room for 100,000 tickets per line (benchmarks). */
  allDay?: boolean;
  /** More environment for the node processes. */
  env?: Record<string, string>;
}

/** Leases held now: a row of luot_site_owners counts only while its advisory lock is held. */
async function owners(db: TestDatabase): Promise<Record<string, string>> {
  const rows = await sql<{ site_id: string; node_url: string }>(
    db.url,
    `SELECT o.site_id, o.node_url FROM luot_site_owners o
     WHERE EXISTS (SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
       AND l.pid = o.pid AND l.classid = $1::bigint::oid
       AND l.objid = ((hashtext(o.site_id)::bigint + 4294967296) % 4294967296)::oid)`,
    [SITE_LOCK_CLASS],
  );
  return Object.fromEntries(rows.map((r) => [r.site_id, r.node_url]));
}

export async function startTestCluster(size: number, options: TestClusterOptions = {}): Promise<TestCluster> {
  const db = await createTestDatabase();
  const dir = await mkdtemp(join(tmpdir(), 'luot-cluster-'));
  const seed = await PgStore.open(db.url, { poolSize: 2 });
  const report = (await firstStart(seed, {
    adminPassword: 'admin-password-for-tests',
    demo: true,
    clock: Date.now,
    forcePasswordChange: false,
  })) as FirstStartReport;
  const sites = await cloneDemo(seed, options.sites ?? 0, options.allDay ?? false);
  await seed.close();
  const nodes: ClusterNodeProcess[] = [];
  let haproxy: ChildProcess | null = null;
  const close = async () => {
    haproxy?.kill('SIGKILL');
    for (const n of nodes) await n.kill('SIGKILL');
    await db.drop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // One after another: the first node takes the demo centre.
    const ports: number[] = [];
    for (let i = 0; i < size + (options.spare ?? 0); i++) ports.push(await freePort());
    const addNode = async () => {
      const i = nodes.length;
      const port = ports[i];
      if (port === undefined) throw new Error('no spare node left');
      const node = await startNode(db, join(dir, `node${i}`), port, options.env ?? {});
      nodes.push(node);
      return node;
    };
    for (let i = 0; i < size; i++) await addNode();
    const port = await freePort();
    haproxy = await startHaproxy(dir, port, ports);
    const keys = Object.fromEntries(report.devices.map((d) => [d.kind, d.key]));
    return {
      db,
      report,
      keys,
      nodes,
      sites,
      addNode,
      url: `http://127.0.0.1:${port}`,
      async ownerOf(siteId) {
        return (await owners(db))[siteId] ?? null;
      },
      owners: () => owners(db),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
