// Every role × every command, over REST and over the socket: allowed commands get past the
// gate (any answer but 401/403), the rest get 401/403 with a code and change nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { demoSiteConfig } from '../../server/seed/index.js';
import { defaultSiteSettings } from '../../shared/protocol/defaults.js';
import { QUEUE_COMMANDS } from '../../server/services/queue-commands.js';
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
  /** Who may send it over a site socket, when not the same as over REST. */
  socketAllowed?: Who[];
  /** A real ticket made fresh for every attempt, held by counter c4 (not c1): TICKET in the path,
   * body and payload stands for its id. 'waiting': a fresh waiting ticket, TOKEN its status token. */
  ticket?: 'held' | 'no-show' | 'served' | 'waiting';
}

const READERS: Who[] = [
  'admin',
  'manager',
  'staffAtC1',
  'staffElsewhere',
  'kiosk',
  'display',
  'counterC1',
  'integration',
];

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
  counterCmd('withdraw-call'),
  counterCmd('call', { ticketId: 'no-such-ticket' }),
  {
    ...counterCmd('transfer', { ticketId: 'TICKET', toSeriesId: 's-b' }),
    name: "transfer of c4's ticket",
    ticket: 'held',
    allowed: ['admin', 'manager'],
  },
  {
    ...counterCmd('reactivate', { ticketId: 'TICKET' }),
    name: "reactivate c4's no-show",
    ticket: 'no-show',
    allowed: ['admin', 'manager'],
  },
  {
    ...counterCmd('rating', { ticketId: 'TICKET', level: 3 }, 'counter:rate'),
    name: "rate c4's ticket at c1",
    ticket: 'served',
    allowed: ['admin', 'manager'],
  },
  {
    name: "cancel c4's ticket",
    rest: { path: '/api/sites/demo/tickets/TICKET/cancel', body: {} },
    socket: { event: 'ticket:cancel', payload: { ticketId: 'TICKET' } },
    ticket: 'held',
    allowed: ['admin', 'manager', 'staffElsewhere'],
  },
  {
    name: 'counters',
    rest: { path: '/api/sites/demo/counters', method: 'GET' },
    socket: { event: 'queue:counters', payload: {} },
    allowed: READERS,
  },
  {
    name: 'snapshot',
    rest: { path: '/api/sites/demo/snapshot', method: 'GET' },
    socket: { event: 'queue:sync', payload: {} },
    allowed: READERS,
  },
  {
    name: 'counter queue',
    rest: { path: '/api/sites/demo/counters/c1/queue', method: 'GET' },
    socket: { event: 'counter:queue-full', payload: { counterId: 'c1' } },
    allowed: READERS,
  },
  {
    name: 'sign-in',
    rest: { path: '/api/sites/demo/counters/c6/sign-in', body: {} },
    socket: { event: 'counter:sign-in', payload: { counterId: 'c6' } },
    allowed: ['admin', 'manager', 'staffAtC1', 'staffElsewhere'],
  },
  {
    name: 'sign-out',
    rest: { path: '/api/sites/demo/counters/c6/sign-out', body: {} },
    socket: { event: 'counter:sign-out', payload: { counterId: 'c6' } },
    allowed: ['admin', 'manager', 'staffAtC1', 'staffElsewhere'],
  },
  {
    name: "the monitor's transfer of c4's ticket",
    rest: { path: '/api/sites/demo/tickets/TICKET/transfer', body: { toSeriesId: 's-b' } },
    socket: { event: 'ticket:transfer', payload: { ticketId: 'TICKET', toSeriesId: 's-b' } },
    ticket: 'held',
    allowed: ['admin', 'manager'],
  },
  {
    name: "the monitor's reactivation of c4's no-show",
    rest: { path: '/api/sites/demo/tickets/TICKET/reactivate', body: {} },
    socket: { event: 'ticket:reactivate', payload: { ticketId: 'TICKET' } },
    ticket: 'no-show',
    allowed: ['admin', 'manager'],
  },
  {
    name: '"I am here" by a status token',
    rest: { path: '/api/tickets/TOKEN/arrived', body: {} },
    socket: { event: 'ticket:confirm-arrival', payload: {} },
    ticket: 'waiting',
    allowed: EVERYONE,
    socketAllowed: [],
  },
  {
    // The status token is the proof, whoever carries it; over a site's socket nobody may (only the
    // phone socket that follows the ticket: see below).
    name: 'give up a waiting ticket by its status token',
    rest: { path: '/api/tickets/TOKEN/give-up', body: {} },
    socket: { event: 'ticket:give-up', payload: {} },
    ticket: 'waiting',
    allowed: EVERYONE,
    socketAllowed: [],
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

let made = 0;
/** A fresh waiting ticket: its id and status token. */
async function waitingTicket(): Promise<{ id: string; token: string }> {
  made += 1;
  const issued = await request(server.url, '/api/sites/demo/tickets', {
    auth: auth.get('kiosk'),
    body: { procedureId: 'p-khai-sinh', requestId: `matrix-wait-${String(made).padStart(4, '0')}` },
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  return { id: issued.body.ticket.id, token: issued.body.statusToken };
}

/** A real ticket held by counter c4 (canbo2) in the given state. */
async function ticketAtC4(kind: Exclude<Command['ticket'], 'waiting' | undefined>): Promise<string> {
  const hub = server.app.hubs.get('demo');
  const series = hub?.config.counters.find((c) => c.id === 'c4')?.series[0]?.seriesId;
  const procedure = hub?.config.procedures.find((p) => p.seriesId === series && !p.retired);
  const at = (action: string, body: unknown = {}) =>
    request(server.url, `/api/sites/demo/counters/c4/${action}`, { auth: auth.get('staffElsewhere'), body });
  made += 1;
  const issued = await request(server.url, '/api/sites/demo/tickets', {
    auth: auth.get('kiosk'),
    body: { procedureId: procedure?.id, requestId: `matrix-c4-${String(made).padStart(4, '0')}` },
  });
  expect(issued.status, JSON.stringify(issued.body)).toBe(201);
  const id = issued.body.ticket.id as string;
  // Whatever c4 held before is served first, so that the call below is taken.
  await at('start');
  await at('finish');
  expect((await at('call', { ticketId: id })).status).toBe(200);
  if (kind === 'no-show') expect((await at('no-show')).status).toBe(200);
  if (kind === 'served') {
    expect((await at('start')).status).toBe(200);
    expect((await at('finish')).status).toBe(200);
  }
  return id;
}

/** The command with TICKET replaced by a fresh ticket's id (when it needs one). */
async function prepared(command: Command): Promise<Command> {
  if (!command.ticket) return command;
  if (command.ticket === 'waiting') {
    const { id, token } = await waitingTicket();
    return JSON.parse(JSON.stringify(command).replaceAll('TICKET', id).replaceAll('TOKEN', token)) as Command;
  }
  const id = await ticketAtC4(command.ticket);
  return JSON.parse(JSON.stringify(command).replaceAll('TICKET', id)) as Command;
}
const deviceCount = () => server.app.store.config.devices.length;

describe('role matrix coverage', () => {
  it('has a row, over REST and over the socket, for every command of the queue command table', () => {
    const restPaths = COMMANDS.map((c) =>
      c.rest.path.replace(/\/demo\//, '/:siteId/').replace('/TOKEN/', '/:statusToken/'),
    );
    const events = new Set(COMMANDS.map((c) => c.socket?.event));
    for (const def of QUEUE_COMMANDS) {
      expect(events, def.event).toContain(def.event);
      const pattern = new RegExp(
        `^${def.path.replace(':siteId', ':siteId').replace(/:(counterId|ticketId)/, '[^/]+')}$`,
      );
      expect(
        restPaths.some((p) => pattern.test(p)),
        def.path,
      ).toBe(true);
    }
  });
});

describe('role matrix over REST', () => {
  for (const command of COMMANDS) {
    for (const who of EVERYONE) {
      const allowed = command.allowed.includes(who);
      it(`${command.name} by ${who} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const { rest } = await prepared(command);
        const before = seq();
        const devices = deviceCount();
        const res = await request(server.url, rest.path, {
          auth: auth.get(who),
          body: rest.body,
          method: rest.method,
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
      const allowed = (command.socketAllowed ?? command.allowed).includes(who);
      it(`${command.socket?.event} by ${who} is ${allowed ? 'allowed' : 'refused'}`, async () => {
        const { socket: sent } = await prepared(command);
        const before = seq();
        const socket = sockets.get(who);
        if (!socket || !sent) throw new Error('no socket');
        const res = await ack(socket, sent.event, sent.payload);
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

  it('lets a phone socket give up only the ticket it follows, and send nothing else', async () => {
    const mine = await waitingTicket();
    const other = await waitingTicket();
    const phone = connectSocket(server.url, { statusToken: mine.token });
    await connected(phone);
    try {
      for (const [event, payload] of [
        ['counter:call-next', { counterId: 'c1' }],
        ['ticket:cancel', { ticketId: other.id }],
        ['queue:sync', {}],
      ] as const) {
        const res = await ack(phone, event, payload);
        expect(res.ok, event).toBe(false);
        expect(res.error.code, event).toBe('forbidden');
      }
      const before = seq();
      // A phone cannot name another ticket: its ticket is the one it follows.
      const naming = await ack(phone, 'ticket:give-up', { ticketId: other.id });
      expect(naming.ok).toBe(false);
      expect(naming.error.code).toBe('invalid_input');
      expect(seq()).toBe(before);
      const res = await ack(phone, 'ticket:give-up', {});
      expect(res.ok, JSON.stringify(res)).toBe(true);
      expect(res.data.status.status).toBe('cancelled');
      expect(seq()).toBe(before + 1);
      const hub = server.app.hubs.get('demo');
      expect(hub?.state.tickets.get(mine.id)?.status).toBe('cancelled');
      expect(hub?.state.tickets.get(other.id)?.status).toBe('waiting');
    } finally {
      phone.close();
    }
  });

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
