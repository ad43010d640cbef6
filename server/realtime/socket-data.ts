import type { Principal } from '../auth/principal.js';

/** What a connected socket is: who, for which site, following which counter or ticket. */
export interface SocketData {
  principal: Principal;
  /** The secret the socket signed in with, re-checked on every command and session change. */
  credential: { secret: string; via: 'bearer' | 'cookie' } | null;
  siteId: string;
  mode: 'site' | 'phone';
  counterId: string | null;
  ticketId: string | null;
}

export const siteRoom = (siteId: string) => `site:${siteId}`;
export const counterRoom = (siteId: string, counterId: string) => `counter:${siteId}:${counterId}`;
export const ticketRoom = (ticketId: string) => `ticket:${ticketId}`;
/**
 * In a cluster, a ticket room holds a stand-in member per other node whose phone pages follow the
 * ticket (server/cluster/phone-follows.ts); statuses for those nodes go to them in batches, as
 * the server-side event REMOTE_STATUSES, which each node hands to its own sockets.
 */
export const REMOTE_FOLLOWER_PREFIX = 'follows-of:';
export const REMOTE_STATUSES = 'luot:ticket-statuses';
export const deviceRoom = (deviceId: string) => `device:${deviceId}`;
export const userRoom = (userId: string) => `user:${userId}`;
/** A site's kiosks: they get waiting counts, not the deltas. */
export const kioskRoom = (siteId: string) => `kiosks:${siteId}`;
