// Wire types of the reports over a set of centres (GET /api/centre-reports/<name>): one row per
// centre, or per field / procedure merged across the centres (matched by their code).
import type { LocalizedText } from '../domain/model.js';
import type { GroupRowView } from './report-views.js';

export const CENTRE_REPORTS = ['centres', 'fields', 'procedures'] as const;
export type CentreReportName = (typeof CENTRE_REPORTS)[number];

/** At most this many centres and this many days (inclusive) in one request. */
export const MAX_REPORT_CENTRES = 200;
export const MAX_REPORT_DAYS = 366;

export interface CentreSetRow extends GroupRowView {
  /** The centres whose tickets the row counts (one for a procedure only that centre has). */
  siteIds: string[];
}

export interface CentreSetReport {
  report: CentreReportName;
  from: string;
  to: string;
  /** The chosen centres, in the order asked, with the days of the range that had any journal. */
  centres: { siteId: string; name: LocalizedText; timeZone: string; days: number }[];
  rows: CentreSetRow[];
  total: GroupRowView;
  generatedAt: number;
}
