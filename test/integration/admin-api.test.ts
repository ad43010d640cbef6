// The admin API against a real hub: configuration changes are validated (strict, 400 on
// unknown keys), durable, live on kiosks and displays (catalogue:changed + a fresh snapshot) and
// audited; the catalogue survives an export → import round trip (CSV and XLSX) unchanged; staff
// accounts, slip preview and the manager's ticket actions work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connected, connectSocket, type TestSocket, waitFor } from '../support/sockets.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: string;
const sockets: TestSocket[] = [];

async function raw(path: string, init: RequestInit & { auth?: string } = {}) {
  const headers = new Headers(init.headers);
  if (init.auth) headers.set('authorization', `Bearer ${init.auth}`);
  return fetch(server.url + path, { ...init, headers });
}

async function config() {
  const res = await request(server.url, '/api/sites/demo/config', { auth: admin });
  expect(res.status).toBe(200);
  return res.body as { config: any; settings: any; codeWarnings: Record<string, string> };
}

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
});

afterAll(async () => {
  for (const s of sockets) s.close();
  await server.close();
});

describe('configuration changes', () => {
  it('creates a procedure with an odd code: a warning, live on the kiosk, durable, audited', async () => {
    const kiosk = connectSocket(server.url, { key: server.keys.kiosk });
    sockets.push(kiosk);
    await connected(kiosk);
    const changed = waitFor(kiosk, 'catalogue:changed', (c: any) =>
      c.fields.some((f: any) => f.procedures.some((p: any) => p.code === 'ABC-1')),
    );
    const res = await request(server.url, '/api/sites/demo/config/procedures', {
      auth: admin,
      body: {
        code: 'ABC-1',
        name: { vi: 'Thủ tục thử nghiệm', en: 'Test procedure' },
        fieldId: 'f-hotich',
        seriesId: 's-a',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.warnings).toHaveLength(1);
    expect(res.body.warnings[0]).toContain('ABC-1');
    const catalogue = await changed;
    const field = catalogue.fields.find((f: any) => f.id === 'f-hotich');
    expect(field.procedures.map((p: any) => p.name.vi)).toContain('Thủ tục thử nghiệm');
    // The kiosk can take a ticket for it at once (the hub was reconfigured).
    const ticket = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: res.body.item.id, requestId: 'admin-test-new-proc' },
    });
    expect(ticket.status).toBe(201);
    // Durable: in the store's document, not only in memory.
    expect(server.app.store.config.sites[0].config.procedures.some((p: any) => p.code === 'ABC-1')).toBe(
      true,
    );
    const audit = await request(server.url, '/api/sites/demo/audit', { auth: admin });
    expect(
      audit.body.entries.some((e: any) => e.action === 'procedures:create' && e.target === res.body.item.id),
    ).toBe(true);
    const view = await config();
    expect(view.codeWarnings[res.body.item.id]).toContain('ABC-1');
  });

  it('refuses unknown keys and broken references, and changes nothing', async () => {
    const before = JSON.stringify((await config()).config);
    const unknownKey = await request(server.url, '/api/sites/demo/config/procedures/p-khai-sinh', {
      method: 'PUT',
      auth: admin,
      body: { code: '1.001193', name: { vi: 'X' }, fieldId: 'f-hotich', seriesId: 's-a', colour: 'red' },
    });
    expect(unknownKey.status).toBe(400);
    expect(unknownKey.body.error.code).toBe('invalid_input');
    const badField = await request(server.url, '/api/sites/demo/config/procedures/p-khai-sinh', {
      method: 'PUT',
      auth: admin,
      body: { code: '1.001193', name: { vi: 'X' }, fieldId: 'f-khong-co', seriesId: 's-a' },
    });
    expect(badField.status).toBe(400);
    const duplicateNumber = await request(server.url, '/api/sites/demo/config/counters', {
      auth: admin,
      body: { number: 1, name: { vi: 'Quầy trùng' }, zone: '', series: [], policy: 'fifo' },
    });
    expect(duplicateNumber.status).toBe(400);
    const badSettings = await request(server.url, '/api/sites/demo/settings/display', {
      method: 'PUT',
      auth: admin,
      body: { historySize: 0, highlightSeconds: 5 },
    });
    expect(badSettings.status).toBe(400);
    expect(JSON.stringify((await config()).config)).toBe(before);
  });

  it('settings reach displays live as a new snapshot', async () => {
    const display = connectSocket(server.url, { key: server.keys.display });
    sockets.push(display);
    await connected(display);
    const next = waitFor(display, 'queue:snapshot', (s: any) => s.display.noticeText?.vi === 'Thông báo mới');
    const res = await request(server.url, '/api/sites/demo/settings/display', {
      method: 'PUT',
      auth: admin,
      body: { noticeText: { vi: 'Thông báo mới' }, historySize: 4, highlightSeconds: 8 },
    });
    expect(res.status).toBe(200);
    const snapshot = await next;
    expect(snapshot.display.historySize).toBe(4);
  });

  it('edits the centre, its hours and holidays, and refuses a bad time zone', async () => {
    const { config: c } = await config();
    const { id: _id, ...site } = c.site;
    const ok = await request(server.url, '/api/sites/demo/config/site', {
      method: 'PUT',
      auth: admin,
      body: { ...site, holidays: ['2026-09-02'], openingHours: { '1': [{ start: '07:30', end: '11:30' }] } },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.site.holidays).toEqual(['2026-09-02']);
    const bad = await request(server.url, '/api/sites/demo/config/site', {
      method: 'PUT',
      auth: admin,
      body: { ...site, timeZone: 'Mars/Olympus' },
    });
    expect(bad.status).toBe(400);
    await request(server.url, '/api/sites/demo/config/site', { method: 'PUT', auth: admin, body: site });
  });
});

