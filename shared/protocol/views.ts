// What goes over the wire. Views never carry a ticket's status token or request id: those are
// given only to the one who took the ticket.
import type { Channel, Locale, LocalizedText, TicketStatus } from '../domain/model.js';
import type { DisplaySettings, KioskSettings, RatingSettings, VoiceSettings } from './config-schemas.js';

export interface TicketView {
  id: string;
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
  seq: number;
  at: number;
  ticket?: TicketView;
  counter?: CounterView;
  call?: CallView;
  waiting: WaitingCounts;
}

/** The waiting list of one counter, in the order its call-next would take them. */
export interface CounterQueue {
  counterId: string;
  seq: number;
  serverTime: number;
  tickets: TicketView[];
  /** Recent no-shows that may still be reactivated. */
  noShows: TicketView[];
}

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
  counterNumber: number | null;
  issuedAt: number;
  rating: { allowed: boolean; given: boolean; settings: RatingSettings | null };
  timeZone: string;
}

export interface CatalogueProcedure {
  id: string;
  code: string;
  name: LocalizedText;
  seriesId: string;
  processingTime?: { value: number; unit: string };
  fee?: LocalizedText;
  documents?: LocalizedText[];
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
