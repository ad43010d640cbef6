// Cluster figures: NODES hub node processes on one PostgreSQL database behind a real haproxy (the
// test harness), BENCH_CLUSTER_SITES centres (copies of the demo centre, 6 counters each), every
// client going through the balancer. The nodes start one after another, so the first holds every
// centre until the others join: the time until the centres are spread is the hand-over. Then:
// tickets issued at every centre (throughput, latency), displays and phone pages connected, calls
// (call-next + finish at counter 1 of a centre) measured until every display of that centre has the
// call, and the failover: kill -9 of the node writing the most centres, time until each of its
// centres answers again and until every display that lost its node is back on the centre's state.
// The floor, in the same run: a bare HTTP round trip through haproxy to a node (/health), and a
// bare NOTIFY → LISTEN round trip on the same PostgreSQL (how the adapter carries an event).
import pg from 'pg';
import { io, type Socket } from 'socket.io-client';
import type { QueueDelta, QueueSnapshot } from '../../shared/protocol/views.js';
import { startTestCluster, type TestCluster } from '../support/cluster-harness.js';
import { ADMIN_PASSWORD, login } from '../support/test-server.js';
import { inBatches } from './hub-clients.js';
import { load } from './load.js';
import { percentile, round } from './stats.js';

const NODES = 3;
const SITES = Number(process.env.BENCH_CLUSTER_SITES ?? 100);
const DISPLAYS = Number(process.env.BENCH_CLUSTER_DISPLAYS ?? 1000);
const PHONES = Number(process.env.BENCH_CLUSTER_PHONES ?? 5000);
const CALLS = Number(process.env.BENCH_CLUSTER_CALLS ?? 300);
const IN_FLIGHT = 32;

const p = (values: number[], q: number) => round(percentile(values, q), 1);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Site {
  siteId: string;
  kiosk: string;
  display: string;
}

function connect(url: string, auth: Record<string, unknown>, first: string): Promise<Socket> {
  const s = io(url, {
    transports: ['websocket'],
    auth,
    forceNew: true,
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    timeout: 60_000,
  });
  return new Promise((resolve, reject) => {
    s.once(first, () => resolve(s));
    s.once('connect_error', reject);
  });
}

async function post(
  url: string,
  token: string,
  body: unknown,
): Promise<{ status: number; body: unknown; ms: number }> {
  const start = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json().catch(() => null), ms: performance.now() - start };
}

/** POST until 2xx (a 503 while a centre moves is retried, as a kiosk does). */
async function postOk(url: string, token: string, body: unknown): Promise<{ body: unknown; ms: number }> {
  const start = performance.now();
  for (;;) {
    const r = await post(url, token, body).catch(() => null);
    if (r && r.status < 300) return { body: r.body, ms: performance.now() - start };
    if (r && r.status !== 503) throw new Error(`${url}: HTTP ${r.status} ${JSON.stringify(r.body)}`);
    await sleep(200);
  }
}

async function floor(c: TestCluster): Promise<Record<string, number>> {
  const health = await load(500, 1, async () => {
    const start = performance.now();
    await (await fetch(`${c.url}/health`)).arrayBuffer();
    return performance.now() - start;
  });
  const listener = new pg.Client({ connectionString: c.db.url });
  const notifier = new pg.Client({ connectionString: c.db.url });
  await listener.connect();
  await notifier.connect();
  try {
    await listener.query('LISTEN bench_floor');
    const trips: number[] = [];
    for (let i = 0; i < 300; i++) {
      const got = new Promise<void>((r) => listener.once('notification', () => r()));
      const start = performance.now();
      await notifier.query(`NOTIFY bench_floor, '${i}'`);
      await got;
      trips.push(performance.now() - start);
    }
    return {
      floorHaproxyHealthP50Ms: p(health.latencies, 50),
      floorHaproxyHealthP99Ms: p(health.latencies, 99),
      floorNotifyListenP50Ms: p(trips, 50),
      floorNotifyListenP99Ms: p(trips, 99),
    };
  } finally {
    await listener.end();
    await notifier.end();
  }
}

