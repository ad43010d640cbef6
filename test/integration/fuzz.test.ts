// Bad input everywhere: every endpoint and socket event gets at least 1,000 random and malformed
// payloads (wrong types, huge strings, unknown fields, __proto__ keys, invalid UTF-8, NUL bytes,
// huge arrays). Always a 4xx or an error ack with a code; the server stays up; nothing changes.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ack, connected, connectSocket, type TestSocket } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, startTestServer, type TestServer } from '../support/test-server.js';

const RUNS = 1000;

/** A value of the wrong kind for any field (hugeLength: a string past the transport's limit). */
const nastyValue = (hugeLength: number) =>
  fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.string({ maxLength: 30 }),
    fc.constant('x'.repeat(hugeLength)),
    fc.constant('A\u0000B'),
    fc.constant('\uD800'),
    fc.array(fc.integer(), { minLength: 5_000, maxLength: 5_000 }),
    fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
  );

const BROKEN_STRING = /[\uD800-\uDFFF]/;

/** True when value can never be a valid replacement for the valid one (a different kind, or a broken/huge string). */
function isWrongFor(validValue: unknown, value: unknown): boolean {
  if (typeof value === 'string')
    return BROKEN_STRING.test(value) || value.length > 10_000 || typeof validValue !== 'string';
  if (value === null || Array.isArray(value)) return true;
  return typeof value !== typeof validValue;
}

/** Objects that look like a real body but are broken in at least one way. */
function malformed(valid: Record<string, unknown>, hugeLength: number): fc.Arbitrary<unknown> {
  const nasty = nastyValue(hugeLength);
  const protoKey = JSON.parse(
    `{"__proto__":{"isAdmin":true}${Object.keys(valid).length ? ',' : ''}${JSON.stringify(valid).slice(1)}`,
  );
  const keys = Object.keys(valid);
  const wrongField =
    keys.length > 0
      ? fc
          .record({ key: fc.constantFrom(...keys), value: nasty })
          .filter(({ key, value }) => isWrongFor(valid[key], value))
          .map(({ key, value }) => ({ ...valid, [key]: value }))
      : fc.constant({ unexpected: 1 });
  return fc.oneof(
    wrongField.filter((v) => JSON.stringify(v) !== JSON.stringify(valid)),
    nasty.map((v) => ({ ...valid, unknownField: v })),
    fc.constant(protoKey),
    fc.constant({ ...valid, constructor: { prototype: { polluted: true } } }),
    fc.anything().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
    fc.array(fc.constant(valid), { minLength: 1, maxLength: 3 }),
  );
}

const RAW_BODIES = [
  Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"a":"\xff\xfe"}
  Buffer.from('{"procedureId": "p-khai-sinh", '),
  Buffer.from('\u0000\u0000\u0000'),
  Buffer.from('[1,2,'),
  Buffer.alloc(200_000, 0x61),
];

interface Endpoint {
  path: string;
  valid: Record<string, unknown>;
}

const C = '/api/sites/demo/counters/c1';
const ENDPOINTS: Endpoint[] = [
  { path: '/api/auth/login', valid: { username: 'admin', password: 'x' } },
  { path: '/api/sites/demo/tickets', valid: { procedureId: 'p-khai-sinh', requestId: 'fuzz-req-0001' } },
  { path: `${C}/call-next`, valid: {} },
  { path: `${C}/call`, valid: { ticketId: 't1' } },
  { path: `${C}/recall`, valid: {} },
  { path: `${C}/start`, valid: {} },
  { path: `${C}/finish`, valid: { handledProcedureId: 'p-khai-sinh', note: 'ok' } },
  { path: `${C}/no-show`, valid: {} },
  { path: `${C}/transfer`, valid: { toSeriesId: 's-b' } },
  { path: `${C}/pause`, valid: { reason: 'meeting' } },
  { path: `${C}/resume`, valid: {} },
  { path: `${C}/reactivate`, valid: { ticketId: 't1' } },
  { path: `${C}/sign-in`, valid: { takeOver: false } },
  { path: `${C}/sign-out`, valid: {} },
  { path: `${C}/rating`, valid: { ticketId: 't1', level: 3 } },
  { path: '/api/sites/demo/tickets/t1/cancel', valid: {} },
  { path: '/api/sites/demo/devices', valid: { kind: 'display', name: 'TV' } },
  { path: '/api/tickets/AAAAAAAAAAAAAAAAAAAAAAAA/rating', valid: { level: 3 } },
];

