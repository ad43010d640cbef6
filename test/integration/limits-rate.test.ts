// Request limits that fit a centre (real hub on a port, real HTTP): each caller is counted on its
// own — 50 phones behind one address each keep their status page while one of them (or a client
// guessing tokens) is refused; forwarded headers are ignored unless LUOT_TRUST_PROXY trusts the
// proxy, and then each client behind it has its own budget. The Host allow-list refuses a name
// that is not this hub's (DNS rebinding), Socket.IO included.
import { afterEach, describe, expect, it } from 'vitest';
import type { AppOptions } from '../../server/app.js';
import { rawRequest } from '../support/raw-http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const PER_MINUTE = 20;
let server: TestServer | null = null;

afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(options: AppOptions = {}): Promise<TestServer> {
  server = await startTestServer({ options: { rateLimits: { public: PER_MINUTE }, ...options } });
  return server;
}

/** Status tokens of `count` tickets issued straight through the hub (not through the limits). */
async function statusTokens(s: TestServer, count: number): Promise<string[]> {
  const hub = s.app.hubs.get('demo');
  if (!hub) throw new Error('no demo site');
  const tokens: string[] = [];
  for (let i = 0; i < count; i++) {
    const result = await hub.execute({
      type: 'ticket:issue',
      procedureId: 'p-khai-sinh',
      channel: 'kiosk',
      requestId: `phone-${String(i).padStart(4, '0')}`,
    });
    if (!result.ok || !result.ticket) throw new Error(JSON.stringify(result));
    tokens.push(result.ticket.statusToken);
  }
  return tokens;
}

const get = (s: TestServer, path: string, headers: Record<string, string> = {}) =>
  rawRequest(s.url, path, { headers });

describe('per-caller limits', () => {
  it('50 phones behind one address keep their status page while one phone and a token guesser are refused', async () => {
    const s = await start();
    const [noisy, ...phones] = await statusTokens(s, 51);
    const noisyAnswers = [];
    for (let i = 0; i < PER_MINUTE + 5; i++)
      noisyAnswers.push((await get(s, `/api/tickets/${noisy}`)).status);
    expect(noisyAnswers.slice(0, PER_MINUTE).every((st) => st === 200)).toBe(true);
    expect(noisyAnswers.at(-1)).toBe(429);
    const guesses = [];
    for (let i = 0; i < PER_MINUTE + 5; i++) {
      guesses.push((await get(s, `/api/tickets/guess${String(i).padStart(16, '0')}`)).status);
    }
    expect(guesses.at(-1)).toBe(429);
    // The same address, other tickets: every phone still sees its place in the line.
    const answers = await Promise.all(phones.map((t) => get(s, `/api/tickets/${t}`)));
    expect(answers.map((a) => a.status)).toEqual(phones.map(() => 200));
    expect(answers[0].body.displayNumber).toMatch(/^\d|^[A-Z]/);
  });

  it('a device is counted as itself: a kiosk past its budget does not stop the display', async () => {
    const s = await start();
    let last = 0;
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      last = (await get(s, '/api/sites/demo/catalogue', { authorization: `Bearer ${s.keys.kiosk}` })).status;
    }
    expect(last).toBe(429);
    const display = await get(s, '/api/sites/demo/snapshot', { authorization: `Bearer ${s.keys.display}` });
    expect(display.status).toBe(200);
    const kiosk = await get(s, '/api/sites/demo/catalogue', { authorization: `Bearer ${s.keys.kiosk}` });
    expect(kiosk.status).toBe(429);
    expect(kiosk.body.error.code).toBe('rate_limited');
    expect(Number(kiosk.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('ignores X-Forwarded-For without LUOT_TRUST_PROXY: a client cannot pick a new address per request', async () => {
    const s = await start();
    const statuses = [];
    for (let i = 0; i < PER_MINUTE + 5; i++) {
      statuses.push((await get(s, '/api/sites', { 'x-forwarded-for': `203.0.113.${i + 1}` })).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  for (const trustProxy of [1, ['127.0.0.1']] as (number | string[])[]) {
    it(`with LUOT_TRUST_PROXY=${String(trustProxy)} each client behind the proxy has its own budget`, async () => {
      const s = await start({
        network: { trustProxy: Array.isArray(trustProxy) ? [...trustProxy] : trustProxy },
      });
      // One client behind the proxy uses up its budget…
      let one = 0;
      for (let i = 0; i < PER_MINUTE + 2; i++) {
        one = (await get(s, '/api/sites', { 'x-forwarded-for': '203.0.113.7' })).status;
      }
      expect(one).toBe(429);
      // …the others behind the same proxy are not refused.
      const others = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          get(s, '/api/sites', { 'x-forwarded-for': `198.51.100.${i + 1}` }),
        ),
      );
      expect(others.map((a) => a.status)).toEqual(others.map(() => 200));
      // A spoofed entry in front does not help: the proxy appends the real address last.
      const spoofed = await get(s, '/api/sites', { 'x-forwarded-for': '10.9.9.9, 203.0.113.7' });
      expect(spoofed.status).toBe(429);
    });
  }

  it('a list of proxies does not trust a peer that is not in it', async () => {
    const s = await start({ network: { trustProxy: ['10.0.0.1'] } });
    const statuses = [];
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      statuses.push((await get(s, '/api/sites', { 'x-forwarded-for': `203.0.113.${i + 1}` })).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('the Host allow-list', () => {
  it('answers IP addresses, localhost and the configured names; refuses other names with 421 host_not_allowed', async () => {
    const s = await start({
      publicUrl: 'http://luot.phuong-an-khanh.vn',
      network: { allowedHosts: ['hub.lan'] },
    });
    const port = new URL(s.url).port;
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      'luot.phuong-an-khanh.vn',
      `hub.lan:${port}`,
    ]) {
      const res = await get(s, '/api/sites', { host });
      expect(res.status, host).toBe(200);
    }
    for (const host of [`rebind.attacker.example:${port}`, 'luot.phuong-an-khanh.vn.attacker.example']) {
      const res = await get(s, '/api/sites', { host });
      expect(res.status, host).toBe(421);
      expect(res.body.error.code).toBe('host_not_allowed');
    }
    // The pages and Socket.IO are behind the same door.
    expect((await get(s, '/kiosk/', { host: 'rebind.attacker.example' })).status).toBe(421);
    const polling = await get(s, '/socket.io/?EIO=4&transport=polling', { host: 'rebind.attacker.example' });
    expect(polling.status).toBe(421);
    const pollingOk = await get(s, '/socket.io/?EIO=4&transport=polling', { host: `127.0.0.1:${port}` });
    expect(pollingOk.status).toBe(200);
  });

  it('LUOT_ALLOWED_HOSTS=* turns the check off', async () => {
    const s = await start({ network: { allowedHosts: ['*'] } });
    expect((await get(s, '/api/sites', { host: 'any.name.example' })).status).toBe(200);
  });
});
