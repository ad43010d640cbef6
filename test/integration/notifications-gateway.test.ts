// Messages to citizens through a real HTTP gateway on loopback (a fake provider that records what
// it gets): a citizen gives a number on the phone page, and the gateway gets the right template
// and Vietnamese variables when the turn nears, at the call, and after service (with the dossier
// code and its lookup link). The number never reaches the log and is forgotten at day close.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../server/services/ports.js';
import { type FakeGateway, startFakeGateway } from '../support/fake-gateway.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: string;
let gateway: FakeGateway;
const logLines: string[] = [];
let n = 0;
/** Moves the hub's clock to the next day. */
let offset = 0;

const captureLogger: Logger = {
  debug: (o, m) => logLines.push(JSON.stringify(o) + (m ?? '')),
  info: (o, m) => logLines.push(JSON.stringify(o) + (m ?? '')),
  warn: (o, m) => logLines.push(JSON.stringify(o) + (m ?? '')),
  error: (o, m) => logLines.push(JSON.stringify(o) + (m ?? '')),
};

const TEMPLATES = {
  'turn-near': {
    templateId: 'zns-2401',
    text: { vi: 'Số {number} sắp đến lượt, còn {ahead} người.', en: 'Number {number}: {ahead} ahead.' },
  },
  called: { templateId: 'zns-2402', text: { vi: 'Mời số {number} đến quầy {counter} tại {centre}.' } },
  'rate-us': { templateId: 'zns-2403', text: { vi: 'Mã hồ sơ {code}, tra cứu {link}' } },
};

