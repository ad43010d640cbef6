// Pairing by short code against a real hub: the console's code is single use, expires, is limited
// per address, sets the device credential as an HttpOnly cookie that the API and the socket
// accept; old ?key= links are consumed by a redirect that drops the key; presence is listed;
// revoking ends paired browsers; a display may be made for one zone or one counter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizePairingCode, PAIRING_ALPHABET, PairingCodes } from '../../server/auth/pairing-codes.js';
import { io } from 'socket.io-client';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: string;
let now = Date.now();

beforeAll(async () => {
  server = await startTestServer({
    clock: () => now,
    options: { rateLimits: { public: 100_000, pair: 6 } },
  });
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
});

afterAll(async () => {
  await server.close();
});

const deviceId = (kind: string) =>
  server.report.devices.find((d) => d.kind === kind)?.key.split('_')[1] ?? '';

async function newCode(id: string) {
  const res = await request(server.url, `/api/sites/demo/devices/${id}/pairing-code`, {
    auth: admin,
    body: {},
  });
  expect(res.status).toBe(201);
  return res.body as { code: string; expiresAt: number; pairUrl: string };
}

/** POST /pair as a TV's form would, returning status, where it goes and the cookies it sets. */
async function typeCode(code: string) {
  const res = await fetch(`${server.url}/pair`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ code }).toString(),
  });
  const cookies = res.headers.getSetCookie();
  return { status: res.status, location: res.headers.get('location'), cookies, html: await res.text() };
}

const cookieValue = (cookies: string[], name: string) =>
  cookies
    .find((c) => c.startsWith(`${name}=`))
    ?.split(';')[0]
    .slice(name.length + 1) ?? null;

describe('pairing codes', () => {
  it('are short, unambiguous, single use and expire after ten minutes', () => {
    let t = 0;
    const codes = new PairingCodes(() => t);
    const a = codes.create('dev-a');
    expect(a.code).toMatch(new RegExp(`^[${PAIRING_ALPHABET}]{6}$`));
    expect(PAIRING_ALPHABET).not.toMatch(/[0O1IL5S2Z8B]/);
    expect(codes.redeem(`${a.code.slice(0, 3).toLowerCase()} - ${a.code.slice(3)}`)).toBe('dev-a');
    expect(codes.redeem(a.code)).toBeNull();
    const b = codes.create('dev-b');
    t += 10 * 60_000;
    expect(codes.redeem(b.code)).toBeNull();
    const c1 = codes.create('dev-c');
    const c2 = codes.create('dev-c');
    expect(codes.redeem(c1.code)).toBeNull();
    expect(codes.redeem(c2.code)).toBe('dev-c');
    expect(normalizePairingCode(' ab-cd ef ')).toBe('ABCDEF');
  });
});

