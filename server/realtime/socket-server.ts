// Socket.IO on the same port (path /socket.io): handshake, rooms, snapshot on every connect,
// commands, and the broadcaster wired to every site hub.
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/protocol/socket-events.js';
import type { AuthService } from '../auth/auth-service.js';
import type { Hubs } from '../hub/hubs.js';
import type { Ticket } from '../../shared/domain/model.js';
import type { SiteHub } from '../hub/site-hub.js';
import { counterQueue, ticketView } from '../hub/views.js';
import type { Logger } from '../services/ports.js';
import type { QueueService } from '../services/queue-service.js';
import { Broadcaster, COUNTER_HEAD } from './broadcaster.js';
import { HandshakeError, resolveHandshake } from './handshake.js';
import { LiveSessions } from './live-sessions.js';
import type { RemoteSockets } from './remote-sockets.js';
import { registerCommands } from './socket-commands.js';
import {
  counterRoom,
  deviceRoom,
  kioskRoom,
  type SocketData,
  siteRoom,
  ticketRoom,
  userRoom,
} from './socket-data.js';

export const MAX_SOCKET_MESSAGE_BYTES = 64 * 1024;

/** The counter's last finished ticket, when it is unrated and still inside the rating screen's time. */
function pendingRating(hub: SiteHub, counterId: string) {
  const now = hub.now();
  let last: Ticket | null = null;
  for (const t of hub.state.tickets.values()) {
    if (
      t.counterId === counterId &&
      t.status === 'done' &&
      t.finishedAt !== null &&
      (!last || t.finishedAt > (last.finishedAt ?? 0))
    ) {
      last = t;
    }
  }
  if (!last || last.rating || last.finishedAt === null) return null;
  const until = last.finishedAt + hub.settings.rating.closeAfterSeconds * 1000;
  return until > now ? { counterId, ticket: ticketView(hub.config, last), until } : null;
}

/** A socket of a site written elsewhere gets its first state from the writer. */
function sendRemoteState(socket: Socket, data: SocketData, remote: RemoteSockets, logger: Logger): void {
  void (async () => {
    socket.emit('queue:snapshot', await remote.snapshot(data));
    if (data.counterId) socket.emit('counter:queue', await remote.counterQueue(data, data.counterId));
  })().catch((error: unknown) => {
    // The apps ask again (queue:sync) after a gap; the socket stays.
    logger.warn(
      { siteId: data.siteId, err: error instanceof Error ? error.message : String(error) },
      'remote snapshot failed',
    );
  });
}

/** A phone page following a ticket of a site written elsewhere gets its first status from the writer. */
function sendRemoteStatus(socket: Socket, data: SocketData, remote: RemoteSockets, logger: Logger): void {
  remote.phoneStatus(data).then(
    (status) => socket.emit('ticket:status', status),
    (error: unknown) =>
      logger.warn(
        { siteId: data.siteId, err: error instanceof Error ? error.message : String(error) },
        'remote ticket status failed',
      ),
  );
}

export interface Realtime {
  io: Server<ClientToServerEvents, ServerToClientEvents>;
  broadcaster: Broadcaster;
  /** Disconnects every socket of a revoked device or a disabled user. */
  disconnectPrincipal(kind: 'device' | 'user', id: string): void;
  /** Re-checks every socket's rights now (after an account or session change). */
  revalidateAll(): void;
  close(): void;
}

export function attachRealtime(
  httpServer: HttpServer,
  deps: {
    auth: AuthService;
    queue: QueueService;
    hubs: Hubs;
    logger: Logger;
    /** Sites written by another node of a cluster, served here read-only. */
    remote?: RemoteSockets;
  },
): Realtime {
  const { auth, queue, hubs, logger, remote } = deps;
  const io = new Server<ClientToServerEvents, ServerToClientEvents>(httpServer, {
    path: '/socket.io',
    maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
    serveClient: false,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60_000, skipMiddlewares: false },
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });

  const live = new LiveSessions(io, auth);
  auth.onSessionsChanged(() => live.revalidateAll());
  const stopSweep = live.sweep();

  io.use((socket, next) => {
    const handshake = () => {
      try {
        socket.data = resolveHandshake(socket, auth, queue, remote);
        next();
      } catch (error) {
        const err = error instanceof HandshakeError ? error : new HandshakeError('internal', 'Lỗi kết nối.');
        const wrapped = new Error(err.data.code) as Error & { data: unknown };
        wrapped.data = err.data;
        next(wrapped);
      }
    };
    if (remote) void remote.prepare(socket.handshake.auth).then(handshake, handshake);
    else handshake();
  });

  io.on('connection', (socket) => {
    const data = socket.data as SocketData;
    if (data.mode === 'phone' && data.ticketId) {
      void socket.join(ticketRoom(data.ticketId));
      const hub = hubs.get(data.siteId);
      const ticket = hub?.state.tickets.get(data.ticketId);
      if (hub && ticket) socket.emit('ticket:status', queue.statusView(hub, ticket));
      else if (remote) sendRemoteStatus(socket, data, remote, logger);
    } else {
      const rooms = [siteRoom(data.siteId)];
      if (data.counterId) rooms.push(counterRoom(data.siteId, data.counterId));
      if (data.principal.kind === 'device') rooms.push(deviceRoom(data.principal.device.id));
      if (data.principal.kind === 'device' && data.principal.device.kind === 'kiosk') {
        rooms.push(kioskRoom(data.siteId));
      }
      if (data.principal.kind === 'user') rooms.push(userRoom(data.principal.user.id));
      void socket.join(rooms);
      if (remote && !hubs.get(data.siteId)) {
        sendRemoteState(socket, data, remote, logger);
      } else {
        void queue.settledSnapshot(data.siteId).then((snapshot) => {
          socket.emit('queue:snapshot', snapshot);
          const hub = hubs.get(data.siteId);
          if (!hub || !data.counterId) return;
          socket.emit('counter:queue', counterQueue(hub, data.counterId, hub.now(), COUNTER_HEAD));
          // A rating tablet that (re)connects while a citizen may still rate gets the request again.
          const pending = pendingRating(hub, data.counterId);
          if (pending) socket.emit('rating:requested', pending);
        });
      }
    }
    registerCommands(socket, queue, logger, live, remote);
  });

  // In a cluster, followers of a counter may be connected to any node.
  const broadcaster = new Broadcaster(io, queue, { roomsElsewhere: remote !== undefined });
  hubs.subscribe(broadcaster);

  return {
    io,
    broadcaster,
    disconnectPrincipal(kind, id) {
      const room = io.in(kind === 'device' ? deviceRoom(id) : userRoom(id));
      room.emit('session:ended', { code: kind === 'device' ? 'device_revoked' : 'account_disabled' });
      room.disconnectSockets(true);
    },
    revalidateAll: () => live.revalidateAll(),
    close: stopSweep,
  };
}