const EVENTS: Endpoint[] = [
  { path: 'queue:sync', valid: {} },
  { path: 'ticket:take', valid: { procedureId: 'p-khai-sinh', requestId: 'fuzz-req-0002' } },
  { path: 'counter:call-next', valid: { counterId: 'c1' } },
  { path: 'counter:call', valid: { counterId: 'c1', ticketId: 't1' } },
  { path: 'counter:recall', valid: { counterId: 'c1' } },
  { path: 'counter:start', valid: { counterId: 'c1' } },
  { path: 'counter:finish', valid: { counterId: 'c1', note: 'x' } },
  { path: 'counter:no-show', valid: { counterId: 'c1' } },
  { path: 'counter:transfer', valid: { counterId: 'c1', toSeriesId: 's-b' } },
  { path: 'counter:pause', valid: { counterId: 'c1', reason: 'lunch' } },
  { path: 'counter:resume', valid: { counterId: 'c1' } },
  { path: 'counter:sign-in', valid: { counterId: 'c1' } },
  { path: 'counter:sign-out', valid: { counterId: 'c1' } },
  { path: 'counter:reactivate', valid: { counterId: 'c1', ticketId: 't1' } },
  { path: 'counter:rate', valid: { counterId: 'c1', ticketId: 't1', level: 2 } },
  { path: 'ticket:cancel', valid: { ticketId: 't1' } },
];

let server: TestServer;
let token: string;
let socket: TestSocket;
const fingerprint = () => {
  const hub = server.app.hubs.get('demo');
  return JSON.stringify({
    seq: hub?.state.seq,
    config: server.app.store.config,
    polluted: ({} as Record<string, unknown>).isAdmin,
  });
};

beforeAll(async () => {
  server = await startTestServer();
  token = await login(server.url, 'admin', ADMIN_PASSWORD);
  socket = connectSocket(server.url, { token, siteId: 'demo' });
  await connected(socket);
});
afterAll(async () => {
  socket.close();
  await server.close();
});

async function post(path: string, body: Buffer | string): Promise<{ status: number; json: any }> {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: res.status, json };
}

describe('malformed input over HTTP', () => {
  for (const endpoint of ENDPOINTS) {
    it(`POST ${endpoint.path} answers 4xx with a code to ${RUNS} bad payloads and changes nothing`, async () => {
      const before = fingerprint();
      const payloads = fc.sample(malformed(endpoint.valid, 70_000), { numRuns: RUNS, seed: 42 });
      const bodies: (Buffer | string)[] = [
        ...payloads.map((p) => JSON.stringify(p) ?? 'undefined'),
        ...RAW_BODIES,
      ];
      for (let i = 0; i < bodies.length; i += 50) {
        const results = await Promise.all(bodies.slice(i, i + 50).map((b) => post(endpoint.path, b)));
        for (const r of results) {
          expect(r.status, JSON.stringify(r.json).slice(0, 200)).toBeGreaterThanOrEqual(400);
          expect(r.status).toBeLessThan(500);
          expect(typeof r.json.error.code).toBe('string');
          expect(JSON.stringify(r.json)).not.toMatch(/at .*\.ts:\d+/);
        }
      }
      expect(fingerprint()).toBe(before);
    }, 120_000);
  }
});

describe('malformed input over the socket', () => {
  for (const event of EVENTS) {
    it(`${event.path} acks an error with a code to ${RUNS} bad payloads and changes nothing`, async () => {
      const before = fingerprint();
      const payloads = fc.sample(malformed(event.valid, 30_000), { numRuns: RUNS, seed: 7 });
      for (let i = 0; i < payloads.length; i += 50) {
        const results = await Promise.all(
          payloads.slice(i, i + 50).map((p) => ack(socket, event.path, p, 10_000)),
        );
        for (const r of results) {
          expect(r.ok, JSON.stringify(r).slice(0, 200)).toBe(false);
          expect(typeof r.error.code).toBe('string');
          expect(r.error.code).not.toBe('internal');
        }
      }
      expect(socket.connected).toBe(true);
      expect(fingerprint()).toBe(before);
    }, 120_000);
  }

  it('drops a message larger than maxHttpBufferSize without harming others', async () => {
    const big = connectSocket(server.url, { token, siteId: 'demo' });
    await connected(big);
    const closed = new Promise((resolve) => big.once('disconnect', resolve));
    big.emit('ticket:take', { procedureId: 'x'.repeat(200_000), requestId: 'big-000001' });
    await closed;
    big.close();
    const health = await fetch(`${server.url}/health`);
    expect(health.status).toBe(200);
    expect((await ack(socket, 'queue:sync', {})).ok).toBe(true);
  });
});