describe('pairing a display by code', () => {
  it('sets an HttpOnly device cookie that the API and the socket accept, and redirects to the page', async () => {
    const { code, pairUrl } = await newCode(deviceId('display'));
    expect(pairUrl).toBe(`${server.url}/pair`);
    const paired = await typeCode(code);
    expect(paired.status).toBe(303);
    expect(paired.location).toBe('/display/');
    const deviceCookie = paired.cookies.find((c) => c.startsWith('luot_device='));
    expect(deviceCookie).toMatch(/HttpOnly/i);
    expect(deviceCookie).toMatch(/SameSite=Strict/i);
    expect(paired.cookies.find((c) => c.startsWith('luot_paired='))).not.toMatch(/HttpOnly/i);
    const key = cookieValue(paired.cookies, 'luot_device') ?? '';
    // The browser's credential is a new key of its own, not the device's original key.
    expect(key).not.toBe(server.keys.display);

    const session = await request(server.url, '/api/auth/session', {
      headers: { cookie: `luot_device=${key}` },
    });
    expect(session.body).toMatchObject({ kind: 'device', device: { kind: 'display' } });

    const socket = io(server.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: `luot_device=${key}`, origin: server.url },
      reconnection: false,
      forceNew: true,
    });
    const snapshot = await new Promise<{ siteId: string }>((ok, fail) => {
      socket.once('queue:snapshot', ok);
      socket.once('connect_error', fail);
    });
    expect(snapshot.siteId).toBe('demo');
    const list = await request(server.url, '/api/sites/demo/devices', { auth: admin });
    const row = list.body.find((d: { id: string }) => d.id === deviceId('display'));
    expect(row.online).toBe(true);
    expect(row.lastSeenAt).toBe(now);
    socket.close();

    // Used once: the same code again is refused and sets nothing.
    const again = await typeCode(code);
    expect(again.status).toBe(400);
    expect(again.html).toContain('data-testid="pair-error"');
    expect(cookieValue(again.cookies, 'luot_device')).toBeNull();
  });

  it('answers the JSON form too, and refuses an expired code', async () => {
    const { code } = await newCode(deviceId('kiosk'));
    now += 10 * 60_000 + 1;
    const late = await request(server.url, '/api/pair', { body: { code } });
    expect(late.status).toBe(400);
    expect(late.body.error.code).toBe('pairing_code_invalid');
    const fresh = await newCode(deviceId('kiosk'));
    const ok = await request(server.url, '/api/pair', { body: { code: fresh.code.toLowerCase() } });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ path: '/kiosk/', device: { kind: 'kiosk' } });
  });

  it('only managers of the site create codes; integrations have none', async () => {
    const officer = await login(
      server.url,
      server.report.officers[0].username,
      server.report.officers[0].password,
    );
    const refused = await request(server.url, `/api/sites/demo/devices/${deviceId('display')}/pairing-code`, {
      auth: officer,
      body: {},
    });
    expect(refused.status).toBe(403);
    const asDevice = await request(
      server.url,
      `/api/sites/demo/devices/${deviceId('display')}/pairing-code`,
      {
        auth: server.keys.display,
        body: {},
      },
    );
    expect(asDevice.status).toBe(403);
    const integration = await request(
      server.url,
      `/api/sites/demo/devices/${deviceId('integration')}/pairing-code`,
      {
        auth: admin,
        body: {},
      },
    );
    expect(integration.status).toBe(400);
  });
});

describe('old ?key= links, boards, revoking and limits', () => {
  it('moves the key into the cookie and redirects to the same page without it', async () => {
    const res = await fetch(`${server.url}/display/?zone=A&key=${server.keys.display}&voice=0`, {
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/display/?zone=A&voice=0');
    expect(cookieValue(res.headers.getSetCookie(), 'luot_device')).toBe(server.keys.display);
    const bad = await fetch(`${server.url}/kiosk/?key=ldk_nope_${'x'.repeat(32)}`, { redirect: 'manual' });
    expect(bad.status).toBe(303);
    expect(bad.headers.get('location')).toBe('/pair?error=bad_key');
    expect(bad.headers.getSetCookie().some((c) => c.startsWith('luot_device='))).toBe(false);
  });

  it('a display made for one counter or one zone lands on that board; revoking ends its browsers', async () => {
    const made = await request(server.url, '/api/sites/demo/devices', {
      auth: admin,
      body: { kind: 'display', name: 'Bảng quầy 2', counterId: 'c2' },
    });
    expect(made.status).toBe(201);
    expect(made.body.device.counterId).toBe('c2');
    const both = await request(server.url, '/api/sites/demo/devices', {
      auth: admin,
      body: { kind: 'display', name: 'Sai', counterId: 'c2', zone: 'A' },
    });
    expect(both.status).toBe(400);
    const noZone = await request(server.url, '/api/sites/demo/devices', {
      auth: admin,
      body: { kind: 'display', name: 'Sai', zone: 'KHONGCO' },
    });
    expect(noZone.status).toBe(400);
    const { code } = await newCode(made.body.device.id);
    const paired = await typeCode(code);
    expect(paired.location).toBe('/display/?counter=2');
    const key = cookieValue(paired.cookies, 'luot_device') ?? '';
    await request(server.url, `/api/sites/demo/devices/${made.body.device.id}/revoke`, {
      auth: admin,
      body: {},
    });
    const after = await request(server.url, '/api/auth/session', {
      headers: { cookie: `luot_device=${key}` },
    });
    expect(after.body.kind).toBe('anonymous');
  });

  it('limits wrong guesses per address', async () => {
    let limited = false;
    for (let i = 0; i < 12 && !limited; i++) {
      const res = await request(server.url, '/api/pair', { body: { code: 'AAAAAA' } });
      limited = res.status === 429;
    }
    expect(limited).toBe(true);
    const form = await typeCode('AAAAAA');
    expect(form.status).toBe(429);
  });
});
