// A flood of slow-header connections ("slowloris"): each opens, sends part of a request's
// headers and then one more header line every few seconds, never finishing. Addresses rotate
// over 127.0.0.<first>… so the flood comes from one client or from many.
import { connect, type Socket } from 'node:net';

export interface SlowFlood {
  /** Connections still open from the flooder's side. */
  open(): number;
  close(): void;
}

export async function slowFlood(
  base: string,
  opts: { count: number; addresses: number; firstAddress?: number; batch?: number },
): Promise<SlowFlood> {
  const url = new URL(base);
  const sockets = new Set<Socket>();
  const first = opts.firstAddress ?? 10;
  const batch = opts.batch ?? 200;
  const timer = setInterval(() => {
    for (const s of sockets) s.write(`X-Slow-${Math.floor(Math.random() * 1e6)}: a\r\n`);
  }, 2000);
  for (let done = 0; done < opts.count; done += batch) {
    const size = Math.min(batch, opts.count - done);
    await Promise.all(
      Array.from(
        { length: size },
        (_, i) =>
          new Promise<void>((resolve) => {
            const n = done + i;
            const socket = connect({
              host: url.hostname,
              port: Number(url.port),
              localAddress: `127.0.0.${first + (n % opts.addresses)}`,
            });
            socket.on('connect', () => {
              sockets.add(socket);
              socket.write(`GET /api/sites HTTP/1.1\r\nHost: ${url.host}\r\n`);
              resolve();
            });
            socket.on('error', () => resolve());
            socket.on('close', () => {
              sockets.delete(socket);
              resolve();
            });
          }),
      ),
    );
  }
  return {
    open: () => sockets.size,
    close() {
      clearInterval(timer);
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}