async function settings(format: 'zalo-zns' | 'sms-json') {
  const res = await request(server.url, '/api/sites/demo/integrations/settings', {
    auth: admin,
    method: 'PUT',
    body: {
      turnNearAhead: 1,
      dossierLinkTemplate: 'https://dichvucong.example.gov.vn/tra-cuu?ma={code}',
      gateway: {
        url: gateway.url,
        format,
        headers: { 'access-token': 'provider-token-123' },
        sender: 'TTHCC',
        templates: TEMPLATES,
      },
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(JSON.stringify(res.body)).not.toContain('provider-token-123');
}

const counter = (action: string, body: unknown = {}) =>
  request(server.url, `/api/sites/demo/counters/c1/${action}`, { auth: server.keys.counter, body });

async function issue() {
  const res = await request(server.url, '/api/sites/demo/tickets', {
    auth: server.keys.kiosk,
    body: { procedureId: 'p-khai-sinh', requestId: `sms-req-${String(n++).padStart(4, '0')}` },
  });
  expect(res.status).toBe(201);
  return {
    id: res.body.ticket.id as string,
    number: res.body.ticket.displayNumber as string,
    token: res.body.statusToken as string,
  };
}

async function waitHits(count: number): Promise<void> {
  const until = Date.now() + 15_000;
  while (gateway.hits.length < count) {
    if (Date.now() > until) throw new Error(`gateway got ${gateway.hits.length} of ${count}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  gateway = await startFakeGateway('{"error":0}');
  server = await startTestServer({
    logger: captureLogger,
    clock: () => Date.now() + offset,
    options: { integrations: { allowPrivate: true, timing: { retryBaseMs: 20, retryMaxMs: 100 } } },
  });
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  // An empty line first, so "people ahead" starts from the tickets of this test.
  while ((await counter('call-next')).body.ticket) await counter('finish');
});

afterAll(async () => {
  await server.close();
  await gateway.close();
});

describe('citizen messages through an HTTP gateway', () => {
  it('refuses a number before the centre has a gateway, and a malformed number', async () => {
    const t = await issue();
    const before = await request(server.url, `/api/tickets/${t.token}/messages`, {
      body: { phone: '0912345678' },
    });
    expect(before.status).toBe(409);
    await settings('zalo-zns');
    for (const phone of ['12345', '0212345678', '+1 415 555 0100', '09123456789']) {
      const res = await request(server.url, `/api/tickets/${t.token}/messages`, { body: { phone } });
      expect(res.status, phone).toBe(400);
      expect(res.body.error.code).toBe('invalid_input');
    }
    expect(
      (
        await request(server.url, '/api/tickets/not-a-real-token-xyz/messages', {
          body: { phone: '0912345678' },
        })
      ).status,
    ).toBe(404);
    await counter('call-next');
    await counter('finish');
  });

  it('sends the Zalo ZNS template with Vietnamese variables when the turn nears, at the call and after service', async () => {
    await settings('zalo-zns');
    gateway.hits.length = 0;
    const first = await issue();
    const second = await issue();
    const third = await issue();
    const status = await request(server.url, `/api/tickets/${third.token}`);
    expect(status.body.messages).toBe(true);
    const asked = await request(server.url, `/api/tickets/${third.token}/messages`, {
      body: { phone: '091 234 5678', locale: 'vi' },
    });
    expect(asked.status).toBe(201);
    expect(gateway.hits).toHaveLength(0);
    await counter('call-next'); // first → third has 1 ahead: turn near
    await waitHits(1);
    expect(gateway.hits[0].headers['access-token']).toBe('provider-token-123');
    expect(gateway.hits[0].body).toEqual({
      phone: '84912345678',
      template_id: 'zns-2401',
      template_data: expect.objectContaining({ number: third.number, ahead: '1' }),
      tracking_id: expect.stringContaining(`${third.id}:turn-near`),
    });
    await counter('finish');
    await counter('call-next'); // second
    await counter('finish');
    await counter('call-next'); // third: called to counter 1
    await waitHits(2);
    expect(gateway.hits[1].body.template_id).toBe('zns-2402');
    expect(gateway.hits[1].body.template_data).toMatchObject({ number: third.number, counter: '1' });
    expect(gateway.hits[1].body.template_data.centre).toMatch(/Trung tâm/);
    const finish = await counter('finish', { dossierCode: '000.00.53.H48-220921-0099' });
    expect(finish.status).toBe(200);
    await waitHits(3);
    expect(gateway.hits[2].body.template_id).toBe('zns-2403');
    expect(gateway.hits[2].body.template_data).toMatchObject({
      code: '000.00.53.H48-220921-0099',
      link: 'https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.53.H48-220921-0099',
    });
    // Nobody else asked: no message for the first two tickets.
    expect(gateway.hits.every((h) => h.body.template_data.number === third.number)).toBe(true);
    expect(first.number).not.toBe(third.number);
    expect(second.number).not.toBe(third.number);
    // The phone page after service: the code and the lookup link.
    const done = await request(server.url, `/api/tickets/${third.token}`);
    expect(done.body.dossier).toEqual({
      code: '000.00.53.H48-220921-0099',
      url: 'https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.53.H48-220921-0099',
    });
  });

  it('renders the SMS text in the citizen’s language and keeps the number out of the log', async () => {
    await settings('sms-json');
    gateway.hits.length = 0;
    const t = await issue();
    expect(
      (await request(server.url, `/api/tickets/${t.token}/messages`, { body: { phone: '+84 987 654 321' } }))
        .status,
    ).toBe(201);
    await counter('call-next');
    await waitHits(1);
    const called = gateway.hits.find((h) => h.body.text?.startsWith('Mời'));
    expect(called?.body).toMatchObject({ to: '84987654321', sender: 'TTHCC' });
    expect(called?.body.text).toBe(
      `Mời số ${t.number} đến quầy 1 tại ${called?.body.text.split(' tại ')[1]}`,
    );
    expect(called?.body.text.normalize('NFC')).toBe(called?.body.text);
    expect(logLines.join('\n')).not.toMatch(/987654321|912345678/);
    await counter('finish');
  });

  it('stops on request, and forgets every number when the day closes', async () => {
    gateway.hits.length = 0;
    const t = await issue();
    await request(server.url, `/api/tickets/${t.token}/messages`, { body: { phone: '0912345678' } });
    expect(server.app.integrations.phones.count('demo')).toBeGreaterThan(0);
    expect((await request(server.url, `/api/tickets/${t.token}/messages`, { method: 'DELETE' })).status).toBe(
      204,
    );
    await counter('call-next');
    await counter('finish');
    await request(server.url, `/api/tickets/${t.token}/messages`, { body: { phone: '0912345678' } });
    const other = await issue();
    await request(server.url, `/api/tickets/${other.token}/messages`, { body: { phone: '0912345678' } });
    expect(server.app.integrations.phones.count('demo')).toBeGreaterThanOrEqual(2);
    const hub = server.app.hubs.get('demo');
    if (!hub) throw new Error('no hub');
    const closedDay = hub.state.day;
    offset += 24 * 3600_000;
    expect(await hub.rollDay()).toBe(true);
    expect(server.app.integrations.phones.count('demo')).toBe(0);
    // The closed day's report summary is written in the background: let it finish before cleanup.
    const cache = join(server.dataDir, 'reports-cache', 'demo', `${closedDay}.bin`);
    for (let i = 0; i < 200 && !existsSync(cache); i++) await new Promise((r) => setTimeout(r, 25));
  });
});
