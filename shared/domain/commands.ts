// Commands: what kiosks, counters and managers ask the engine to do (imperative names).
import type { Channel, Locale } from './model.js';

export interface IssueTicket {
  type: 'ticket:issue';
  procedureId: string;
  priorityId?: string | null;
  language?: Locale;
  channel?: Channel;
  requestId?: string | null;
}
export interface CallNext {
  type: 'counter:call-next';
  counterId: string;
  officerId?: string | null;
}
export interface CallTicket {
  type: 'counter:call';
  counterId: string;
  ticketId: string;
  officerId?: string | null;
}
export interface Recall {
  type: 'counter:recall';
  counterId: string;
}
export interface Start {
  type: 'counter:start';
  counterId: string;
}
export interface Finish {
  type: 'counter:finish';
  counterId: string;
  handledProcedureId?: string | null;
  note?: string | null;
}
export interface NoShow {
  type: 'counter:no-show';
  counterId: string;
}
export interface Reactivate {
  type: 'ticket:reactivate';
  ticketId: string;
  officerId?: string | null;
}
export interface TransferTicket {
  type: 'ticket:transfer';
  ticketId: string;
  toSeriesId?: string | null;
  toCounterId?: string | null;
  /** Overrides the site rule for this transfer. */
  placement?: 'keep' | 'front' | 'back';
  officerId?: string | null;
}
export interface Cancel {
  type: 'ticket:cancel';
  ticketId: string;
  userId?: string | null;
}
export interface Rate {
  type: 'ticket:rate';
  ticketId: string;
  level: number;
  scale: number;
  reasons?: string[];
  comment?: string | null;
  via: 'counter' | 'phone';
}
export interface Pause {
  type: 'counter:pause';
  counterId: string;
  reason: string;
  note?: string | null;
}
export interface Resume {
  type: 'counter:resume';
  counterId: string;
}
export interface SignIn {
  type: 'counter:sign-in';
  counterId: string;
  officerId: string;
  /** A manager taking over a counter someone else holds. */
  takeOver?: boolean;
}
export interface SignOut {
  type: 'counter:sign-out';
  counterId: string;
  officerId: string;
}

export type QueueCommand =
  | IssueTicket
  | CallNext
  | CallTicket
  | Recall
  | Start
  | Finish
  | NoShow
  | Reactivate
  | TransferTicket
  | Cancel
  | Rate
  | Pause
  | Resume
  | SignIn
  | SignOut;

export type QueueCommandType = QueueCommand['type'];
