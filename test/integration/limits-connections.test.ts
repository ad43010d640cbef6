// 2,000 slow-header connections against a real hub on a port with its default caps, while a
// counter on another address calls the next ticket: from one address the per-address cap holds
// the flood, from twenty addresses the total cap is reached and the counter's new connection
// takes the place of the oldest one that never sent a whole request. Latency is measured in the
// bench (npm run bench -- connections), not here.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEFAULT_CONNECTION_LIMITS } from '../../server/http/limits/connection-guard.js';
import { rawRequest } from '../support/raw-http.js';
import { type SlowFlood, slowFlood } from '../support/slow-flood.js';
import { login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let flood: SlowFlood | null = null;
let canbo1 = '';

beforeEach(async () => {
  // Default caps; the header deadline is long so that only the caps can save the counter.
  server = await startTestServer({
    options: { network: { connections: { headersTimeoutMs: 120_000, requestTimeoutMs: 120_000 } } },
  });
  const password = server.report.officers.find((o) => o.username === 'canbo1')?.password ?? '';
  canbo1 = await login(server.url, 'canbo1', password);
  expect(
    (await request(server.url, '/api/sites/demo/counters/c1/sign-in', { auth: canbo1, body: {} })).status,
  ).toBe(200);
  for (let i = 0; i < 2; i++) {
    const issued = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: `flood-${i}-${Date.now()}` },
    });
    expect(issued.status).toBe(201);
  }
});

afterEach(async () => {
  flood?.close();
  flood = null;
  await server.close();
});

/** Floods, then waits until the hub has taken every connection the flood opened. */
async function flooded(addresses: number): Promise<void> {
  const before = server.app.connections.stats().accepted;
  flood = await slowFlood(server.url, { count: 2000, addresses });
  for (let i = 0; i < 200 && server.app.connections.stats().accepted < before + 2000; i++) {
    await new Promise((r) => setTimeout(r, 50));
  }
  expect(server.app.connections.stats().accepted).toBeGreaterThanOrEqual(before + 2000);
}

const counterAction = (action: string) =>
  rawRequest(server.url, `/api/sites/demo/counters/c1/${action}`, {
    body: {},
    headers: { authorization: `Bearer ${canbo1}` },
    localAddress: '127.0.0.2',
  });

it('2,000 slow connections from one address: the counter still calls the next ticket', {
  timeout: 120_000,
}, async () => {
  await flooded(1);
  const held = server.app.connections.stats();
  expect(held.open).toBeLessThanOrEqual(DEFAULT_CONNECTION_LIMITS.maxConnectionsPerIp + 1);
  expect(held.refused + held.evicted).toBeGreaterThanOrEqual(
    2000 - DEFAULT_CONNECTION_LIMITS.maxConnectionsPerIp,
  );
  const called = await counterAction('call-next');
  expect(called.status, JSON.stringify(called.body)).toBe(200);
  expect(called.body.ticket.displayNumber).toBeTruthy();
});

it('2,000 slow connections from twenty addresses fill the hub: the counter still gets in', {
  timeout: 120_000,
}, async () => {
  await flooded(20);
  expect(server.app.connections.stats().open).toBe(DEFAULT_CONNECTION_LIMITS.maxConnections);
  const called = await counterAction('call-next');
  expect(called.status, JSON.stringify(called.body)).toBe(200);
  expect(server.app.connections.stats().evicted).toBeGreaterThan(0);
  // A second action on a fresh connection too (the flood keeps the hub full).
  expect((await counterAction('finish')).status).toBe(200);
});
