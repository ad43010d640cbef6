// Wire types of the report API (GET /api/sites/:siteId/reports/<name>). Durations are in
// milliseconds, percentages in 0..100 (null when there is nothing to divide by).
import type { FinishOutcome, LocalizedText } from '../domain/model.js';

export const REPORT_NAMES = [
  'summary',
  'procedures',
  'fields',
  'series',
  'counters',
  'officers',
  'days',
  'months',
  'load',
  'satisfaction',
  'officer-time',
  'on-time',
  'index',
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];

/** Reports that are one row per group with counts, times, service level and satisfaction. */
export const GROUPED_REPORTS = [
  'procedures',
  'fields',
  'series',
  'counters',
  'officers',
  'days',
  'months',
] as const;
export type GroupedReportName = (typeof GROUPED_REPORTS)[number];

export interface StatsView {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
}

export interface SatisfactionView {
  ratings: number;
  satisfied: number;
  /** satisfied / ratings × 100 */
  rate: number | null;
  /** ratings / served × 100 */
  coverage: number | null;
  /** Ratings per level ("1".."5"). */
  levels: Record<string, number>;
  /** Reasons given, by reason id. */
  reasons: Record<string, number>;
}

export interface GroupRowView {
  /** The group's id (procedure id, day …); null for tickets with none (never called). */
  key: string | null;
  label: LocalizedText;
  /** Mã TTHC of a procedure, code of a field. */
  code?: string;
  issued: number;
  served: number;
  noShow: number;
  cancelled: number;
  expired: number;
  open: number;
  wait: StatsView;
  service: StatsView;
  serviceLevel: { within: number; total: number; pct: number | null };
  satisfaction: SatisfactionView;
  /** Served tickets with a dossier code, and their share of the served (%). */
  dossiers: { count: number; pct: number | null };
  /** Served tickets per finish outcome the officer recorded (tickets without one are not counted). */
  outcomes: Record<FinishOutcome, number>;
}

export interface ReportBase {
  report: ReportName;
  siteId: string;
  siteName: LocalizedText;
  timeZone: string;
  from: string;
  to: string;
  filters: Record<string, string>;
  /** Days in the range with any journal. */
  days: number;
  generatedAt: number;
}

export interface GroupedReport extends ReportBase {
  group: string;
  total: GroupRowView;
  rows: GroupRowView[];
}

export interface SummaryReport extends ReportBase {
  total: GroupRowView;
  peak: { weekday: number; hour: number; count: number } | null;
}

export interface LoadReport extends ReportBase {
  /** cells[weekday - 1][hour]: tickets issued in that site-local hour of that weekday. */
  cells: number[][];
  /** Days with tickets per weekday (index weekday - 1). */
  daysPerWeekday: number[];
  byHour: number[];
  peakHours: { hour: number; count: number; perDay: number }[];
  peak: { weekday: number; hour: number; count: number } | null;
}

export interface SatisfactionReport extends ReportBase {
  group: string;
  total: GroupRowView;
  rows: GroupRowView[];
  scale: { level: number; label: LocalizedText; satisfied: boolean }[];
  reasons: { id: string; label: LocalizedText; count: number }[];
}

export interface OfficerTimeRow {
  officerId: string;
  label: LocalizedText;
  counters: string[];
  signedIn: number;
  serving: number;
  idle: number;
  pausedTotal: number;
  paused: Record<string, number>;
  /** Tickets this officer finished. */
  served: number;
  service: StatsView;
}

export interface OfficerTimeReport extends ReportBase {
  rows: OfficerTimeRow[];
  total: OfficerTimeRow;
  reasons: string[];
}

