// Clients for the hub benchmark: sockets, HTTP issues, a pool of requests in flight, and
// displays that count who has seen a call (either protocol: queue:deltas, or the per-name
// ticket:called events of earlier versions, so one client measures before and after).
import { io, type Socket } from 'socket.io-client';

export function connect(url: string, auth: Record<string, unknown>): Promise<Socket> {
  const s = io(url, { transports: ['websocket'], auth, reconnection: false, forceNew: true });
  return new Promise((resolve, reject) => {
    s.once('connect', () => resolve(s));
    s.once('connect_error', reject);
  });
}

let requestNo = 0;

export async function issue(url: string, key: string): Promise<{ ms: number; token: string }> {
  const start = performance.now();
  const n = requestNo++;
  const post = () =>
    fetch(`${url}/api/sites/demo/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: JSON.stringify({
        procedureId: n % 2 ? 'p-khai-sinh' : 'p-ket-hon',
        requestId: `bench-${process.pid}-${n}`,
      }),
    });
  // A kept-alive connection the server closed meanwhile: once more (the request id makes it safe).
  const res = await post().catch(post);
  const body = (await res.json()) as { statusToken: string };
  if (res.status !== 201) throw new Error(`issue failed ${res.status} ${JSON.stringify(body)}`);
  return { ms: performance.now() - start, token: body.statusToken };
}

/** `count` calls of fn with `inFlight` always running; resolves with results and finish times. */
export async function pool<T>(
  count: number,
  inFlight: number,
  fn: () => Promise<T>,
): Promise<{ results: T[]; doneAt: number[] }> {
  const results: T[] = [];
  const doneAt: number[] = [];
  let started = 0;
  const worker = async () => {
    while (started < count) {
      started++;
      results.push(await fn());
      doneAt.push(performance.now());
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
  return { results, doneAt };
}

export async function inBatches<T>(count: number, size: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < count; i += size) {
    out.push(...(await Promise.all(Array.from({ length: Math.min(size, count - i) }, (_, j) => fn(i + j)))));
  }
  return out;
}

/** Displays that count, per ticket, how many of them have its call. */
export class CallWatch {
  private readonly seen = new Map<string, number>();
  private readonly waiters = new Map<string, () => void>();

  constructor(private displays: Socket[]) {
    for (const d of displays) this.follow(d);
  }

  /** Keeps only the first n displays in the count (the others are closed by the caller). */
  keep(n: number): Socket[] {
    const closed = this.displays.slice(n);
    this.displays = this.displays.slice(0, n);
    return closed;
  }

  private follow(d: Socket): void {
    d.on('queue:deltas', (deltas: { name: string; ticketId?: string }[]) => {
      for (const x of deltas) if (x.name === 'ticket:called' && x.ticketId) this.saw(x.ticketId);
    });
  }

  private saw(ticketId: string): void {
    const n = (this.seen.get(ticketId) ?? 0) + 1;
    this.seen.set(ticketId, n);
    if (n >= this.displays.length) this.waiters.get(ticketId)?.();
  }

  /** Resolves once every display has the call of this ticket. */
  all(ticketId: string): Promise<void> {
    if ((this.seen.get(ticketId) ?? 0) >= this.displays.length) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiters.set(ticketId, () => {
        this.waiters.delete(ticketId);
        this.seen.delete(ticketId);
        resolve();
      });
    });
  }
}

type Ack = { ok: boolean; data?: { ticket?: { id: string } | null }; error?: unknown };

export async function command(socket: Socket, event: string, payload: unknown): Promise<Ack> {
  return (await socket.timeout(10_000).emitWithAck(event, payload)) as Ack;
}
