// Commands: what kiosks, counters and managers ask the engine to do (imperative names).
import type { Channel, FinishOutcome, Locale } from './model.js';

export interface IssueTicket {
  type: 'ticket:issue';
  procedureId: string;
  priorityId?: string | null;
  language?: Locale;
  channel?: Channel;
  requestId?: string | null;
  /** More procedures of the same visit, served one after the other on the same ticket. */
  moreProcedures?: string[];
  /** A check-in for a booked time: the ticket joins the line at bookedAt minus leadMinutes. */
  booking?: { bookedAt: number; leadMinutes: number };
}
/** A remote ticket's citizen is in the hall ("I am here"). */
export interface ConfirmArrival {
  type: 'ticket:confirm-arrival';
  ticketId: string;
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
  /** The mã hồ sơ of the dossier this visit produced (see dossier-code.ts). */
  dossierCode?: string | null;
  /** What came of the visit (see outcomes.ts); absent: not recorded. */
  outcome?: FinishOutcome | null;
}
export interface NoShow {
  type: 'counter:no-show';
  counterId: string;
}
/** The officer called the wrong number: the call is taken back, the ticket keeps its place. */
export interface WithdrawCall {
  type: 'counter:withdraw-call';
  counterId: string;
}
/** The citizen leaves the queue from the phone page (the holder of the ticket's status token). */
export interface GiveUp {
  type: 'ticket:give-up';
  ticketId: string;
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
  /** A word for the receiving officer. */
  note?: string | null;
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
  | WithdrawCall
  | GiveUp
  | Reactivate
  | TransferTicket
  | Cancel
  | Rate
  | Pause
  | Resume
  | SignIn
  | SignOut
  | ConfirmArrival;

export type QueueCommandType = QueueCommand['type'];
