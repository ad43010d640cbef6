// Connections the hub holds at once: a cap in total and per client address, and deadlines for
// the request line and headers (LUOT_HEADERS_TIMEOUT_MS) and for the whole request
// (LUOT_REQUEST_TIMEOUT_MS). A connection that has not yet sent one complete request is the
// first to go: when a cap is reached the oldest such connection (of that address, or of all) is
// closed for the new one, so a flood of slow or silent connections cannot keep a counter out.
// Without such a connection to close, the new one is refused.
import type { ServerOptions } from 'node:http';
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionLimits {
  maxConnections: number;
  maxConnectionsPerIp: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 2000,
  maxConnectionsPerIp: 256,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
};

/** The options createServer takes for these deadlines. */
export function serverTimeouts(limits: ConnectionLimits): ServerOptions {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: Math.max(250, Math.min(5000, Math.floor(limits.headersTimeoutMs / 4))),
  };
}

interface Tracked {
  ip: string;
  /** True once one complete request (or upgrade) arrived on it. */
  served: boolean;
  timer: NodeJS.Timeout | null;
}

export interface ConnectionGuard {
  /** Connections accepted in all, held now, and closed or refused by a cap or a deadline. */
  stats(): { accepted: number; open: number; refused: number; evicted: number; timedOut: number };
}

/**
 * Watches the server's connections. `exempt(ip)` names peers the per-address cap does not apply
 * to (the trusted reverse proxy: every client arrives from its address).
 */
export function guardConnections(
  server: HttpServer,
  limits: ConnectionLimits,
  exempt: (ip: string) => boolean = () => false,
): ConnectionGuard {
  const open = new Map<Socket, Tracked>();
  const perIp = new Map<string, number>();
  let accepted = 0;
  let refused = 0;
  let evicted = 0;
  let timedOut = 0;

  const oldestUnserved = (ip: string | null): Socket | null => {
    for (const [socket, t] of open) if (!t.served && (ip === null || t.ip === ip)) return socket;
    return null;
  };

  const markServed = (req: IncomingMessage) => {
    const t = open.get(req.socket);
    if (!t || t.served) return;
    t.served = true;
    if (t.timer) clearTimeout(t.timer);
    t.timer = null;
  };

  server.on('connection', (socket: Socket) => {
    accepted += 1;
    const ip = socket.remoteAddress ?? '';
    const capped = !exempt(ip) && (perIp.get(ip) ?? 0) >= limits.maxConnectionsPerIp;
    if (capped || open.size >= limits.maxConnections) {
      const victim = oldestUnserved(capped ? ip : null);
      if (!victim) {
        refused += 1;
        socket.destroy();
        return;
      }
      evicted += 1;
      victim.destroy();
      // destroy() frees the victim's place at its 'close' event; count it gone now.
      forget(victim);
    }
    const timer = setTimeout(() => {
      timedOut += 1;
      socket.destroy();
    }, limits.headersTimeoutMs);
    timer.unref();
    open.set(socket, { ip, served: false, timer });
    perIp.set(ip, (perIp.get(ip) ?? 0) + 1);
    socket.once('close', () => forget(socket));
  });

  function forget(socket: Socket): void {
    const t = open.get(socket);
    if (!t) return;
    open.delete(socket);
    if (t.timer) clearTimeout(t.timer);
    const left = (perIp.get(t.ip) ?? 1) - 1;
    if (left <= 0) perIp.delete(t.ip);
    else perIp.set(t.ip, left);
  }

  server.on('request', markServed);
  server.on('upgrade', markServed);

  return { stats: () => ({ accepted, open: open.size, refused, evicted, timedOut }) };
}
