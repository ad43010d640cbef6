// Every role × every command, over REST and over the socket: allowed commands get past the
// gate (any answer but 401/403), the rest get 401/403 with a code and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { demoSiteConfig } from '../../server/seed/index.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { ack, connected, connectSocket, type TestSocket } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

type Who =
  | 'admin'
  | 'manager'
  | 'otherManager'
  | 'staffAtC1'
  | 'staffElsewhere'
  | 'kiosk'
  | 'display'
  | 'counterC1'
  | 'integration'
  | 'anonymous';
const EVERYONE: Who[] = [
  'admin',
  'manager',
  'otherManager',
  'staffAtC1',
  'staffElsewhere',
  'kiosk',
  'display',
  'counterC1',
  'integration',
  'anonymous',
];

interface Command {
  name: string;
  rest: { path: string; body?: unknown; method?: string };
  socket?: { event: string; payload: unknown };
  allowed: Who[];
}

const OPERATORS_OF_C1: Who[] = ['admin', 'manager', 'staffAtC1', 'counterC1'];
const counterCmd = (
  action: string,
  body: Record<string, unknown> = {},
  event = `counter:${action}`,
): Command => ({
  name: action,
  rest: { path: `/api/sites/demo/counters/c1/${action}`, body },
  socket: { event, payload: { counterId: 'c1', ...body } },
  allowed: OPERATORS_OF_C1,
});

const COMMANDS: Command[] = [
  {
    name: 'issue',
    rest: {
      path: '/api/sites/demo/tickets',
      body: { procedureId: 'p-khai-sinh', requestId: 'matrix-request-1' },
    },
    socket: { event: 'ticket:take', payload: { procedureId: 'p-khai-sinh', requestId: 'matrix-request-2' } },
    allowed: ['admin', 'manager', 'staffAtC1', 'staffElsewhere', 'kiosk', 'integration'],
  },
  counterCmd('call-next'),
  counterCmd('recall'),
  counterCmd('start'),
  counterCmd('finish'),
  counterCmd('no-show'),
  counterCmd('transfer', { toSeriesId: 's-b' }),
  counterCmd('pause', { reason: 'meeting' }),
  counterCmd('resume'),
  counterCmd('call', { ticketId: 'no-such-ticket' }),
  counterCmd('reactivate', { ticketId: 'no-such-ticket' }),
  {
    name: 'cancel',
    rest: { path: '/api/sites/demo/tickets/no-such-ticket/cancel', body: {} },
    socket: { event: 'ticket:cancel', payload: { ticketId: 'no-such-ticket' } },
    allowed: ['admin', 'manager'],
  },
  {
    name: 'counters',
    rest: { path: '/api/sites/demo/counters' },
    allowed: ['admin', 'manager', 'staffAtC1', 'staffElsewhere', 'display', 'counterC1', 'integration'],
  },
  {
    name: 'snapshot',
    rest: { path: '/api/sites/demo/snapshot' },
    allowed: ['admin', 'manager', 'staffAtC1', 'staffElsewhere', 'display', 'counterC1', 'integration'],
  },
  { name: 'devices:list', rest: { path: '/api/sites/demo/devices' }, allowed: ['admin', 'manager'] },
  {
    name: 'devices:create',
    rest: { path: '/api/sites/demo/devices', body: { kind: 'display', name: 'Matrix TV' } },
    allowed: ['admin', 'manager'],
  },
];

let server: TestServer;
const auth = new Map<Who, string | undefined>();
const sockets = new Map<Who, TestSocket>();

