// One ConnectionController per app: it owns the socket, its status and the queue snapshot.
// It reconnects forever with backoff, takes a full snapshot on every (re)connect, applies deltas
// in seq order and asks for a new snapshot on any gap. The snapshot is the source of truth.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { io, type Socket } from 'socket.io-client';
import type { Result } from '../protocol/errors.js';
import { applyDelta, applyWaiting } from '../protocol/snapshot-reducer.js';
import type {
  ClientToServerEvents,
  DeltaEventName,
  HandshakeAuth,
  ServerToClientEvents,
} from '../protocol/socket-events.js';
import type { QueueDelta, QueueSnapshot } from '../protocol/views.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'unauthorized';

export type LuotSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface ConnectionOptions {
  auth: () => HandshakeAuth;
  /** Called after a delta was applied to the snapshot (for animations, announcements…). */
  onDelta?: (name: DeltaEventName, delta: QueueDelta, snapshot: QueueSnapshot) => void;
  /** Called with every new snapshot (connect, reconnect, gap, day reset). */
  onSnapshot?: (snapshot: QueueSnapshot) => void;
  /** Extra listeners on the socket (counter queue, ticket status, rating…). */
  setup?: (socket: LuotSocket) => void;
  url?: string;
}

const AUTH_FAILURES = new Set([
  'unauthorized',
  'device_revoked',
  'token_expired',
  'account_disabled',
  'forbidden',
]);

export class ConnectionController implements ReactiveController {
  status: ConnectionStatus = 'connecting';
  snapshot: QueueSnapshot | null = null;
  lastError: string | null = null;
  socket: LuotSocket | null = null;
  /** Difference server clock − local clock (ms), from the last snapshot. */
  clockOffset = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ConnectionOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.socket) return;
    const socket: LuotSocket = io(this.options.url ?? location.origin, {
      path: '/socket.io',
      transports: ['websocket', 'polling'],
      reconnection: true,
      reconnectionAttempts: Number.POSITIVE_INFINITY,
      reconnectionDelay: 500,
      reconnectionDelayMax: 5000,
      randomizationFactor: 0.3,
      auth: (cb) => cb(this.options.auth() as Record<string, unknown>),
    });
    this.socket = socket;
    socket.on('connect', () => this.setStatus('online'));
    socket.on('disconnect', (reason) => {
      this.setStatus('offline');
      // The server closed this session on purpose (revoked device, restart): try again anyway;
      // the handshake says whether we are still welcome.
      if (reason === 'io server disconnect') setTimeout(() => socket.connect(), 2000);
    });
    socket.on('connect_error', (err: Error & { data?: { code?: string } }) => {
      const code = err.data?.code ?? err.message;
      this.lastError = code;
      if (AUTH_FAILURES.has(code)) {
        this.setStatus('unauthorized');
        // Keep trying slowly: a manager may re-enable the device without anyone touching it.
        setTimeout(() => socket.connect(), 15_000);
      } else {
        this.setStatus('offline');
      }
    });
    socket.on('queue:snapshot', (snapshot) => this.takeSnapshot(snapshot));
    socket.on('queue:reset', () => {
      this.snapshot = null;
      this.host.requestUpdate();
    });
    socket.on('queue:deltas', (deltas) => {
      for (const delta of deltas) if (!this.onDelta(delta)) break;
    });
    socket.on('queue:waiting', ({ seq, waiting }) => {
      if (this.snapshot && applyWaiting(this.snapshot, seq, waiting)) this.host.requestUpdate();
    });
    this.options.setup?.(socket);
  }

  hostDisconnected(): void {
    this.socket?.removeAllListeners();
    this.socket?.disconnect();
    this.socket = null;
  }

  /** Server time now, corrected for the local clock's drift. */
  now(): number {
    return Date.now() + this.clockOffset;
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.host.requestUpdate();
  }

  private takeSnapshot(snapshot: QueueSnapshot): void {
    this.snapshot = snapshot;
    this.clockOffset = snapshot.serverTime - Date.now();
    this.options.onSnapshot?.(snapshot);
    this.host.requestUpdate();
  }

  /** Applies one delta; false after a gap (a fresh snapshot is on its way). */
  private onDelta(delta: QueueDelta): boolean {
    if (!this.snapshot) return false;
    const outcome = applyDelta(this.snapshot, delta);
    if (outcome === 'gap') {
      void this.resync();
      return false;
    }
    if (outcome === 'applied') {
      this.options.onDelta?.(delta.name, delta, this.snapshot);
      this.host.requestUpdate();
    }
    return true;
  }

  /** Asks for a fresh snapshot (after a gap in seq). */
  async resync(): Promise<void> {
    const result = await this.command('queue:sync', {});
    if (result.ok) this.takeSnapshot(result.data as QueueSnapshot);
  }

  /** Sends a command and waits for its ack; a timeout or a lost connection is an error result. */
  async command<E extends keyof ClientToServerEvents>(
    event: E,
    payload: Parameters<ClientToServerEvents[E]>[0],
    timeoutMs = 8000,
  ): Promise<Result<unknown>> {
    const socket = this.socket;
    if (!socket?.connected) return { ok: false, error: { code: 'internal', message: 'offline' } };
    try {
      // Called on its socket: emitWithAck needs `this`.
      const timed = socket.timeout(timeoutMs) as unknown as {
        emitWithAck(e: string, p: unknown): Promise<Result<unknown>>;
      };
      return await timed.emitWithAck(event, payload);
    } catch {
      return { ok: false, error: { code: 'internal', message: 'timeout' } };
    }
  }
}
