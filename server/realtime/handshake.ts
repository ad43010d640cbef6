// Socket handshake: a session token, a device key, the browser's session cookie, or (phone page)
// a ticket's status token. Decides the site and the rooms; refuses with a coded error.
import type { Socket } from 'socket.io';
import { z } from 'zod';
import { idSchema } from '../../shared/protocol/config-schemas.js';
import type { AuthService } from '../auth/auth-service.js';
import { visibleSites } from '../auth/permissions.js';
import type { Principal } from '../auth/principal.js';
import { cookiePrincipal, DEVICE_COOKIE, readCookie, SESSION_COOKIE } from '../http/authenticate.js';
import type { QueueService } from '../services/queue-service.js';
import type { RemoteSockets } from './remote-sockets.js';
import type { SocketData } from './socket-data.js';

const handshakeSchema = z.strictObject({
  token: z.string().max(200).optional(),
  key: z.string().max(200).optional(),
  siteId: idSchema.optional(),
  counterId: idSchema.optional(),
  statusToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .optional(),
  // Added by the socket.io client itself for connection-state recovery.
  pid: z.string().max(100).optional(),
  offset: z.string().max(100).optional(),
});

export class HandshakeError extends Error {
  readonly data: { code: string; message: string };
  constructor(code: string, message: string) {
    super(code);
    this.data = { code, message };
  }
}

function sameOrigin(socket: Socket): boolean {
  const origin = socket.handshake.headers.origin;
  if (!origin) return true;
  try {
    return new URL(origin).host === socket.handshake.headers.host;
  } catch {
    return false;
  }
}

export function resolveHandshake(
  socket: Socket,
  auth: AuthService,
  queue: QueueService,
  remote?: RemoteSockets,
): SocketData {
  const parsed = handshakeSchema.safeParse(socket.handshake.auth ?? {});
  if (!parsed.success) throw new HandshakeError('invalid_input', 'Dữ liệu kết nối không hợp lệ.');
  const hs = parsed.data;

  if (hs.statusToken) {
    const found = queue.findByToken(hs.statusToken);
    // A ticket of a site written by another node of the cluster (remote-sockets.ts).
    const ticket = found
      ? { siteId: found.hub.siteId, ticketId: found.ticket.id }
      : (remote?.phoneTicket(hs.statusToken) ?? null);
    if (!ticket) throw new HandshakeError('not_found', 'Không tìm thấy số thứ tự.');
    return {
      principal: auth.anonymous(),
      credential: null,
      siteId: ticket.siteId,
      mode: 'phone',
      counterId: null,
      ticketId: ticket.ticketId,
    };
  }

  let principal: Principal;
  let credential: SocketData['credential'];
  const secret = hs.key ?? hs.token;
  if (secret) {
    const resolved = auth.resolve(secret, 'bearer');
    if ('failure' in resolved)
      throw new HandshakeError(resolved.failure, 'Phiên đăng nhập hoặc khoá thiết bị không hợp lệ.');
    principal = resolved.principal;
    credential = { secret, via: 'bearer' };
  } else {
    const cookies = socket.handshake.headers.cookie;
    const session = readCookie(cookies, SESSION_COOKIE);
    const deviceKey = readCookie(cookies, DEVICE_COOKIE);
    if (!session && !deviceKey) throw new HandshakeError('unauthorized', 'Cần đăng nhập hoặc khoá thiết bị.');
    if (!sameOrigin(socket))
      throw new HandshakeError('origin_not_allowed', 'Kết nối không đến từ ứng dụng Lượt.');
    const fromCookies = cookiePrincipal(auth, cookies);
    if (!fromCookies) {
      const failure = deviceKey ? auth.resolveDeviceKey(deviceKey) : auth.resolve(session ?? '', 'cookie');
      throw new HandshakeError(
        'failure' in failure ? failure.failure : 'unauthorized',
        'Phiên đăng nhập đã hết hạn hoặc thiết bị chưa được ghép nối.',
      );
    }
    principal = fromCookies;
    // Re-checked later like a bearer secret: the session cookie, or the paired device's key.
    credential =
      fromCookies.kind === 'user'
        ? { secret: session ?? '', via: 'cookie' }
        : { secret: deviceKey ?? '', via: 'bearer' };
  }

  const sites = visibleSites(principal);
  const siteId =
    principal.kind === 'device'
      ? principal.device.siteId
      : (hs.siteId ?? (sites === 'all' ? queue.sites()[0]?.siteId : sites[0]));
  if (!siteId || (sites !== 'all' && !sites.includes(siteId))) {
    throw new HandshakeError('forbidden', 'Không có quyền với trung tâm này.');
  }
  // A site written by another node of the cluster is served here read-only (remote-sockets.ts).
  const config = queue.sites().find((h) => h.siteId === siteId)?.config ?? remote?.config(siteId);
  if (!config) throw new HandshakeError('not_found', 'Không tìm thấy trung tâm.');
  let counterId = hs.counterId ?? (principal.kind === 'device' ? principal.device.counterId : null) ?? null;
  if (
    principal.kind === 'device' &&
    principal.device.kind === 'counter' &&
    counterId !== principal.device.counterId
  ) {
    throw new HandshakeError('forbidden', 'Thiết bị chỉ theo dõi quầy của mình.');
  }
  if (counterId && !config.counters.some((c) => c.id === counterId)) {
    throw new HandshakeError('not_found', 'Không tìm thấy quầy.');
  }
  if (principal.kind === 'device' && principal.device.kind !== 'counter') counterId = null;
  return { principal, credential, siteId, mode: 'site', counterId, ticketId: null };
}
