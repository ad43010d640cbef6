// Sign-in, sessions and device keys. Secrets are never stored or logged in the clear.
import type { DeviceRecord, UserRecord } from '../store/config-data.js';
import type { Store } from '../store/store.js';
import { type PasswordProblem, passwordProblem } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { ANONYMOUS, type Principal } from './principal.js';
import { deviceIdOfKey, hashSecret, newDeviceKey, newSessionToken } from './secrets.js';

export const SESSION_TTL_MS = 12 * 3600_000;
/** Browsers paired by code per device (the oldest pairing ends when a ninth is made). */
const MAX_PAIRED_KEYS = 8;

export type AuthFailure =
  | 'invalid_credentials'
  | 'account_disabled'
  | 'token_expired'
  | 'unauthorized'
  | 'device_revoked';

export class AuthService {
  private dummyHash: Promise<string> | null = null;
  private readonly sessionListeners = new Set<() => void>();

  constructor(
    private readonly store: Store,
    private readonly clock: () => number,
    readonly ttlMs = SESSION_TTL_MS,
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

  /** Told after sessions end or accounts change, so live sockets are checked again at once. */
  onSessionsChanged(listener: () => void): () => void {
    this.sessionListeners.add(listener);
    return () => this.sessionListeners.delete(listener);
  }

  /** Accounts changed (role, sites, disabled): every live socket is checked again. */
  accountsChanged(): void {
    for (const listener of this.sessionListeners) listener();
  }

  async logout(token: string): Promise<void> {
    const hash = hashSecret(token);
    await this.store.updateSessions((sessions) => {
      const i = sessions.findIndex((s) => s.tokenHash === hash);
      if (i >= 0) sessions.splice(i, 1);
    });
    this.accountsChanged();
  }

  /**
   * Revokes every session of a user (password reset or change, account disabled), except the
   * session that made the change when it is given.
   */
  async revokeUserSessions(userId: string, exceptToken?: string): Promise<void> {
    const kept = exceptToken ? hashSecret(exceptToken) : null;
    await this.store.updateSessions((sessions) => {
      const keep = sessions.filter((s) => s.userId !== userId || s.tokenHash === kept);
      sessions.splice(0, sessions.length, ...keep);
    });
    this.accountsChanged();
  }

  /**
   * A signed-in user changes their own password: the current one must be right and the new one
   * must pass the policy. Every other session of the user ends; the one that asked stays.
   */
  async changeOwnPassword(
    userId: string,
    current: string,
    next: string,
    sessionToken: string | null,
  ): Promise<{ ok: true } | { ok: false; code: 'invalid_credentials' | PasswordProblem }> {
    const user = this.store.config.users.find((u) => u.id === userId);
    if (!user || !(await verifyPassword(current, user.passwordHash))) {
      return { ok: false, code: 'invalid_credentials' };
    }
    const problem = current === next ? 'password_is_current' : passwordProblem(next, user.username);
    if (problem) return { ok: false, code: problem };
    const passwordHash = await hashPassword(next);
    await this.store.updateConfig((data) => {
      const record = data.users.find((u) => u.id === userId);
      if (!record) return;
      record.passwordHash = passwordHash;
      delete record.mustChangePassword;
    });
    await this.revokeUserSessions(userId, sessionToken ?? undefined);
    return { ok: true };
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
    const hash = hashSecret(key);
    if (!device || (device.keyHash !== hash && !device.pairedKeyHashes?.includes(hash))) {
      return { failure: 'unauthorized' };
    }
    if (device.revokedAt !== null) return { failure: 'device_revoked' };
    return { principal: { kind: 'device', device } };
  }

  /**
   * A new credential for a device paired by code: a key of its own for that browser (the
   * device's other browsers keep theirs; revoking the device ends them all).
   */
  async issueDeviceCredential(deviceId: string): Promise<string | null> {
    const key = newDeviceKey(deviceId);
    let issued = false;
    await this.store.updateConfig((data) => {
      const device = data.devices.find((d) => d.id === deviceId);
      if (!device || device.revokedAt !== null) return;
      device.pairedKeyHashes = [...(device.pairedKeyHashes ?? []), hashSecret(key)].slice(-MAX_PAIRED_KEYS);
      issued = true;
    });
    return issued ? key : null;
  }

  anonymous(): Principal {
    return ANONYMOUS;
  }
}
