// Which devices are connected now and when each was last seen (live sockets and API calls), for
// the console's device list. In memory: after a restart every device reconnects within seconds.
import type { Server, Socket } from 'socket.io';
import type { SocketData } from './socket-data.js';

export interface Presence {
  online: boolean;
  lastSeenAt: number | null;
}

export class DevicePresence {
  private readonly sockets = new Map<string, number>();
  private readonly lastSeen = new Map<string, number>();

  constructor(private readonly clock: () => number) {}

  /** Counts the device's sockets as they come and go. */
  watch(io: Server): void {
    io.on('connection', (socket: Socket) => {
      const data = socket.data as SocketData | undefined;
      if (data?.principal.kind !== 'device') return;
      const id = data.principal.device.id;
      this.sockets.set(id, (this.sockets.get(id) ?? 0) + 1);
      this.seen(id);
      socket.on('disconnect', () => {
        const left = (this.sockets.get(id) ?? 1) - 1;
        if (left > 0) this.sockets.set(id, left);
        else this.sockets.delete(id);
        this.seen(id);
      });
    });
  }

  seen(deviceId: string): void {
    this.lastSeen.set(deviceId, this.clock());
  }

  of(deviceId: string): Presence {
    const online = (this.sockets.get(deviceId) ?? 0) > 0;
    return { online, lastSeenAt: online ? this.clock() : (this.lastSeen.get(deviceId) ?? null) };
  }
}