describe('catalogue import/export over HTTP', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    it(`${format}: re-importing the export changes nothing`, async () => {
      const before = (await config()).config;
      const exported = await raw(`/api/sites/demo/catalogue-export?format=${format}`, { auth: admin });
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-disposition')).toContain(`.${format}`);
      const file = new Uint8Array(await exported.arrayBuffer());
      const imported = await raw(`/api/sites/demo/catalogue-import?format=${format}`, {
        method: 'POST',
        auth: admin,
        headers: { 'content-type': 'application/octet-stream' },
        body: file,
      });
      const result = await imported.json();
      expect(imported.status).toBe(200);
      expect(result.applied).toBe(false);
      expect(result.summary).toMatchObject({
        rows: before.procedures.length,
        created: 0,
        updated: 0,
        skipped: 0,
        unchanged: before.procedures.length,
      });
      const after = (await config()).config;
      expect(after).toEqual(before);
    });
  }

  it('an edited file updates in place (dry run first), odd codes are warnings', async () => {
    const before = (await config()).config;
    const csv = [
      'Mã TTHC,Tên thủ tục,Mã lĩnh vực,Phí, lệ phí',
      '1.001193.000.00.00.H59,Đăng ký khai sinh (sửa),HT,',
      'X-99,Thủ tục mã lạ,CT,',
    ].join('\r\n');
    // "Phí, lệ phí" holds a comma: quote the header as Excel would.
    const body = csv.replace('Phí, lệ phí', '"Phí, lệ phí"');
    const send = (dryRun: boolean) =>
      raw(`/api/sites/demo/catalogue-import?format=csv${dryRun ? '&dryRun=1' : ''}`, {
        method: 'POST',
        auth: admin,
        headers: { 'content-type': 'text/csv' },
        body,
      }).then((r) => r.json());
    const dry = await send(true);
    expect(dry.summary).toMatchObject({ updated: 1, created: 1 });
    expect((await config()).config).toEqual(before);
    const applied = await send(false);
    expect(applied.applied).toBe(true);
    expect(applied.summary.warnings.some((w: any) => w.line === 3 && w.message.includes('X-99'))).toBe(true);
    const after = (await config()).config;
    expect(after.procedures).toHaveLength(before.procedures.length + 1);
    const birth = after.procedures.find((p: any) => p.code === '1.001193.000.00.00.H59');
    expect(birth.name.vi).toBe('Đăng ký khai sinh (sửa)');
    expect(birth.fee).toBeUndefined();
    expect(birth.documents).toEqual(before.procedures.find((p: any) => p.id === birth.id).documents);
    // Applying the same file again changes nothing.
    const again = await send(false);
    expect(again.applied).toBe(false);
    expect(again.summary.unchanged).toBe(2);
  });

  it('refuses an unreadable file and a body over the limit', async () => {
    const junk = await raw('/api/sites/demo/catalogue-import?format=xlsx', {
      method: 'POST',
      auth: admin,
      headers: { 'content-type': 'application/octet-stream' },
      body: new Uint8Array([1, 2, 3, 4]),
    });
    expect(junk.status).toBe(400);
    const big = await raw('/api/sites/demo/catalogue-import?format=csv', {
      method: 'POST',
      auth: admin,
      headers: { 'content-type': 'text/csv' },
      body: new Uint8Array(11 * 1024 * 1024).fill(65),
    });
    expect(big.status).toBe(413);
  });
});

