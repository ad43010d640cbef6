// Sign-in, sessions and device keys. Secrets are never stored or logged in the clear.
import type { DeviceRecord, UserRecord } from '../store/config-data.js';
import type { Store } from '../store/store.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { ANONYMOUS, type Principal } from './principal.js';
import { deviceIdOfKey, hashSecret, newSessionToken } from './secrets.js';

export const SESSION_TTL_MS = 12 * 3600_000;

export type AuthFailure =
  | 'invalid_credentials'
  | 'account_disabled'
  | 'token_expired'
  | 'unauthorized'
  | 'device_revoked';

export class AuthService {
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: () => number,
    private readonly ttlMs = SESSION_TTL_MS,
  ) {}

  async login(
    username: string,
    password: string,
  ): Promise<
    { ok: true; token: string; user: UserRecord; expiresAt: number } | { ok: false; code: AuthFailure }
  > {
    const name = username.normalize('NFC').trim().toLowerCase();
    const user = this.store.config.users.find((u) => u.username.toLowerCase() === name);
    // Spend the same effort whether or not the account exists.
    this.dummyHash ??= hashPassword('not-a-real-password');
    const valid = await verifyPassword(password, user?.passwordHash ?? (await this.dummyHash));
    if (!user || !valid) return { ok: false, code: 'invalid_credentials' };
    if (user.disabled) return { ok: false, code: 'account_disabled' };
    const token = newSessionToken();
    const now = this.clock();
    const expiresAt = now + this.ttlMs;
    await this.store.updateSessions((sessions) => {
      const live = sessions.filter((s) => s.expiresAt > now);
      live.push({ tokenHash: hashSecret(token), userId: user.id, createdAt: now, expiresAt });
      sessions.splice(0, sessions.length, ...live);
    });
    return { ok: true, token, user, expiresAt };
  }

  async logout(token: string): Promise<void> {
    const hash = hashSecret(token);
    await this.store.updateSessions((sessions) => {
      const i = sessions.findIndex((s) => s.tokenHash === hash);
      if (i >= 0) sessions.splice(i, 1);
    });
  }

  /** Revokes every session of a user (password reset, account disabled). */
  async revokeUserSessions(userId: string): Promise<void> {
    await this.store.updateSessions((sessions) => {
      const keep = sessions.filter((s) => s.userId !== userId);
      sessions.splice(0, sessions.length, ...keep);
    });
  }

  /** Resolves a bearer secret (session token or device key). */
  resolve(secret: string, via: 'bearer' | 'cookie'): { principal: Principal } | { failure: AuthFailure } {
    if (secret.startsWith('ldk_') && via === 'bearer') return this.resolveDeviceKey(secret);
    if (!secret.startsWith('lts_')) return { failure: 'unauthorized' };
    const hash = hashSecret(secret);
    const session = this.store.sessions.find((s) => s.tokenHash === hash);
    if (!session) return { failure: 'unauthorized' };
    if (session.expiresAt <= this.clock()) return { failure: 'token_expired' };
    const user = this.store.config.users.find((u) => u.id === session.userId);
    if (!user) return { failure: 'unauthorized' };
    if (user.disabled) return { failure: 'account_disabled' };
    return { principal: { kind: 'user', user, via } };
  }

  resolveDeviceKey(key: string): { principal: Principal } | { failure: AuthFailure } {
    const id = deviceIdOfKey(key);
    const device: DeviceRecord | undefined = id
      ? this.store.config.devices.find((d) => d.id === id)
      : undefined;
    if (!device || device.keyHash !== hashSecret(key)) return { failure: 'unauthorized' };
    if (device.revokedAt !== null) return { failure: 'device_revoked' };
    return { principal: { kind: 'device', device } };
  }

  anonymous(): Principal {
    return ANONYMOUS;
  }
}
