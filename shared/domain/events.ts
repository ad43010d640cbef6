// Events: facts the engine decided, named entity:verb in the past tense. The journal stores them,
// replaying them rebuilds a DayState exactly, and the hub broadcasts them with their seq.
import type { FinishOutcome, Rating, Ticket, Transfer } from './model.js';

interface Base {
  at: number;
  /** Assigned when applied: the DayState.seq this event produced. */
  seq?: number;
}

export interface TicketIssued extends Base {
  type: 'ticket:issued';
  ticket: Ticket;
}
export interface TicketCalled extends Base {
  type: 'ticket:called';
  ticketId: string;
  counterId: string;
  officerId: string | null;
  /** true when the counter picked it with call-next, false when a specific ticket was called. */
  next: boolean;
}
export interface TicketRecalled extends Base {
  type: 'ticket:recalled';
  ticketId: string;
  counterId: string;
}
export interface TicketStarted extends Base {
  type: 'ticket:started';
  ticketId: string;
  counterId: string;
}
export interface TicketFinished extends Base {
  type: 'ticket:finished';
  ticketId: string;
  counterId: string;
  handledProcedureId: string | null;
  note: string | null;
  /** The mã hồ sơ recorded at finish (absent in journals written before it existed). */
  dossierCode?: string | null;
  /** What came of the visit (absent when not recorded). */
  outcome?: FinishOutcome | null;
}
export interface TicketNoShow extends Base {
  type: 'ticket:no-show';
  ticketId: string;
  counterId: string;
}
export interface TicketReactivated extends Base {
  type: 'ticket:reactivated';
  ticketId: string;
  byOfficerId: string | null;
}
export interface TicketTransferred extends Base {
  type: 'ticket:transferred';
  ticketId: string;
  transfer: Transfer;
  queueKey: number;
}
export interface TicketCancelled extends Base {
  type: 'ticket:cancelled';
  ticketId: string;
  byUserId: string | null;
  /** true when the citizen gave up their place (phone page), absent otherwise. */
  byCitizen?: boolean;
}
/** A visit's procedure is done: the same ticket waits for the next procedure's line. */
export interface TicketVisitAdvanced extends Base {
  type: 'ticket:visit-advanced';
  ticketId: string;
  counterId: string;
  procedureId: string;
  fieldId: string;
  seriesId: string;
  handledProcedureId: string | null;
  note: string | null;
  outcome?: FinishOutcome | null;
}
/** A mistaken call taken back: the ticket waits again at its place, the counter is free. */
export interface TicketCallWithdrawn extends Base {
  type: 'ticket:call-withdrawn';
  ticketId: string;
  counterId: string;
}
export interface TicketExpired extends Base {
  type: 'ticket:expired';
  ticketId: string;
}
export interface TicketRated extends Base {
  type: 'ticket:rated';
  ticketId: string;
  rating: Rating;
}
export interface TicketArrivalConfirmed extends Base {
  type: 'ticket:arrival-confirmed';
  ticketId: string;
}
export interface CounterPaused extends Base {
  type: 'counter:paused';
  counterId: string;
  reason: string;
  note: string | null;
}
export interface CounterResumed extends Base {
  type: 'counter:resumed';
  counterId: string;
}
export interface CounterSignedIn extends Base {
  type: 'counter:signed-in';
  counterId: string;
  officerId: string;
}
export interface CounterSignedOut extends Base {
  type: 'counter:signed-out';
  counterId: string;
  officerId: string;
}
export interface DayClosed extends Base {
  type: 'day:closed';
  day: string;
}

export type TicketEvent =
  | TicketIssued
  | TicketCalled
  | TicketRecalled
  | TicketStarted
  | TicketFinished
  | TicketNoShow
  | TicketReactivated
  | TicketTransferred
  | TicketCancelled
  | TicketCallWithdrawn
  | TicketVisitAdvanced
  | TicketExpired
  | TicketRated
  | TicketArrivalConfirmed;

export type CounterEvent = CounterPaused | CounterResumed | CounterSignedIn | CounterSignedOut;

export type QueueEvent = TicketEvent | CounterEvent | DayClosed;
export type QueueEventType = QueueEvent['type'];

/** Every event type, once (checked against the union by the type below). */
export const QUEUE_EVENT_TYPES = [
  'ticket:issued',
  'ticket:called',
  'ticket:recalled',
  'ticket:started',
  'ticket:finished',
  'ticket:no-show',
  'ticket:reactivated',
  'ticket:transferred',
  'ticket:cancelled',
  'ticket:call-withdrawn',
  'ticket:visit-advanced',
  'ticket:expired',
  'ticket:rated',
  'ticket:arrival-confirmed',
  'counter:paused',
  'counter:resumed',
  'counter:signed-in',
  'counter:signed-out',
  'day:closed',
] as const satisfies readonly QueueEventType[];

type Missing = Exclude<QueueEventType, (typeof QUEUE_EVENT_TYPES)[number]>;
/** Fails to compile when an event type is added to the union but not to the list. */
export const EVENT_TYPES_COMPLETE: Missing extends never ? true : never = true;

/** The ticket an event is about, if any. */
export function eventTicketId(event: QueueEvent): string | null {
  if (event.type === 'ticket:issued') return event.ticket.id;
  if ('ticketId' in event) return event.ticketId;
  return null;
}
