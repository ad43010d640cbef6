// npm run bench -- webhooks: does a slow or dead webhook receiver slow call-next? The same hub
// serves call-next over HTTP three times in one run: with no webhook (the floor), with a
// subscription to every event on a receiver that takes 500 ms per delivery, and with one on a
// receiver that always answers 503 (retried with backoff).
import { WEBHOOK_EVENT_TYPES } from '../../shared/protocol/integration-schemas.js';
import { startReceiver } from '../support/webhook-receiver.js';
import { ADMIN_PASSWORD, login, request, startTestServer } from '../support/test-server.js';
import { percentile, round } from './stats.js';

const CALLS = 300;
const SECRET = 'bench-secret-0123456789abcdef';
const EVERY = [...WEBHOOK_EVENT_TYPES];

export async function benchWebhooks(): Promise<Record<string, number>> {
  const server = await startTestServer({
    options: {
      rateLimits: { public: 1_000_000 },
      integrations: { allowPrivate: true, timing: { retryBaseMs: 200, retryMaxMs: 2000, timeoutMs: 5000 } },
    },
  });
  const admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  let n = 0;
  const issue = () =>
    request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: `bench-hook-${String(n++).padStart(6, '0')}` },
    });
  /** CALLS call-next + finish pairs on counter c1; the call-next latencies (ms). */
  const run = async (): Promise<number[]> => {
    for (let i = 0; i < CALLS; i++) await issue();
    const times: number[] = [];
    for (let i = 0; i < CALLS; i++) {
      const start = performance.now();
      const res = await request(server.url, '/api/sites/demo/counters/c1/call-next', {
        auth: server.keys.counter,
        body: {},
      });
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`call-next ${res.status}`);
      await request(server.url, '/api/sites/demo/counters/c1/finish', {
        auth: server.keys.counter,
        body: {},
      });
    }
    return times;
  };
  const figures: Record<string, number> = {};
  const record = (name: string, times: number[]) => {
    figures[`${name} call-next p50 ms`] = round(percentile(times, 50));
    figures[`${name} call-next p95 ms`] = round(percentile(times, 95));
    figures[`${name} call-next p99 ms`] = round(percentile(times, 99));
  };

  record('no webhook', await run());

  const slow = await startReceiver(SECRET);
  slow.delayMs = 500;
  const slowHook = await request(server.url, '/api/sites/demo/webhooks', {
    auth: admin,
    body: { url: slow.url, events: EVERY, secret: SECRET },
  });
  record('slow receiver (500 ms)', await run());
  figures['slow receiver deliveries received during the run'] = slow.received.length;
  await request(server.url, `/api/sites/demo/webhooks/${slowHook.body.id}`, {
    auth: admin,
    method: 'DELETE',
  });

  const dead = await startReceiver(SECRET);
  dead.failing = true;
  await request(server.url, '/api/sites/demo/webhooks', {
    auth: admin,
    body: { url: dead.url, events: EVERY, secret: SECRET },
  });
  record('failing receiver (503)', await run());

  await server.close();
  await slow.close();
  await dead.close();
  return figures;
}
