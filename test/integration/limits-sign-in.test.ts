// Sign-in throttling against a real hub: wrong passwords per username and per client address
// earn growing waits (refused with 429 sign_in_throttled without the password being looked at),
// a success clears the username, another address is not held back, and every success and
// failure is in the audit log with the client's address — never the password.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/store/store.js';
import { rawRequest } from '../support/raw-http.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let offset = 0;
const clock = () => Date.now() + offset;
const rule = { baseDelayMs: 1000, maxDelayMs: 8000, forgetAfterMs: 10 * 60_000 };

beforeAll(async () => {
  server = await startTestServer({
    clock,
    options: {
      // Each test speaks as its own client behind the proxy (X-Forwarded-For).
      network: { trustProxy: 1 },
      signInThrottle: { perUsername: { freeFailures: 3, ...rule }, perIp: { freeFailures: 8, ...rule } },
    },
  });
});

afterAll(async () => {
  await server?.close();
});

const password = (u: string) => server.report.officers.find((o) => o.username === u)?.password ?? '';

const signIn = (username: string, pass: string, ip: string) =>
  rawRequest(server.url, '/api/auth/login', {
    body: { username, password: pass },
    headers: { 'x-forwarded-for': ip },
  });

async function auditEntries(): Promise<AuditEntry[]> {
  const month = new Date(clock()).toISOString().slice(0, 7);
  return server.app.store.readAudit(month);
}

describe('sign-in throttling', () => {
  it('per username: free failures, then waits that double; a success clears them', async () => {
    const ip = '203.0.113.10';
    for (let i = 0; i < 3; i++) expect((await signIn('canbo1', 'sai-mat-khau', ip)).status).toBe(401);
    expect((await signIn('canbo1', 'sai-mat-khau', ip)).status).toBe(401);
    // Locked for 1 s: even the right password is refused, without being checked.
    const first = await signIn('canbo1', password('canbo1'), ip);
    expect(first.status).toBe(429);
    expect(first.body.error.code).toBe('sign_in_throttled');
    expect(first.body.error.details).toMatchObject({ retryAfterSeconds: 1, scope: 'username' });
    expect(first.headers['retry-after']).toBe('1');
    // Another person at the same address is not held back.
    expect((await signIn('canbo2', password('canbo2'), ip)).status).toBe(200);
    offset += 1100;
    expect((await signIn('canbo1', 'sai-mat-khau', ip)).status).toBe(401);
    const second = await signIn('canbo1', password('canbo1'), ip);
    expect(second.status).toBe(429);
    expect(second.body.error.details.retryAfterSeconds).toBe(2);
    // The same username from elsewhere waits too (it is the account being guessed).
    expect((await signIn('canbo1', password('canbo1'), '198.51.100.20')).status).toBe(429);
    offset += 2100;
    expect((await signIn('canbo1', password('canbo1'), ip)).status).toBe(200);
    // Cleared: the next wrong password is an ordinary 401.
    expect((await signIn('canbo1', 'sai-mat-khau', ip)).status).toBe(401);
    expect((await signIn('canbo1', password('canbo1'), ip)).status).toBe(200);
  });

  it('per address: many usernames from one client hold back that client only', async () => {
    const guesser = '203.0.113.66';
    for (let i = 0; i < 9; i++) {
      expect((await signIn(`khong-co-${i}`, 'doan-mo-123', guesser)).status).toBe(401);
    }
    const held = await signIn('canbo3', password('canbo3'), guesser);
    expect(held.status).toBe(429);
    expect(held.body.error.details.scope).toBe('ip');
    expect((await signIn('canbo3', password('canbo3'), '198.51.100.30')).status).toBe(200);
    // A success does not reset an address's count.
    offset += 1100;
    expect((await signIn('canbo3', password('canbo3'), guesser)).status).toBe(200);
    expect((await signIn('khong-co-x', 'doan-mo-123', guesser)).status).toBe(401);
    expect((await signIn('canbo3', password('canbo3'), guesser)).status).toBe(429);
  });

  it('audits every success and failure with the address, never the password', async () => {
    await signIn('canbo2', 'mat-khau-bi-lo-ra', '192.0.2.44');
    await signIn('canbo2', password('canbo2'), '192.0.2.44');
    let entries: AuditEntry[] = [];
    for (let i = 0; i < 50; i++) {
      entries = await auditEntries();
      if (entries.some((e) => e.action === 'auth:sign-in' && e.details?.ip === '192.0.2.44')) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const mine = entries.filter((e) => e.details?.ip === '192.0.2.44');
    expect(mine.map((e) => [e.action, e.actor, e.target, e.details?.result])).toEqual([
      ['auth:sign-in-failed', 'anonymous', 'canbo2', 'invalid_credentials'],
      ['auth:sign-in', 'user:canbo2', 'canbo2', 'ok'],
    ]);
    // Both show in the site's log, where its managers read them.
    expect(mine.map((e) => e.siteId)).toEqual(['demo', 'demo']);
    expect(entries.find((e) => e.target === 'khong-co-0')?.siteId).toBeNull();
    const all = JSON.stringify(entries);
    expect(all).not.toContain('mat-khau-bi-lo-ra');
    expect(all).not.toContain(password('canbo2'));
    expect(
      entries.some((e) => e.action === 'auth:sign-in-failed' && e.details?.result === 'throttled_username'),
    ).toBe(true);
  });
});
