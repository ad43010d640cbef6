// The channel a ticket is recorded under comes from who issues it, not from what the caller
// says: only a kiosk records "kiosk". A person at the desk may say a ticket came by phone; an
// integration may say phone or appointment. Any other channel asked for is refused (400).
import type { Channel } from '../../shared/domain/model.js';
import type { Principal } from '../auth/principal.js';
import { ServiceError } from './service-error.js';

/** What each kind of caller may record (the first is its default). */
const ALLOWED: Record<string, readonly Channel[]> = {
  user: ['staff', 'phone'],
  integration: ['appointment', 'phone'],
};

export function issueChannel(principal: Principal, requested: Channel | undefined): Channel {
  if (principal.kind === 'device' && principal.device.kind === 'kiosk') return 'kiosk';
  const allowed = ALLOWED[principal.kind === 'device' ? principal.device.kind : principal.kind] ?? [];
  const channel = requested ?? allowed[0];
  if (!channel || !allowed.includes(channel)) {
    throw new ServiceError(400, 'invalid_input', `Không được ghi số này theo kênh "${requested}".`, {
      field: 'channel',
      allowed,
    });
  }
  return channel;
}
