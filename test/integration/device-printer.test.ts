// Only administrators may point a kiosk at a device or file path on the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/passwords.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: string;
let manager: string;

beforeAll(async () => {
  server = await startTestServer();
  const passwordHash = await hashPassword('manager-password');
  await server.app.store.updateConfig((d) => {
    d.users.push({
      id: 'u-m',
      username: 'quanly',
      fullName: 'Quản lý',
      role: 'manager',
      siteIds: ['demo'],
      passwordHash,
      disabled: false,
      createdAt: 1,
    });
  });
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
  manager = await login(server.url, 'quanly', 'manager-password');
});
afterAll(() => server.close());

describe('kiosk printer on device creation', () => {
  it('refuses a server path from a manager and stores nothing', async () => {
    const before = server.app.store.config.devices.length;
    const res = await request(server.url, '/api/sites/demo/devices', {
      auth: manager,
      body: { kind: 'kiosk', name: 'K2', printer: '/etc/passwd' },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect(server.app.store.config.devices.length).toBe(before);
  });

  it('accepts a network printer from a manager and a path from an administrator', async () => {
    const tcp = await request(server.url, '/api/sites/demo/devices', {
      auth: manager,
      body: { kind: 'kiosk', name: 'K3', printer: 'tcp://10.0.0.5:9100' },
    });
    expect(tcp.status).toBe(201);
    expect(tcp.body.device.printer).toBe('tcp://10.0.0.5:9100');
    const path = await request(server.url, '/api/sites/demo/devices', {
      auth: admin,
      body: { kind: 'kiosk', name: 'K4', printer: '/dev/usb/lp0' },
    });
    expect(path.status).toBe(201);
    const bad = await request(server.url, '/api/sites/demo/devices', {
      auth: admin,
      body: { kind: 'kiosk', name: 'K5', printer: 'ftp://x' },
    });
    expect(bad.status).toBe(400);
  });
});
