// The hub under benchmark, in its own process: the demo centre with 30 counters, on loopback.
// It reports its URL and secrets on stdout and answers memory queries over IPC.
import { ADMIN_PASSWORD, login, startTestServer } from '../support/test-server.js';

// One client process holds every socket (2,000 phones, 100 displays…) from one loopback address:
// the per-address and total connection caps (tested on their own) are lifted for the bench.
const server = await startTestServer({
  options: {
    rateLimits: { public: 1_000_000 },
    issueLimits: { perMinute: 1_000_000, perHour: 10_000_000 },
    network: { connections: { maxConnections: 100_000, maxConnectionsPerIp: 100_000 } },
  },
});
const hub = server.app.hubs.get('demo');
if (!hub) throw new Error('no demo hub');
const config = structuredClone(hub.config);
for (const series of config.series) {
  series.end = Math.max(series.end, series.start + 99_999);
  series.dailyCap = 0;
}
// Every counter serves every line, so any counter always has someone to call.
for (const counter of config.counters) counter.series = config.series.map((s) => ({ seriesId: s.id }));
for (let i = 7; i <= 30; i++) {
  config.counters.push({
    id: `b${i}`,
    number: i,
    name: { vi: `Quầy ${i}` },
    zone: 'B',
    series: config.series.map((s) => ({ seriesId: s.id })),
    policy: 'fifo',
  });
}
hub.reconfigure(config, hub.settings);
const token = await login(server.url, 'admin', ADMIN_PASSWORD);
process.send?.({
  type: 'ready',
  url: server.url,
  keys: server.keys,
  token,
  counters: config.counters.map((c) => c.id),
});
process.on('message', (msg: { type: string }) => {
  if (msg.type === 'memory') {
    globalThis.gc?.();
    const m = process.memoryUsage();
    process.send?.({
      type: 'memory',
      rss: m.rss,
      heapUsed: m.heapUsed,
      sockets: server.app.realtime.io.engine.clientsCount,
    });
  }
  if (msg.type === 'stop') void server.close().then(() => process.exit(0));
});