describe('staff accounts', () => {
  it('creates, resets (old sessions end) and disables an officer', async () => {
    const created = await request(server.url, '/api/users', {
      auth: admin,
      body: {
        username: 'canbo9',
        fullName: 'Cán bộ Chín',
        role: 'staff',
        siteIds: ['demo'],
        password: 'mat-khau-1',
      },
    });
    expect(created.status).toBe(201);
    const dup = await request(server.url, '/api/users', {
      auth: admin,
      body: {
        username: 'CANBO9',
        fullName: 'Trùng',
        role: 'staff',
        siteIds: ['demo'],
        password: 'mat-khau-1',
      },
    });
    expect(dup.status).toBe(409);
    const token = await login(server.url, 'canbo9', 'mat-khau-1');
    const reset = await request(server.url, `/api/users/${created.body.user.id}/password`, {
      auth: admin,
      body: { password: 'mat-khau-2' },
    });
    expect(reset.status).toBe(200);
    expect((await request(server.url, '/api/auth/me', { auth: token })).status).toBe(401);
    await login(server.url, 'canbo9', 'mat-khau-2');
    const disabled = await request(server.url, `/api/users/${created.body.user.id}`, {
      method: 'PUT',
      auth: admin,
      body: { fullName: 'Cán bộ Chín', role: 'staff', siteIds: ['demo'], disabled: true },
    });
    expect(disabled.status).toBe(200);
    const refused = await request(server.url, '/api/auth/login', {
      body: { username: 'canbo9', password: 'mat-khau-2' },
    });
    expect(refused.status).toBe(401);
    expect(refused.body.error.code).toBe('account_disabled');
  });
});

describe('monitor, ticket actions, printers and preview', () => {
  it('lists the waiting line and lets a manager transfer and cancel', async () => {
    const issued = await request(server.url, '/api/sites/demo/tickets', {
      auth: server.keys.kiosk,
      body: { procedureId: 'p-khai-sinh', requestId: 'admin-monitor-1' },
    });
    expect(issued.status).toBe(201);
    const id = issued.body.ticket.id;
    const monitor = await request(server.url, '/api/sites/demo/monitor', { auth: admin });
    expect(monitor.body.waiting.map((t: any) => t.id)).toContain(id);
    const moved = await request(server.url, `/api/sites/demo/tickets/${id}/transfer`, {
      auth: admin,
      body: { toCounterId: 'c3' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.ticket.targetCounterId).toBe('c3');
    const cancelled = await request(server.url, `/api/sites/demo/tickets/${id}/cancel`, {
      auth: admin,
      body: {},
    });
    expect(cancelled.status).toBe(200);
    const after = await request(server.url, '/api/sites/demo/monitor', { auth: admin });
    expect(after.body.waiting.map((t: any) => t.id)).not.toContain(id);
    const reactivate = await request(server.url, `/api/sites/demo/tickets/${id}/reactivate`, {
      auth: admin,
      body: {},
    });
    expect(reactivate.status).toBe(409);
    expect(reactivate.body.error.code).toBe('ticket_not_no_show');
  });

  it('renders a slip preview PNG for a layout', async () => {
    const res = await raw('/api/sites/demo/slip-preview', {
      method: 'POST',
      auth: admin,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        layout: {
          paperWidth: 58,
          show: {
            centre: true,
            ward: false,
            field: true,
            procedure: true,
            counters: true,
            ahead: true,
            time: true,
            qr: false,
            footer: true,
            priority: true,
          },
          footerText: 'Cảm ơn',
        },
      }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(384);
  });

  it('sets a kiosk printer: network targets for managers, paths for administrators only', async () => {
    const devices = await request(server.url, '/api/sites/demo/devices', { auth: admin });
    const kiosk = devices.body.find((d: any) => d.kind === 'kiosk');
    const set = await request(server.url, `/api/sites/demo/devices/${kiosk.id}/printer`, {
      method: 'PUT',
      auth: admin,
      body: { printer: 'tcp://192.168.1.50:9100' },
    });
    expect(set.status).toBe(200);
    expect(set.body.device.printer).toBe('tcp://192.168.1.50:9100');
    const bad = await request(server.url, `/api/sites/demo/devices/${kiosk.id}/printer`, {
      method: 'PUT',
      auth: admin,
      body: { printer: 'ftp://x' },
    });
    expect(bad.status).toBe(400);
    const created = await request(server.url, '/api/users', {
      auth: admin,
      body: {
        username: 'quanly-demo',
        fullName: 'Quản lý',
        role: 'manager',
        siteIds: ['demo'],
        password: 'quan-ly-123',
      },
    });
    expect(created.status).toBe(201);
    const manager = await login(server.url, 'quanly-demo', 'quan-ly-123');
    const path = await request(server.url, `/api/sites/demo/devices/${kiosk.id}/printer`, {
      method: 'PUT',
      auth: manager,
      body: { printer: '/tmp/some-file' },
    });
    expect(path.status).toBe(403);
    const reset = await request(server.url, `/api/sites/demo/devices/${kiosk.id}/printer`, {
      method: 'PUT',
      auth: manager,
      body: { printer: null },
    });
    expect(reset.status).toBe(200);
    expect(reset.body.device.printer).toBeNull();
  });
});