beforeAll(async () => {
  server = await startTestServer();
  // A second site with its own manager, and a manager of the demo site.
  const siteB = demoSiteConfig('site-b');
  const managerHash = await hashPassword('manager-password');
  await server.app.hubs.add(siteB, defaultSiteSettings());
  await server.app.store.updateConfig((d) => {
    d.sites.push({ config: siteB, settings: defaultSiteSettings() });
    for (const [id, site] of [
      ['u-mgr', 'demo'],
      ['u-mgr-b', 'site-b'],
    ] as const) {
      d.users.push({
        id,
        username: id,
        fullName: id,
        role: 'manager',
        siteIds: [site],
        passwordHash: managerHash,
        disabled: false,
        createdAt: 1,
      });
    }
  });
  const officer = (name: string) => server.report.officers.find((o) => o.username === name)?.password ?? '';
  auth.set('admin', await login(server.url, 'admin', ADMIN_PASSWORD));
  auth.set('manager', await login(server.url, 'u-mgr', 'manager-password'));
  auth.set('otherManager', await login(server.url, 'u-mgr-b', 'manager-password'));
  auth.set('staffAtC1', await login(server.url, 'canbo1', officer('canbo1')));
  auth.set('staffElsewhere', await login(server.url, 'canbo2', officer('canbo2')));
  auth.set('kiosk', server.keys.kiosk);
  auth.set('display', server.keys.display);
  auth.set('counterC1', server.keys.counter);
  auth.set('integration', server.keys.integration);
  auth.set('anonymous', undefined);
  expect(
    (
      await request(server.url, '/api/sites/demo/counters/c1/sign-in', {
        auth: auth.get('staffAtC1'),
        body: {},
      })
    ).status,
  ).toBe(200);
  expect(
    (
      await request(server.url, '/api/sites/demo/counters/c4/sign-in', {
        auth: auth.get('staffElsewhere'),
        body: {},
      })
    ).status,
  ).toBe(200);
  for (const who of EVERYONE) {
    if (who === 'anonymous' || who === 'otherManager') continue;
    const secret = auth.get(who) ?? '';
    const s = connectSocket(
      server.url,
      secret.startsWith('ldk_') ? { key: secret } : { token: secret, siteId: 'demo' },
    );
    await connected(s);
    sockets.set(who, s);
  }
}, 60_000);

afterAll(async () => {
  for (const s of sockets.values()) s.close();
  await server.close();
});

const seq = () => server.app.hubs.get('demo')?.state.seq ?? -1;
const deviceCount = () => server.app.store.config.devices.length;

describe('role matrix over REST', () => {
  for (const command of COMMANDS) {
    for (const who of EVERYONE) {
      const allowed = command.allowed.includes(who);
      it(`${command.name} by ${who} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const before = seq();
        const devices = deviceCount();
        const res = await request(server.url, command.rest.path, {
          auth: auth.get(who),
          body: command.rest.body,
          method: command.rest.method,
        });
        if (allowed) {
          expect([401, 403], JSON.stringify(res.body)).not.toContain(res.status);
        } else {
          expect([401, 403]).toContain(res.status);
          expect(res.body.error.code).toMatch(/^(unauthorized|forbidden)$/);
          expect(seq()).toBe(before);
          expect(deviceCount()).toBe(devices);
        }
      });
    }
  }
});

describe('role matrix over the socket', () => {
  for (const command of COMMANDS.filter((c) => c.socket)) {
    for (const who of EVERYONE.filter((w) => w !== 'anonymous' && w !== 'otherManager')) {
      const allowed = command.allowed.includes(who);
      it(`${command.socket?.event} by ${who} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const before = seq();
        const socket = sockets.get(who);
        if (!socket || !command.socket) throw new Error('no socket');
        const res = await ack(socket, command.socket.event, command.socket.payload);
        if (allowed) {
          expect(res.ok || !['unauthorized', 'forbidden'].includes(res.error.code), JSON.stringify(res)).toBe(
            true,
          );
        } else {
          expect(res.ok).toBe(false);
          expect(res.error.code).toMatch(/^(unauthorized|forbidden)$/);
          expect(seq()).toBe(before);
        }
      });
    }
  }

  it('refuses a socket of a manager of another site, and anonymous sockets', async () => {
    const other = connectSocket(server.url, { token: auth.get('otherManager'), siteId: 'demo' });
    await expect(connected(other)).rejects.toThrow(/forbidden/);
    other.close();
    const anon = connectSocket(server.url, {});
    await expect(connected(anon)).rejects.toThrow(/unauthorized/);
    anon.close();
  });

  it('refuses a revoked device at once, over REST and its open socket', async () => {
    const created = await request(server.url, '/api/sites/demo/devices', {
      auth: auth.get('admin'),
      body: { kind: 'display', name: 'To revoke' },
    });
    expect(created.status).toBe(201);
    const s = connectSocket(server.url, { key: created.body.key });
    await connected(s);
    const gone = new Promise((resolve) => s.once('disconnect', resolve));
    const revoke = await request(server.url, `/api/sites/demo/devices/${created.body.id}/revoke`, {
      auth: auth.get('admin'),
      body: {},
    });
    expect(revoke.status).toBe(200);
    await gone;
    const after = await request(server.url, '/api/sites/demo/snapshot', { auth: created.body.key });
    expect(after.status).toBe(401);
    expect(after.body.error.code).toBe('device_revoked');
    s.close();
  });
});
