// The queue model: configuration a centre sets up, and the live state of one site-day.
// Pure data, no I/O. Times are epoch milliseconds (UTC); the site's zone turns them into local days.

export const LOCALES = ['vi', 'en', 'km'] as const;
export type Locale = (typeof LOCALES)[number];

/** Text in Vietnamese (required) with optional English and Khmer translations. */
export interface LocalizedText {
  vi: string;
  en?: string;
  km?: string;
}

/** "HH:MM" in the site's local time. */
export interface TimeWindow {
  start: string;
  end: string;
}

/** ISO weekday 1 = Monday … 7 = Sunday → opening windows of that day. */
export type OpeningHours = Partial<Record<'1' | '2' | '3' | '4' | '5' | '6' | '7', TimeWindow[]>>;

export interface Site {
  id: string;
  /** Centre name, e.g. "Trung tâm Phục vụ hành chính công phường 1". */
  name: LocalizedText;
  /** Ward or commune (phường/xã). No district level since 1 July 2025. */
  ward: LocalizedText;
  province: LocalizedText;
  /** Agency identifier such as 000.00.00.H59 (optional). */
  agencyCode?: string;
  timeZone: string;
  openingHours: OpeningHours;
  /** Local dates YYYY-MM-DD when the centre is closed. */
  holidays: string[];
  /** The name of each holiday date ("Tết Nguyên đán"), shown in the console. */
  holidayNames?: Record<string, string>;
  /** Message shown on the kiosk lock screen. */
  closedMessage?: LocalizedText;
}

export interface Field {
  id: string;
  code: string;
  name: LocalizedText;
  icon?: string;
  retired?: boolean;
}

export interface ProcessingTime {
  value: number;
  unit: 'working_days' | 'days' | 'hours' | 'same_day';
}

export interface Procedure {
  id: string;
  /** Mã TTHC, e.g. 1.001193.000.00.00.H59; checked leniently (warn, never reject). */
  code: string;
  name: LocalizedText;
  fieldId: string;
  seriesId: string;
  processingTime?: ProcessingTime;
  fee?: LocalizedText;
  documents?: LocalizedText[];
  /** Words citizens type for it ("công chứng", "độc thân"), any language; the kiosk search uses them. */
  keywords?: string[];
  retired?: boolean;
}

export interface Series {
  id: string;
  name: LocalizedText;
  /** Letter prefix ("A") or "" for a plain numeric block. */
  prefix: string;
  start: number;
  end: number;
  step: number;
  /** Digits of the number part, zero padded: 3 → A001. */
  padding: number;
  /** Most tickets a day; 0 = no cap. */
  dailyCap: number;
  /** At the end of the block: wrap to the start (skipping numbers still open) or refuse. */
  onExhausted: 'wrap' | 'refuse';
  /** Target wait in minutes (service level). */
  targetWaitMinutes: number;
}

export type OrderingPolicy = 'fifo' | 'strict' | 'interleave';

export interface CounterSeries {
  seriesId: string;
  /** > 1 makes this series' waiting time count for more when choosing whom to call. Default 1. */
  weight?: number;
}

export interface Counter {
  id: string;
  number: number;
  name: LocalizedText;
  zone: string;
  series: CounterSeries[];
  policy: OrderingPolicy;
  /** With policy interleave: N normal tickets, then one priority ticket. */
  interleaveRatio?: number;
  retired?: boolean;
}

export interface PriorityCategory {
  id: string;
  name: LocalizedText;
  /** Who qualifies and under which law, for officers and the console (citizens see the name only). */
  legalBasis?: LocalizedText;
  /** For the elderly category. */
  ageThreshold?: number;
  /** Kiosk tickets in this category are marked "to be confirmed at the counter". */
  requiresConfirmation: boolean;
}

export interface QueueRules {
  /** Most recalls of one call. */
  recallLimit: number;
  /** Calling a ticket also starts its service. */
  startOnCall: boolean;
  /** A no-show may be reactivated within this many minutes. */
  noShowReactivateMinutes: number;
  /** Where a transferred ticket goes in its new line. */
  transferPlacement: 'keep' | 'front' | 'back';
  /** No normal ticket waits longer than this behind priority tickets (minutes; 0 = off). */
  starvationGuardMinutes: number;
  /** How many recent services feed the estimate of service time. */
  etaSampleSize: number;
  /** Service time assumed before any service has been measured today (minutes). */
  defaultServiceMinutes: number;
  /** A no-show may be marked only after at least one recall (absent: false). */
  noShowAfterRecall?: boolean;
}

