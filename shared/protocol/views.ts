// What goes over the wire. Views never carry a ticket's status token or request id: those are
// given only to the one who took the ticket.
import type { Channel, Locale, LocalizedText, TicketStatus } from '../domain/model.js';
import type { DisplaySettings, KioskSettings, RatingSettings, VoiceSettings } from './config-schemas.js';
import type { DeltaEventName } from './socket-events.js';

export interface TicketView {
  id: string;
  /** The mã hồ sơ recorded at finish, if any. */
  dossierCode?: string | null;
  displayNumber: string;
  prefix: string;
  number: number;
  seriesId: string;
  procedureId: string;
  fieldId: string;
  priorityId: string | null;
  priorityToConfirm: boolean;
  channel: Channel;
  language: Locale;
  status: TicketStatus;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  counterId: string | null;
  counterNumber: number | null;
  targetCounterId: string | null;
  recallCount: number;
  transferCount: number;
  /** The note of the last transfer, for the receiving officer. */
  transferNote?: string;
  /** A visit with several procedures: which one this is (1-based), of how many, and the next. */
  visit?: { step: number; total: number; nextProcedureId: string | null };
  /** Channel appointment: the booked time. */
  bookedAt?: number;
  /** Channel remote: the citizen has not yet confirmed being in the hall. */
  awaitingArrival?: boolean;
}

export type CounterActivity = 'idle' | 'calling' | 'serving' | 'paused';

export interface CounterView {
  id: string;
  number: number;
  name: LocalizedText;
  zone: string;
  seriesIds: string[];
  policy: 'fifo' | 'strict' | 'interleave';
  state: CounterActivity;
  paused: { reason: string; note: string | null; at: number } | null;
  officer: { id: string; fullName: string } | null;
  current: TicketView | null;
  /** Nobody is signed in and nothing is called or paused there: the counter reads as closed. */
  closed?: boolean;
}

/** A call or recall as the hall sees it. */
export interface CallView {
  seq: number;
  at: number;
  recall: boolean;
  ticketId: string;
  displayNumber: string;
  prefix: string;
  number: number;
  language: Locale;
  counterId: string;
  counterNumber: number;
}

export interface WaitingCounts {
  total: number;
  bySeries: Record<string, number>;
  byField: Record<string, number>;
  /** Issue time of the longest-waiting ticket per series. */
  oldestBySeries: Record<string, number>;
}

export interface SiteSummary {
  id: string;
  name: LocalizedText;
  ward: LocalizedText;
  province: LocalizedText;
  timeZone: string;
}

/** The full state a client starts from, on every connect and reconnect. */
export interface QueueSnapshot {
  seq: number;
  siteId: string;
  day: string;
  serverTime: number;
  site: SiteSummary;
  counters: CounterView[];
  recentCalls: CallView[];
  waiting: WaitingCounts;
  display: DisplaySettings;
  voice: VoiceSettings;
  /** Whether the kiosk may issue now, and if not why and when it opens. */
  issuing: IssuingState;
}

export interface IssuingState {
  open: boolean;
  reason: 'outside_opening_hours' | 'holiday' | null;
  nextOpening: number | null;
  message: LocalizedText | null;
}

/** A change after the snapshot; seq is the snapshot's seq + 1, + 2, … */
export interface QueueDelta {
  name: DeltaEventName;
  seq: number;
  at: number;
  ticketId?: string;
  counterId?: string;
  /** The counter as the command left it, on the command's last change that touched it. */
  counter?: CounterView;
  call?: CallView;
}

/** The waiting list of one counter, in the order its call-next would take them. */
export interface CounterQueue {
  counterId: string;
  seq: number;
  serverTime: number;
  /** The list in call order: all of it over REST and counter:queue-full, its head on counter:queue. */
  tickets: TicketView[];
  /** How many wait for this counter in all. */
  total: number;
  /** Recent no-shows that may still be reactivated. */
  noShows: TicketView[];
}

/** counter:queue: the head of the list; tickets and noShows only when they changed. */
export type CounterQueueUpdate = Omit<CounterQueue, 'tickets' | 'noShows'> &
  Partial<Pick<CounterQueue, 'tickets' | 'noShows'>>;

/** The public status of one ticket (phone page). */
export interface TicketStatusView {
  displayNumber: string;
  status: TicketStatus;
  siteId: string;
  siteName: LocalizedText;
  fieldName: LocalizedText;
  procedureName: LocalizedText;
  ahead: number;
  etaMinutes: number;
  /** Numbers being served now for the same line. */
  nowServing: string[];
  /** The line (series) the ticket waits in, which nowServing refers to. */
  line?: { name: LocalizedText; prefix: string };
  counterNumber: number | null;
  issuedAt: number;
  rating: { allowed: boolean; given: boolean; settings: RatingSettings | null };
  timeZone: string;
  /** Channel appointment: the booked time. */
  bookedAt?: number;
  /** Channel remote: whether arrival is still to be confirmed, and when to set off. */
  remote?: { awaitingArrival: boolean; notifyAhead: number };
  /** After service: the mã hồ sơ recorded at finish and its provincial lookup link. */
  dossier?: { code: string; url: string | null } | null;
  /** The centre sends messages (turn near, called) to a phone number the citizen gives. */
  messages?: boolean;
}

export interface CatalogueProcedure {
  id: string;
  code: string;
  name: LocalizedText;
  seriesId: string;
  processingTime?: { value: number; unit: string };
  fee?: LocalizedText;
  documents?: LocalizedText[];
  /** Words citizens type for it, for the kiosk search. */
  keywords?: string[];
  counterNumbers: number[];
}

export interface CatalogueField {
  id: string;
  code: string;
  name: LocalizedText;
  icon?: string;
  procedures: CatalogueProcedure[];
}

export interface Catalogue {
  siteId: string;
  fields: CatalogueField[];
  priorityCategories: {
    id: string;
    name: LocalizedText;
    legalBasis?: LocalizedText;
    requiresConfirmation: boolean;
    /** Age from which the category applies (the elderly): a scanned CCCD can confirm it. */
    ageThreshold?: number;
  }[];
  kiosk: KioskSettings;
}

export interface IssuedTicket {
  ticket: Pick<
    TicketView,
    'id' | 'displayNumber' | 'procedureId' | 'fieldId' | 'seriesId' | 'status' | 'issuedAt' | 'priorityId'
  > & { number: number };
  ahead: number;
  etaMinutes: number;
  statusToken: string;
  statusUrl: string;
  counterNumbers: number[];
  print: { status: 'printed' | 'queued' | 'failed' | 'skipped'; jobId: string | null; error?: string };
}

/** A ticket series as the counter terminal sees it (GET /api/sites/:siteId/series). */
export interface SeriesInfo {
  id: string;
  name: LocalizedText;
  prefix: string;
  targetWaitMinutes: number;
}

/** Today's figures of one officer, or of one counter for a counter device (GET …/officers/me/today). */
export interface OfficerToday {
  scope: 'officer' | 'counter';
  day: string;
  served: number;
  noShows: number;
  /** Mean start → finish of the served tickets (ms), null before the first. */
  avgServiceMs: number | null;
  /** Mean issue → first call of the tickets called (ms), null before the first. */
  avgWaitMs: number | null;
  ratings: number;
  /** Share of ratings at a satisfied level (0..1), null without ratings. */
  satisfaction: number | null;
}
