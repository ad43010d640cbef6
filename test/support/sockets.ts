// Real socket.io clients for integration tests, with a helper to wait for an event.
import { io, type Socket } from 'socket.io-client';
import type { HandshakeAuth } from '../../shared/protocol/socket-events.js';

export type TestSocket = Socket;

export function connectSocket(
  url: string,
  auth: HandshakeAuth,
  opts: { reconnection?: boolean } = {},
): TestSocket {
  return io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: auth as Record<string, unknown>,
    reconnection: opts.reconnection ?? false,
    reconnectionDelay: 100,
    reconnectionDelayMax: 300,
    forceNew: true,
  });
}

export function waitFor<T = any>(
  socket: TestSocket,
  event: string,
  predicate: (payload: T) => boolean = () => true,
  timeoutMs = 5000,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, handler);
      reject(new Error(`timed out waiting for ${event}`));
    }, timeoutMs);
    const handler = (payload: T) => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(event, handler);
      resolve(payload);
    };
    socket.on(event, handler);
  });
}

export async function connected(socket: TestSocket): Promise<void> {
  if (socket.connected) return;
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => reject(err));
  });
}

export function ack<T = any>(
  socket: TestSocket,
  event: string,
  payload: unknown,
  timeoutMs = 5000,
): Promise<T> {
  return socket.timeout(timeoutMs).emitWithAck(event, payload) as Promise<T>;
}