export const DEFAULT_RULES: QueueRules = {
  recallLimit: 3,
  startOnCall: false,
  noShowReactivateMinutes: 30,
  transferPlacement: 'keep',
  starvationGuardMinutes: 20,
  etaSampleSize: 20,
  defaultServiceMinutes: 6,
};

/** Everything the engine needs to know about one site. */
export interface SiteConfig {
  site: Site;
  fields: Field[];
  procedures: Procedure[];
  series: Series[];
  counters: Counter[];
  priorityCategories: PriorityCategory[];
  rules: QueueRules;
}

export const TICKET_STATUSES = [
  'waiting',
  'called',
  'serving',
  'done',
  'no_show',
  'cancelled',
  'expired',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const OPEN_STATUSES: readonly TicketStatus[] = ['waiting', 'called', 'serving'];

/** The visit kinds the kiosk home offers as tiles besides the fields (settings.kiosk.visits). */
export const VISIT_KINDS = ['result', 'supplement', 'inquiry'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** What came of a visit, recorded at finish and counted in the reports. */
export const FINISH_OUTCOMES = ['received', 'guided', 'returned', 'refused', 'other'] as const;
export type FinishOutcome = (typeof FINISH_OUTCOMES)[number];

export const CHANNELS = ['kiosk', 'staff', 'phone', 'appointment', 'remote'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Transfer {
  at: number;
  fromSeriesId: string;
  fromCounterId: string | null;
  toSeriesId: string;
  toCounterId: string | null;
  byOfficerId: string | null;
  /** A word for the receiving officer (absent when none). */
  note?: string;
}

export interface Rating {
  level: number;
  scale: number;
  reasons: string[];
  comment?: string;
  at: number;
  via: 'counter' | 'phone';
}

export interface Ticket {
  id: string;
  siteId: string;
  /** Site-local day YYYY-MM-DD the ticket belongs to. */
  day: string;
  seriesId: string;
  /** 1-based order of issue within the series and day: unique, never reused. */
  issueIndex: number;
  /** The number in the series block (1 for A001, 1001 for 1001). */
  number: number;
  displayNumber: string;
  procedureId: string;
  fieldId: string;
  priorityId: string | null;
  priorityToConfirm: boolean;
  channel: Channel;
  language: Locale;
  requestId: string | null;
  statusToken: string;
  status: TicketStatus;
  issuedAt: number;
  /** Sort key of its place in line (issue time unless moved by a transfer or placement rule). */
  queueKey: number;
  firstCalledAt: number | null;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  endedAt: number | null;
  counterId: string | null;
  officerId: string | null;
  /** Set by a transfer to a specific counter: only that counter may call it. */
  targetCounterId: string | null;
  recallCount: number;
  transfers: Transfer[];
  handledProcedureId: string | null;
  note: string | null;
  /** The mã hồ sơ recorded at finish, if any. */
  dossierCode?: string | null;
  /** What came of the visit, recorded at finish, if any. */
  outcome?: FinishOutcome | null;
  rating: Rating | null;
  /** Channel appointment: the booked time it was checked in for. */
  bookedAt?: number;
  /** Channel remote: true until the citizen confirms being in the hall. */
  awaitingArrival?: boolean;
  /** A visit with several procedures: all of them in order, and the one being handled now. */
  visit?: { procedureIds: string[]; step: number };
}

export interface CounterState {
  counterId: string;
  currentTicketId: string | null;
  officerId: string | null;
  paused: { reason: string; note: string | null; at: number } | null;
  /** Normal tickets called since the last priority ticket (interleave policy). */
  normalsSincePriority: number;
}

/** The live state of one site on one local day. Mutated only by applyEvent. */
export interface DayState {
  siteId: string;
  day: string;
  /** Number of events applied; every event carries the seq it produced. */
  seq: number;
  tickets: Map<string, Ticket>;
  /** Waiting tickets per pool ("s:<seriesId>" or "c:<counterId>"), kept sorted by (queueKey, issuedAt). */
  pools: Map<string, string[]>;
  /** How many of each pool's tickets are priority tickets (lets call-next stop scanning early). */
  priorityWaiting: Map<string, number>;
  /** Issue count per series today. */
  issued: Map<string, number>;
  /** Last number handed out per series today. */
  lastNumber: Map<string, number>;
  counters: Map<string, CounterState>;
  byRequestId: Map<string, string>;
  byStatusToken: Map<string, string>;
  /** Recent service durations (ms) per series, newest last, for estimates. */
  recentService: Map<string, number[]>;
  /** When day:closed was applied; a closed day issues nothing and closes only once. */
  closedAt: number | null;
}
