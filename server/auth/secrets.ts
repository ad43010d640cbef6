// Session tokens and device keys: long random secrets, stored only as SHA-256 hashes.
import { createHash, randomBytes } from 'node:crypto';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

export function newSessionToken(): string {
  return `lts_${randomBytes(32).toString('base64url')}`;
}

/** A device key names its device, so the lookup is by id and the secret is checked by hash. */
export function newDeviceKey(deviceId: string): string {
  return `ldk_${deviceId}_${randomBytes(24).toString('base64url')}`;
}

export function deviceIdOfKey(key: string): string | null {
  const match = /^ldk_([A-Za-z0-9][A-Za-z0-9_.-]*)_[A-Za-z0-9_-]{32}$/.exec(key);
  return match ? match[1] : null;
}
