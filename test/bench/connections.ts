// A counter's call-next and finish on fresh connections, first on a quiet hub, then while 2,000
// slow-header connections from twenty addresses hold it at its connection cap (defaults).
import { rawRequest } from '../support/raw-http.js';
import { slowFlood } from '../support/slow-flood.js';
import { login, request, startTestServer } from '../support/test-server.js';
import { percentile, round } from './stats.js';

const ROUNDS = 40;

export async function benchConnections(): Promise<Record<string, number>> {
  const server = await startTestServer({
    options: {
      rateLimits: { public: 1_000_000 },
      network: { connections: { headersTimeoutMs: 120_000, requestTimeoutMs: 120_000 } },
    },
  });
  try {
    const password = server.report.officers.find((o) => o.username === 'canbo1')?.password ?? '';
    const canbo1 = await login(server.url, 'canbo1', password);
    await request(server.url, '/api/sites/demo/counters/c1/sign-in', { auth: canbo1, body: {} });
    for (let i = 0; i < ROUNDS * 2; i++) {
      await request(server.url, '/api/sites/demo/tickets', {
        auth: server.keys.kiosk,
        body: { procedureId: 'p-khai-sinh', requestId: `bench-conn-${i}` },
      });
    }
    const action = (name: string) =>
      rawRequest(server.url, `/api/sites/demo/counters/c1/${name}`, {
        body: {},
        headers: { authorization: `Bearer ${canbo1}` },
        localAddress: '127.0.0.2',
      });
    const measure = async (): Promise<{ ms: number[]; failed: number }> => {
      const ms: number[] = [];
      let failed = 0;
      for (let i = 0; i < ROUNDS / 2; i++) {
        const start = performance.now();
        const called = await action('call-next').catch(() => null);
        ms.push(performance.now() - start);
        if (called?.status !== 200) failed += 1;
        await action('finish').catch(() => null);
      }
      return { ms, failed };
    };
    const quiet = await measure();
    const flood = await slowFlood(server.url, { count: 2000, addresses: 20 });
    await new Promise((r) => setTimeout(r, 500));
    const busy = await measure();
    const stats = server.app.connections.stats();
    flood.close();
    return {
      quiet_call_next_p50_ms: round(percentile(quiet.ms, 50)),
      quiet_call_next_p95_ms: round(percentile(quiet.ms, 95)),
      flooded_call_next_p50_ms: round(percentile(busy.ms, 50)),
      flooded_call_next_p95_ms: round(percentile(busy.ms, 95)),
      flooded_call_next_failed: busy.failed,
      flooded_open_connections: stats.open,
      flooded_evicted: stats.evicted,
    };
  } finally {
    await server.close();
  }
}
