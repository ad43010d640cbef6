// The Host allow-list: a request is answered only when its Host names this hub. A web page on
// another site can point its own domain name at the hub's address (DNS rebinding) and read what
// the hub answers; refusing unknown names stops that. Always allowed: IP addresses (a rebinding
// needs a name), localhost, this machine's name (and <name>.local); then the host of
// LUOT_PUBLIC_URL and every name in LUOT_ALLOWED_HOSTS. LUOT_ALLOWED_HOSTS=* turns the check off.
import type { IncomingMessage, Server as HttpServer, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import { hostname as machineName } from 'node:os';
import type { Duplex } from 'node:stream';

export const HOST_NOT_ALLOWED = 'host_not_allowed';

export interface HostAllowListOptions {
  publicUrl?: string;
  /** Extra names (LUOT_ALLOWED_HOSTS); "*" allows every name. */
  allowedHosts?: readonly string[];
  /** This machine's name (tests pass their own). */
  machine?: string;
}

/** The name part of a Host header, lower case, without port or IPv6 brackets ('' when unreadable). */
export function hostNameOf(header: string | undefined): string {
  if (!header) return '';
  const text = header.trim().toLowerCase();
  if (text.startsWith('[')) {
    const end = text.indexOf(']');
    return end > 0 ? text.slice(1, end) : '';
  }
  const colon = text.indexOf(':');
  const name = colon >= 0 ? text.slice(0, colon) : text;
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

export function hostAllowList(opts: HostAllowListOptions): (hostHeader: string | undefined) => boolean {
  const extra = (opts.allowedHosts ?? []).map((h) => hostNameOf(h)).filter((h) => h !== '');
  if ((opts.allowedHosts ?? []).some((h) => h.trim() === '*')) return () => true;
  const machine = (opts.machine ?? machineName()).toLowerCase();
  const names = new Set([...extra, 'localhost', machine, `${machine}.local`]);
  if (opts.publicUrl) names.add(new URL(opts.publicUrl).hostname.toLowerCase().replace(/^\[|\]$/g, ''));
  return (hostHeader) => {
    const name = hostNameOf(hostHeader);
    if (name === '') return false;
    return isIP(name) !== 0 || names.has(name) || name.endsWith('.localhost');
  };
}

/**
 * Puts the check in front of everything the HTTP server answers, Socket.IO included: call it
 * after every 'request' and 'upgrade' listener is attached.
 */
export function gateByHost(server: HttpServer, allowed: (hostHeader: string | undefined) => boolean): void {
  const requestListeners = server.listeners('request') as ((
    req: IncomingMessage,
    res: ServerResponse,
  ) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    if (allowed(req.headers.host)) {
      for (const listener of requestListeners) listener.call(server, req, res);
      return;
    }
    const body = JSON.stringify({
      error: {
        code: HOST_NOT_ALLOWED,
        message:
          'Tên máy chủ này không được phép. Hãy mở Lượt bằng địa chỉ đã cấu hình (LUOT_PUBLIC_URL / LUOT_ALLOWED_HOSTS).',
      },
    });
    res.writeHead(421, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(body);
  });
  const upgradeListeners = server.listeners('upgrade') as ((
    req: IncomingMessage,
    socket: Duplex,
    head: Buffer,
  ) => void)[];
  server.removeAllListeners('upgrade');
  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (allowed(req.headers.host)) {
      for (const listener of upgradeListeners) listener.call(server, req, socket, head);
      return;
    }
    socket.end('HTTP/1.1 421 Misdirected Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
  });
}