export interface OnTimeRow {
  code: string;
  procedureId: string | null;
  label: LocalizedText;
  month: string;
  total: number;
  /** Processed before the deadline (0 when the import had no such column). */
  early: number;
  onTime: number;
  late: number;
  /** (early + onTime) / (early + onTime + late) × 100 */
  pct: number | null;
  breach: boolean;
  /** Mean processing time in days, and the legal deadline in days, when imported. */
  meanDays: number | null;
  deadlineDays: number | null;
  /** The mean processing time exceeds the legal deadline. */
  overDeadline: boolean;
  ours: { issued: number; served: number; waitMean: number | null; serviceMean: number | null };
}

export interface OnTimeMonth {
  month: string;
  total: number;
  early: number;
  onTime: number;
  late: number;
  pct: number | null;
  breach: boolean;
}

/** One procedure over the whole range: the split and the mean processing time against its deadline. */
export interface OnTimeProcedure extends Omit<OnTimeMonth, 'month'> {
  code: string;
  procedureId: string | null;
  label: LocalizedText;
  /** Mean of the months' means weighted by their processed dossiers (months without one left out). */
  meanDays: number | null;
  /** The deadline of the latest month that gives one. */
  deadlineDays: number | null;
  overDeadline: boolean;
}

export interface OnTimeReport extends ReportBase {
  target: number;
  rows: OnTimeRow[];
  months: OnTimeMonth[];
  procedures: OnTimeProcedure[];
  total: OnTimeMonth;
  importedAt: number | null;
}

/** One month and field of the index export (QĐ 766): our queue figures beside the imported dossiers. */
export interface IndexRow {
  month: string;
  /** null: dossiers of a procedure code not in the catalogue. */
  fieldId: string | null;
  fieldCode: string;
  label: LocalizedText;
  issued: number;
  served: number;
  waitMean: number | null;
  waitMedian: number | null;
  /** Tickets first called within their series' target wait (%). */
  serviceLevelPct: number | null;
  /** Imported: processed dossiers (early + on time + late), the split, its rate and the weighted mean days. */
  dossiers: Omit<OnTimeMonth, 'month' | 'breach'> & { meanDays: number | null };
  ratings: number;
  satisfied: number;
  satisfactionPct: number | null;
  /** Ratings per served ticket (%). */
  coveragePct: number | null;
  /** Served tickets with a dossier code (mã hồ sơ). */
  dossierCodes: number;
}

export interface IndexReport extends ReportBase {
  rows: IndexRow[];
  /** The whole range, all fields. */
  total: Omit<IndexRow, 'month' | 'fieldId' | 'fieldCode' | 'label'>;
}

/** GET /api/sites/:siteId/public-figures: the wall display's figures slide. */
export interface PublicFigures {
  /** This month (site-local YYYY-MM), up to now. */
  month: string;
  served: number;
  /** Served tickets with a dossier code (mã hồ sơ) this month. */
  dossiersReceived: number;
  /** Mean wait (issue → first call) this month, ms. */
  waitMean: number | null;
  satisfactionPct: number | null;
  ratings: number;
  /** The latest imported month up to this one: dossiers processed and the early-or-on-time share. */
  onTime: { month: string; processed: number; pct: number | null } | null;
  at: number;
}

export interface ReportOptions {
  siteId: string;
  siteName: LocalizedText;
  /** The centre's ward and province, for the heading of the printed monthly report. */
  ward: LocalizedText;
  province: LocalizedText;
  timeZone: string;
  today: string;
  fields: { id: string; code: string; name: LocalizedText }[];
  procedures: { id: string; code: string; name: LocalizedText; fieldId: string }[];
  series: { id: string; name: LocalizedText; prefix: string; targetWaitMinutes: number }[];
  counters: { id: string; number: number; name: LocalizedText }[];
  officers: { id: string; name: string }[];
  priorities: { id: string; name: LocalizedText }[];
  pauseReasons: string[];
}

export interface DossierImportResult {
  imported: number;
  /** Rows that replaced an earlier import of the same procedure and month. */
  replaced: number;
  warnings: { line: number; message: string }[];
  errors: { line: number; message: string }[];
}
