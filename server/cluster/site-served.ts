// A site taken over (failover, hand-over, a node joining) is announced to every node at once, as
// a server-side event through the postgres adapter: sockets waiting on any node for the site's
// first state (a display reconnected during a failover) ask the new writer now, not at their next
// back-off step, and the nodes forget the "nobody writes it" they had cached.
import { z } from 'zod';

const EVENT = 'luot:site-served';
const SiteId = z.string().min(1).max(200);

interface ServerSide {
  serverSideEmit(event: string, ...args: unknown[]): boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
}

export class SiteServedSignal {
  private readonly waiters = new Map<string, Set<() => void>>();
  private server: ServerSide | null = null;

  /** Waits until the site is announced served, or `ms` at the most. */
  wait(siteId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiters.get(siteId) ?? new Set<() => void>();
      this.waiters.set(siteId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0 && this.waiters.get(siteId) === set) this.waiters.delete(siteId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }

  /** Hears the other nodes' announcements; `onServed` runs for each (and for this node's own). */
  listen(io: unknown, onServed: (siteId: string) => void): void {
    const server = io as ServerSide;
    this.server = server;
    this.onServed = onServed;
    server.on(EVENT, (...args: unknown[]) => {
      const parsed = SiteId.safeParse(args[0]);
      if (parsed.success) this.wake(parsed.data);
    });
  }

  /** This node now writes the site: tells every node, this one included. */
  announce(siteId: string): void {
    this.server?.serverSideEmit(EVENT, siteId);
    this.wake(siteId);
  }

  private onServed: (siteId: string) => void = () => undefined;

  private wake(siteId: string): void {
    this.onServed(siteId);
    for (const done of [...(this.waiters.get(siteId) ?? [])]) done();
  }
}
