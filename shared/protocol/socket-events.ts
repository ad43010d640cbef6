// The typed Socket.IO contract (path /socket.io). Commands are imperative (entity:verb), server
// events past tense. Every command is acknowledged {ok:true,data} or {ok:false,error}.
import type { z } from 'zod';
import type {
  callTicketBody,
  counterRateBody,
  finishBody,
  issueTicketBody,
  pauseBody,
  signInBody,
  transferBody,
} from './api-schemas.js';
import type { Result } from './errors.js';
import type {
  Catalogue,
  CounterQueue,
  CounterView,
  IssuedTicket,
  QueueDelta,
  QueueSnapshot,
  TicketStatusView,
  TicketView,
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
type CounterCmd<B = object> = B & { counterId: string };

export interface ClientToServerEvents {
  'queue:sync': (payload: object, ack: Ack<QueueSnapshot>) => void;
  'ticket:take': (payload: z.input<typeof issueTicketBody>, ack: Ack<IssuedTicket>) => void;
  'counter:call-next': (payload: CounterCmd, ack: Ack<{ ticket: TicketView | null }>) => void;
  'counter:call': (
    payload: CounterCmd<z.input<typeof callTicketBody>>,
    ack: Ack<{ ticket: TicketView }>,
  ) => void;
  'counter:recall': (payload: CounterCmd, ack: Ack<{ ticket: TicketView }>) => void;
  'counter:start': (payload: CounterCmd, ack: Ack<{ ticket: TicketView }>) => void;
  'counter:finish': (
    payload: CounterCmd<z.input<typeof finishBody>>,
    ack: Ack<{ ticket: TicketView }>,
  ) => void;
  'counter:no-show': (payload: CounterCmd, ack: Ack<{ ticket: TicketView }>) => void;
  'counter:transfer': (
    payload: CounterCmd<z.input<typeof transferBody>>,
    ack: Ack<{ ticket: TicketView }>,
  ) => void;
  'counter:pause': (
    payload: CounterCmd<z.input<typeof pauseBody>>,
    ack: Ack<{ counter: CounterView }>,
  ) => void;
  'counter:resume': (payload: CounterCmd, ack: Ack<{ counter: CounterView }>) => void;
  'counter:sign-in': (
    payload: CounterCmd<z.input<typeof signInBody>>,
    ack: Ack<{ counter: CounterView }>,
  ) => void;
  'counter:sign-out': (payload: CounterCmd, ack: Ack<{ counter: CounterView }>) => void;
  'counter:reactivate': (payload: CounterCmd<{ ticketId: string }>, ack: Ack<{ ticket: TicketView }>) => void;
  'counter:rate': (
    payload: CounterCmd<z.input<typeof counterRateBody>>,
    ack: Ack<{ ticketId: string }>,
  ) => void;
  'ticket:cancel': (payload: { ticketId: string }, ack: Ack<{ ticket: TicketView }>) => void;
}

export interface ServerToClientEvents {
  'queue:snapshot': (snapshot: QueueSnapshot) => void;
  'ticket:issued': (delta: QueueDelta) => void;
  /** Every call and every recall (delta.call.recall tells which). */
  'ticket:called': (delta: QueueDelta) => void;
  'ticket:started': (delta: QueueDelta) => void;
  'ticket:finished': (delta: QueueDelta) => void;
  'ticket:no-show': (delta: QueueDelta) => void;
  'ticket:reactivated': (delta: QueueDelta) => void;
  'ticket:transferred': (delta: QueueDelta) => void;
  'ticket:cancelled': (delta: QueueDelta) => void;
  'ticket:expired': (delta: QueueDelta) => void;
  'ticket:rated': (delta: QueueDelta) => void;
  'counter:paused': (delta: QueueDelta) => void;
  'counter:resumed': (delta: QueueDelta) => void;
  'counter:signed-in': (delta: QueueDelta) => void;
  'counter:signed-out': (delta: QueueDelta) => void;
  /** The day rolled over at local midnight: drop everything and take the snapshot that follows. */
  'queue:reset': (payload: { day: string; seq: number }) => void;
  /** The catalogue or settings changed (admin): kiosks refresh without a reload. */
  'catalogue:changed': (catalogue: Catalogue) => void;
  /** The waiting list of the counter this socket follows. */
  'counter:queue': (queue: CounterQueue) => void;
  /** A finished ticket to be rated on the counter's rating tablet. */
  'rating:requested': (payload: { counterId: string; ticket: TicketView; until: number }) => void;
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

export type DeltaEventName = Extract<
  keyof ServerToClientEvents,
  | 'ticket:issued'
  | 'ticket:called'
  | 'ticket:started'
  | 'ticket:finished'
  | 'ticket:no-show'
  | 'ticket:reactivated'
  | 'ticket:transferred'
  | 'ticket:cancelled'
  | 'ticket:expired'
  | 'ticket:rated'
  | 'counter:paused'
  | 'counter:resumed'
  | 'counter:signed-in'
  | 'counter:signed-out'
>;

export const DELTA_EVENT_NAMES: readonly DeltaEventName[] = [
  'ticket:issued',
  'ticket:called',
  'ticket:started',
  'ticket:finished',
  'ticket:no-show',
  'ticket:reactivated',
  'ticket:transferred',
  'ticket:cancelled',
  'ticket:expired',
  'ticket:rated',
  'counter:paused',
  'counter:resumed',
  'counter:signed-in',
  'counter:signed-out',
];
