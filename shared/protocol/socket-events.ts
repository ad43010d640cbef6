// The typed Socket.IO contract (path /socket.io). Commands are imperative (entity:verb), server
// events past tense. Every command is acknowledged {ok:true,data} or {ok:false,error}.
import type { Result } from './errors.js';
import type { QueueCommandName, QueueCommands } from './queue-commands.js';
import type {
  Catalogue,
  CounterQueueUpdate,
  QueueDelta,
  QueueSnapshot,
  TicketStatusView,
  TicketView,
  WaitingCounts,
} from './views.js';

/** socket.handshake.auth */
export interface HandshakeAuth {
  token?: string;
  key?: string;
  siteId?: string;
  /** Counter screens and rating tablets: the counter to follow. */
  counterId?: string;
  /** Phone status page: the ticket to follow (no login). */
  statusToken?: string;
}

type Ack<T> = (result: Result<T>) => void;

/** Every client command is a queue command (shared/protocol/queue-commands.ts). */
export type ClientToServerEvents = {
  [E in QueueCommandName]: (payload: QueueCommands[E]['payload'], ack: Ack<QueueCommands[E]['ack']>) => void;
};

export interface ServerToClientEvents {
  'queue:snapshot': (snapshot: QueueSnapshot) => void;
  /**
   * The changes one command made, in seq order, in one message (every socket of the site but
   * kiosks). Waiting counts are not in it: see queue:waiting.
   */
  'queue:deltas': (deltas: QueueDelta[]) => void;
  /** Waiting counts as of seq, coalesced (a few a second at most); kiosks get only these. */
  'queue:waiting': (payload: { seq: number; waiting: WaitingCounts }) => void;
  /** The day rolled over at local midnight: drop everything and take the snapshot that follows. */
  'queue:reset': (payload: { day: string; seq: number }) => void;
  /** The catalogue or settings changed (admin): kiosks refresh without a reload. */
  'catalogue:changed': (catalogue: Catalogue) => void;
  /**
   * The head of the waiting list of the counter this socket follows, after every change
   * (coalesced); tickets and noShows are left out when they did not change since the last one.
   */
  'counter:queue': (queue: CounterQueueUpdate) => void;
  /** A finished ticket to be rated on the counter's rating tablet. */
  'rating:requested': (payload: { counterId: string; ticket: TicketView; until: number }) => void;
  /** The socket's session or key no longer holds (logout, expiry, disabled, removed): it is cut. */
  'session:ended': (payload: { code: string }) => void;
  /** The phone page's ticket. */
  'ticket:status': (status: TicketStatusView) => void;
  /** A printer's state changed; deviceIds are the kiosks of the site that print on it. */
  'printer:status-changed': (payload: {
    printer: string;
    state: string;
    at: number;
    deviceIds?: string[];
  }) => void;
}

/** What a QueueDelta says happened (a recall is a ticket:called with call.recall). */
export type DeltaEventName =
  | 'ticket:issued'
  | 'ticket:called'
  | 'ticket:started'
  | 'ticket:finished'
  | 'ticket:no-show'
  | 'ticket:reactivated'
  | 'ticket:transferred'
  | 'ticket:cancelled'
  /** A call taken back: displays drop it, the ticket waits again. */
  | 'ticket:call-withdrawn'
  | 'ticket:expired'
  | 'ticket:rated'
  | 'counter:paused'
  | 'counter:resumed'
  | 'counter:signed-in'
  | 'counter:signed-out';
