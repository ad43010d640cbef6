// Who is asking: a signed-in user, a device with its key, or nobody.
import type { DeviceRecord, UserRecord } from '../store/config-data.js';

export type Principal =
  | { kind: 'user'; user: UserRecord; via: 'bearer' | 'cookie' }
  | { kind: 'device'; device: DeviceRecord }
  | { kind: 'anonymous' };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** A name for logs and the audit trail; never a secret. */
export function actorName(p: Principal): string {
  if (p.kind === 'user') return `user:${p.user.username}`;
  if (p.kind === 'device') return `device:${p.device.id}`;
  return 'anonymous';
}