async function ownersByNode(c: TestCluster, sites: Site[]): Promise<Map<string, string[]>> {
  const owners = await c.owners();
  const byNode = new Map<string, string[]>();
  for (const s of sites) {
    const owner = owners[s.siteId] ?? 'none';
    byNode.set(owner, [...(byNode.get(owner) ?? []), s.siteId]);
  }
  return byNode;
}

export async function benchCluster(): Promise<Record<string, number>> {
  const stage = (what: string) => process.stderr.write(`cluster bench: ${what}\n`);
  const started = performance.now();
  const c = await startTestCluster(NODES, {
    sites: SITES - 1,
    allDay: true,
    env: { LUOT_MAX_CONNECTIONS: '100000', LUOT_MAX_CONNECTIONS_PER_IP: '100000' },
  });
  const sockets: Socket[] = [];
  try {
    const sites: Site[] = [
      { siteId: 'demo', kiosk: c.keys.kiosk ?? '', display: c.keys.display ?? '' },
      ...c.sites,
    ];
    const f: Record<string, number> = { nodes: NODES, centres: sites.length, countersPerCentre: 6 };
    const share = Math.ceil(sites.length / NODES);
    let byNode = await ownersByNode(c, sites);
    while (byNode.size < NODES || byNode.has('none') || [...byNode.values()].some((s) => s.length > share)) {
      await sleep(250);
      byNode = await ownersByNode(c, sites);
    }
    f.spreadAfterStartMs = Math.round(performance.now() - started);
    stage(`spread ${[...byNode.values()].map((s) => s.length).join('/')}`);

    // Tickets: at least one per phone page, round robin over the centres.
    const tickets = Math.max(PHONES, sites.length * 10);
    const tokens: string[] = [];
    const issues = await load(tickets, IN_FLIGHT, async (i) => {
      const site = sites[i % sites.length] as Site;
      const r = await postOk(`${c.url}/api/sites/${site.siteId}/tickets`, site.kiosk, {
        procedureId: 'p-khai-sinh',
        requestId: `bench-cluster-${String(i).padStart(6, '0')}`,
      });
      tokens.push((r.body as { statusToken: string }).statusToken);
      return r.ms;
    });
    f.ticketsIssued = tickets;
    f.issuesPerSecond = Math.round(tickets / issues.seconds);
    f.issueP50Ms = p(issues.latencies, 50);
    f.issueP99Ms = p(issues.latencies, 99);
    stage(`issued ${tickets}`);

    // Displays, spread over the centres; each counts the calls it sees.
    const seen = new Map<string, number[]>();
    const displaysOf = new Map<string, Socket[]>();
    await inBatches(DISPLAYS, 50, async (i) => {
      const site = sites[i % sites.length] as Site;
      const s = await connect(c.url, { key: site.display }, 'queue:snapshot');
      sockets.push(s);
      displaysOf.set(site.siteId, [...(displaysOf.get(site.siteId) ?? []), s]);
      s.on('queue:deltas', (ds: QueueDelta[]) => {
        for (const d of ds) {
          if (d.name !== 'ticket:called' || !d.ticketId) continue;
          seen.set(d.ticketId, [...(seen.get(d.ticketId) ?? []), performance.now()]);
        }
      });
    });
    f.displays = DISPLAYS;
    const phones = await inBatches(PHONES, 50, async (i) => {
      const s = await connect(c.url, { statusToken: tokens[i] }, 'ticket:status');
      sockets.push(s);
      return s;
    });
    f.phonePages = phones.length;
    stage(`connected ${DISPLAYS} displays, ${phones.length} phones`);

    // Calls: counter 1 of a centre calls the next and finishes; latency until each of its displays has it.
    const admin = await login(c.url, 'admin', ADMIN_PASSWORD);
    for (const site of sites)
      await postOk(`${c.url}/api/sites/${site.siteId}/counters/c1/sign-in`, admin, { takeOver: true });
    const toDisplay: number[] = [];
    const callSites = sites.filter((s) => (displaysOf.get(s.siteId)?.length ?? 0) > 0);
    // Each worker calls at its own centres only, so no two calls at one counter overlap.
    const workers = Math.min(8, callSites.length);
    const callHttp: number[] = [];
    const callsStart = performance.now();
    await Promise.all(
      Array.from({ length: workers }, async (_, w) => {
        const mine = callSites.filter((_, k) => k % workers === w);
        for (let n = 0; n < Math.ceil(CALLS / workers); n++) {
          const site = mine[n % mine.length] as Site;
          const displays = displaysOf.get(site.siteId)?.length ?? 0;
          const start = performance.now();
          const r = await postOk(`${c.url}/api/sites/${site.siteId}/counters/c1/call-next`, admin, {});
          callHttp.push(r.ms);
          const ticketId = (r.body as { ticket?: { id: string } }).ticket?.id ?? '';
          while ((seen.get(ticketId)?.length ?? 0) < displays && performance.now() - start < 10_000)
            await sleep(5);
          for (const t of seen.get(ticketId) ?? []) toDisplay.push(t - start);
          seen.delete(ticketId);
          await postOk(`${c.url}/api/sites/${site.siteId}/counters/c1/finish`, admin, {});
        }
      }),
    );
    const calls = { latencies: callHttp, seconds: (performance.now() - callsStart) / 1000 };
    f.calls = callHttp.length;
    f.callsPerSecond = round(callHttp.length / calls.seconds, 1);
    f.callHttpP50Ms = p(calls.latencies, 50);
    f.callToDisplayP50Ms = p(toDisplay, 50);
    f.callToDisplayP99Ms = p(toDisplay, 99);
    stage('calls done');

    // Failover: kill -9 of the node writing the most centres.
    const [victimUrl, victimSites] = [...byNode].sort((a, b) => b[1].length - a[1].length)[0] ?? ['', []];
    const victim = c.nodes.find((n) => n.nodeUrl === victimUrl);
    if (!victim) throw new Error('no victim node');
    const seqBefore = new Map<string, number>();
    for (const siteId of victimSites) {
      const site = sites.find((s) => s.siteId === siteId) as Site;
      const res = await fetch(`${c.url}/api/sites/${siteId}/snapshot`, {
        headers: { authorization: `Bearer ${site.display}` },
      });
      seqBefore.set(siteId, ((await res.json()) as QueueSnapshot).seq);
    }
    // Every display that loses its node (whatever its centre) reconnects through the balancer.
    const lost: Socket[] = [];
    const displaysBack: number[] = [];
    let killedAt = 0;
    for (const [siteId, displays] of displaysOf) {
      for (const s of displays) {
        s.once('disconnect', () => {
          lost.push(s);
          const back = (snap: QueueSnapshot) => {
            if (snap.seq < (seqBefore.get(siteId) ?? 0)) return;
            s.off('queue:snapshot', back);
            displaysBack.push(performance.now() - killedAt);
          };
          s.on('queue:snapshot', back);
        });
      }
    }
    killedAt = performance.now();
    await victim.kill('SIGKILL');
    const back = await Promise.all(
      victimSites.map(async (siteId) => {
        const site = sites.find((s) => s.siteId === siteId) as Site;
        for (;;) {
          const res = await fetch(`${c.url}/api/sites/${siteId}/snapshot`, {
            headers: { authorization: `Bearer ${site.display}` },
          }).catch(() => null);
          if (res?.status === 200) return performance.now() - killedAt;
          await res?.arrayBuffer();
          await sleep(50);
        }
      }),
    );
    for (
      const until = performance.now() + 30_000;
      displaysBack.length < lost.length && performance.now() < until;
    )
      await sleep(50);
    f.failoverCentres = victimSites.length;
    f.failoverCentresBackMaxMs = Math.round(Math.max(...back));
    f.failoverCentresBackP50Ms = Math.round(percentile(back, 50));
    f.failoverDisplaysLostNode = lost.length;
    f.failoverDisplaysBackWithin30s = displaysBack.length;
    f.failoverDisplaysStillOffline = lost.filter((s) => !s.connected).length;
    f.failoverDisplaysBackP50Ms = Math.round(percentile(displaysBack, 50));
    f.failoverDisplaysBackMaxMs = Math.round(Math.max(...displaysBack));
    stage('failover done');
    for (const s of sockets.splice(0)) s.disconnect();
    return { ...f, ...(await floor(c)) };
  } finally {
    for (const s of sockets) s.disconnect();
    await c.close();
  }
}
