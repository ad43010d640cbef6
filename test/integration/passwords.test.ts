// Passwords against a real hub: the policy (length, username, common list) for new accounts,
// resets and own changes; a change ends the person's other sessions and keeps the one that asked;
// a password given by someone else is flagged for change at the next sign-in; audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '../../server/auth/password-policy.js';
import { ADMIN_PASSWORD, login, request, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: string;

beforeAll(async () => {
  server = await startTestServer();
  admin = await login(server.url, 'admin', ADMIN_PASSWORD);
});

afterAll(async () => {
  await server.close();
});

const newOfficer = (username: string, password: string) =>
  request(server.url, '/api/users', {
    auth: admin,
    body: { username, fullName: `Cán bộ ${username}`, role: 'staff', siteIds: ['demo'], password },
  });

describe('the password policy', () => {
  it('refuses short, username-like and common passwords with the reason', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(passwordProblem('12345678', 'lan')).toBe('password_too_short');
    expect(passwordProblem('abcdefghi', 'lan')).toBe('password_too_short');
    expect(passwordProblem('nguyenvanlan', 'NguyenVanLan')).toBe('password_is_username');
    expect(passwordProblem('nalnavneyugn', 'nguyenvanlan')).toBe('password_is_username');
    expect(passwordProblem('1234567890', 'lan')).toBe('password_too_common');
    expect(passwordProblem('MatKhau123', 'lan')).toBe('password_too_common');
    expect(passwordProblem('Password@123', 'lan')).toBe('password_too_common');
    // Vietnamese letters count as one character each.
    expect(passwordProblem('đường-lúa-9', 'lan')).toBeNull();
    expect(passwordProblem('ngựa ô đồi chè', 'lan')).toBeNull();
  });

  it('applies to new accounts and resets through the API (400 password_rejected)', async () => {
    for (const [password, reason] of [
      ['12345678', 'password_too_short'],
      ['canbo-moi-1', 'password_is_username'],
      ['qwertyuiop', 'password_too_common'],
    ] as const) {
      const res = await newOfficer('canbo-moi-1', password);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('password_rejected');
      expect(res.body.error.details.reason).toBe(reason);
    }
    const created = await newOfficer('canbo-moi-1', 'lua-chin-vang-1');
    expect(created.status).toBe(201);
    expect(created.body.user.mustChangePassword).toBe(true);
    const reset = await request(server.url, `/api/users/${created.body.user.id}/password`, {
      auth: admin,
      body: { password: 'abc1234567' },
    });
    expect(reset.status).toBe(400);
    expect(reset.body.error.details.reason).toBe('password_too_common');
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, applies the policy, ends the other sessions and clears the flag', async () => {
    const created = await newOfficer('canbo-doi-mk', 'cay-tre-xanh-7');
    expect(created.status).toBe(201);
    const desk = await login(server.url, 'canbo-doi-mk', 'cay-tre-xanh-7');
    const phone = await login(server.url, 'canbo-doi-mk', 'cay-tre-xanh-7');
    const me = await request(server.url, '/api/auth/me', { auth: desk });
    expect(me.body.user.mustChangePassword).toBe(true);

    const wrong = await request(server.url, '/api/auth/password', {
      auth: desk,
      body: { current: 'not-my-password', next: 'song-hong-do-99' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    const weak = await request(server.url, '/api/auth/password', {
      auth: desk,
      body: { current: 'cay-tre-xanh-7', next: 'matkhau123' },
    });
    expect(weak.body.error.details.reason).toBe('password_too_common');
    const same = await request(server.url, '/api/auth/password', {
      auth: desk,
      body: { current: 'cay-tre-xanh-7', next: 'cay-tre-xanh-7' },
    });
    expect(same.body.error.details.reason).toBe('password_is_current');
    // Nothing changed so far: both sessions still work.
    expect((await request(server.url, '/api/auth/me', { auth: phone })).status).toBe(200);

    const changed = await request(server.url, '/api/auth/password', {
      auth: desk,
      body: { current: 'cay-tre-xanh-7', next: 'song-hong-do-99' },
    });
    expect(changed.status).toBe(200);
    expect((await request(server.url, '/api/auth/me', { auth: phone })).status).toBe(401);
    const still = await request(server.url, '/api/auth/me', { auth: desk });
    expect(still.status).toBe(200);
    expect(still.body.user.mustChangePassword).toBe(false);
    expect(
      (
        await request(server.url, '/api/auth/login', {
          body: { username: 'canbo-doi-mk', password: 'cay-tre-xanh-7' },
        })
      ).status,
    ).toBe(401);
    await login(server.url, 'canbo-doi-mk', 'song-hong-do-99');
    // Another officer's sessions are untouched.
    const other = await login(server.url, 'canbo-moi-1', 'lua-chin-vang-1');
    expect((await request(server.url, '/api/auth/me', { auth: other })).status).toBe(200);

    const audit = await request(
      server.url,
      `/api/sites/demo/audit?month=${new Date().toISOString().slice(0, 7)}`,
      {
        auth: admin,
      },
    );
    const actions = (audit.body.entries as { action: string; target?: string }[])
      .filter((e) => e.target === 'canbo-doi-mk')
      .map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['user:password-change', 'user:password-change-failed']));
  });

  it('is refused to devices and to nobody', async () => {
    const asDevice = await request(server.url, '/api/auth/password', {
      auth: server.keys.counter,
      body: { current: 'x', next: 'song-hong-do-99' },
    });
    expect(asDevice.status).toBe(403);
    const anonymous = await request(server.url, '/api/auth/password', { body: { current: 'x', next: 'y' } });
    expect(anonymous.status).toBe(401);
    const bad = await request(server.url, '/api/auth/password', {
      auth: admin,
      body: { current: 'x', extra: 1 },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('invalid_input');
  });

  it('flags a reset by someone else, and not a reset of one’s own account', async () => {
    const created = await newOfficer('canbo-reset', 'hoa-sen-hong-3');
    const id = created.body.user.id as string;
    const token = await login(server.url, 'canbo-reset', 'hoa-sen-hong-3');
    await request(server.url, '/api/auth/password', {
      auth: token,
      body: { current: 'hoa-sen-hong-3', next: 'hoa-mai-vang-4' },
    });
    const users = async () => (await request(server.url, '/api/users', { auth: admin })).body as any[];
    expect((await users()).find((u) => u.id === id).mustChangePassword).toBe(false);
    await request(server.url, `/api/users/${id}/password`, {
      auth: admin,
      body: { password: 'hoa-dao-do-55' },
    });
    expect((await users()).find((u) => u.id === id).mustChangePassword).toBe(true);
  });
});
