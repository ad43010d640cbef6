// Header deadlines against a real hub: connections that send nothing, or never finish their
// headers, are closed once LUOT_HEADERS_TIMEOUT_MS has passed; a working client is not.
import { connect } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { rawRequest } from '../support/raw-http.js';
import { slowFlood } from '../support/slow-flood.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    options: { network: { connections: { headersTimeoutMs: 1000, requestTimeoutMs: 2000 } } },
  });
});

afterAll(async () => {
  await server?.close();
});

it('closes silent and slow-header connections at the deadline', { timeout: 60_000 }, async () => {
  const url = new URL(server.url);
  const closed: Promise<void>[] = [];
  for (let i = 0; i < 20; i++) {
    const socket = connect({ host: url.hostname, port: Number(url.port) });
    socket.on('error', () => undefined);
    closed.push(new Promise((resolve) => socket.on('close', () => resolve())));
  }
  const flood = await slowFlood(server.url, { count: 20, addresses: 2 });
  try {
    // Closed by the hub, not by this test: every one of them ends.
    await Promise.all(closed);
    for (let i = 0; i < 200 && flood.open() > 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(flood.open()).toBe(0);
    expect(server.app.connections.stats().timedOut).toBeGreaterThanOrEqual(40);
    expect((await rawRequest(server.url, '/api/sites')).status).toBe(200);
  } finally {
    flood.close();
  }
});
