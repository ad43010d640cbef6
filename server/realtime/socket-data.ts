import type { Principal } from '../auth/principal.js';

/** What a connected socket is: who, for which site, following which counter or ticket. */
export interface SocketData {
  principal: Principal;
  siteId: string;
  mode: 'site' | 'phone';
  counterId: string | null;
  ticketId: string | null;
}

export const siteRoom = (siteId: string) => `site:${siteId}`;
export const counterRoom = (siteId: string, counterId: string) => `counter:${siteId}:${counterId}`;
export const ticketRoom = (ticketId: string) => `ticket:${ticketId}`;
export const deviceRoom = (deviceId: string) => `device:${deviceId}`;
export const userRoom = (userId: string) => `user:${userId}`;
