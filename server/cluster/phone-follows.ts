// Phone pages may be connected to any node, but only a site's writer computes its tickets' status
// (people ahead, called to which counter), and its broadcaster sends a ticket's status only while
// someone follows the ticket — a room it looks up among its own sockets. So every node tells the
// others which tickets its own phone pages follow (Socket.IO's server-side events, through the
// same postgres adapter), and each node stands a placeholder member in those ticket rooms for
// every other node: the writer then sees the room followed, sends the status to the room as for a
// phone of its own, and the adapter carries it to the node where the phone is. A placeholder is no
// socket, so nothing is delivered to it. Every node repeats its whole list every SYNC_MS; a node
// not heard of for EXPIRE_MS (killed) has its placeholders removed. Since every node keeps every
// other's list, the next writer of a site (failover, hand-over) has them already.
import type { Server } from 'socket.io';
import { z } from 'zod';
import { REMOTE_FOLLOWER_PREFIX, REMOTE_STATUSES, ticketRoom } from '../realtime/socket-data.js';

const PREFIX = ticketRoom('');
const SYNC_MS = 10_000;
const EXPIRE_MS = 35_000;

/** A writer's batch of statuses for the phones other nodes hold: [ticket id, status] pairs. */
const statuses = z
  .array(z.tuple([z.string().min(1).max(100), z.record(z.string(), z.unknown())]))
  .max(100_000);

const message = z.tuple([
  z.string().min(1).max(200),
  z.array(z.string().startsWith(PREFIX).max(100)).max(1_000_000),
]);

interface ServerSide {
  serverSideEmit(event: string, ...args: unknown[]): boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

export function shareFollows(io: Server, nodeId: string): () => void {
  const server = io as unknown as ServerSide;
  const adapter = io.of('/').adapter;
  /** Ticket rooms this node's own sockets are in, with how many of them. */
  const own = new Map<string, number>();
  /** Per other node: its placeholder id, the rooms it follows, when last heard of. */
  const others = new Map<string, { rooms: Set<string>; seen: number }>();
  const placeholder = (node: string) => `${REMOTE_FOLLOWER_PREFIX}${node}`;
  const ownSocket = (room: string, id: string) =>
    room.startsWith(PREFIX) && !id.startsWith(REMOTE_FOLLOWER_PREFIX);

  // Changes are told once per event-loop turn, all rooms in one message each way (one NOTIFY,
  // not one per phone: after a failover a node takes over thousands of phone pages at once). A
  // room followed and left within the turn is told in its last state only.
  const changed = new Map<string, 'follow' | 'unfollow'>();
  let telling = false;
  const tell = (room: string, change: 'follow' | 'unfollow') => {
    changed.set(room, change);
    if (telling) return;
    telling = true;
    setImmediate(() => {
      telling = false;
      const rooms = { follow: [] as string[], unfollow: [] as string[] };
      for (const [r, c] of changed) rooms[c].push(r);
      changed.clear();
      if (rooms.follow.length > 0) server.serverSideEmit('luot:follow', nodeId, rooms.follow);
      if (rooms.unfollow.length > 0) server.serverSideEmit('luot:unfollow', nodeId, rooms.unfollow);
    });
  };

  adapter.on('join-room', (room: string, id: string) => {
    if (!ownSocket(room, id)) return;
    const n = own.get(room) ?? 0;
    own.set(room, n + 1);
    if (n === 0) tell(room, 'follow');
  });
  adapter.on('leave-room', (room: string, id: string) => {
    if (!ownSocket(room, id)) return;
    const n = (own.get(room) ?? 1) - 1;
    if (n > 0) {
      own.set(room, n);
      return;
    }
    own.delete(room);
    tell(room, 'unfollow');
  });

  const receive =
    (kind: 'follow' | 'unfollow' | 'all') =>
    (...args: unknown[]) => {
      const parsed = message.safeParse(args.slice(0, 2));
      if (!parsed.success || parsed.data[0] === nodeId) return;
      const [node, rooms] = parsed.data;
      const known = others.get(node) ?? { rooms: new Set<string>(), seen: 0 };
      others.set(node, known);
      known.seen = Date.now();
      const id = placeholder(node);
      if (kind === 'all') {
        const next = new Set(rooms);
        for (const room of known.rooms) if (!next.has(room)) adapter.del(id, room);
        known.rooms = next;
        adapter.addAll(id, next);
      } else if (kind === 'follow') {
        for (const room of rooms) known.rooms.add(room);
        adapter.addAll(id, new Set(rooms));
      } else {
        for (const room of rooms) {
          known.rooms.delete(room);
          adapter.del(id, room);
        }
      }
    };
  // A writer's statuses for phones that follow from here: to this node's own sockets only.
  server.on(REMOTE_STATUSES, (...args: unknown[]) => {
    const parsed = statuses.safeParse(args[0]);
    if (!parsed.success) return;
    for (const [ticketId, status] of parsed.data)
      io.local.to(ticketRoom(ticketId)).emit('ticket:status', status);
  });
  server.on('luot:follow', receive('follow'));
  server.on('luot:unfollow', receive('unfollow'));
  server.on('luot:follows', receive('all'));
  // A node that starts asks the others for their lists at once.
  server.on('luot:follows?', () => server.serverSideEmit('luot:follows', nodeId, [...own.keys()]));
  server.serverSideEmit('luot:follows?');

  const timer = setInterval(() => {
    server.serverSideEmit('luot:follows', nodeId, [...own.keys()]);
    const now = Date.now();
    for (const [node, known] of others) {
      if (now - known.seen < EXPIRE_MS) continue;
      adapter.delAll(placeholder(node));
      others.delete(node);
    }
  }, SYNC_MS);
  timer.unref();
  return () => clearInterval(timer);
}
