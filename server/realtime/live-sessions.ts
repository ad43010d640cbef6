// A socket keeps only the rights its credential still has. Its session or device key is checked
// again on every command and whenever sessions or accounts change (logout, expiry, password
// change, disabling, demotion, removal from a site, device revocation): a socket whose
// credential no longer holds, or that may no longer read its site, is cut at once; one whose
// rights changed carries the new ones.
import type { Server, Socket } from 'socket.io';
import type { AuthService } from '../auth/auth-service.js';
import { visibleSites } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import type { SocketData } from './socket-data.js';

export class LiveSessions {
  constructor(
    private readonly io: Server,
    private readonly auth: AuthService,
  ) {}

  /**
   * The socket's principal as of now (its rights updated), or why it may no longer act: the
   * caller then cuts it (after answering the command that found out, if any).
   */
  check(socket: Socket): { principal: Principal } | { ended: string } {
    const data = socket.data as SocketData;
    if (data.mode === 'phone' || !data.credential) return { principal: data.principal };
    const resolved = this.auth.resolve(data.credential.secret, data.credential.via);
    if ('failure' in resolved) return { ended: resolved.failure };
    const sites = visibleSites(resolved.principal);
    if (sites !== 'all' && !sites.includes(data.siteId)) return { ended: 'forbidden' };
    data.principal = resolved.principal;
    return { principal: resolved.principal };
  }

  /** Tells the socket why and closes it. */
  cut(socket: Socket, code: string): void {
    socket.emit('session:ended', { code });
    socket.disconnect(true);
  }

  /** Re-checks every connected socket (after a session or account change). */
  revalidateAll(): void {
    for (const socket of this.io.of('/').sockets.values()) {
      const result = this.check(socket);
      if ('ended' in result) this.cut(socket, result.ended);
    }
  }

  /** Sessions also end by time: look every intervalMs. */
  sweep(intervalMs = 30_000): () => void {
    const timer = setInterval(() => this.revalidateAll(), intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
