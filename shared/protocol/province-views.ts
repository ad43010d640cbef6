// What GET /api/province/overview answers: every centre the caller may see, hosted or feeding,
// ranked by who needs help now.

export interface CentreFigures {
  waiting: number;
  /** Minutes the longest-waiting citizen has waited (0 when none waits). */
  longestWaitMinutes: number;
  countersOpen: number;
  countersPaused: number;
  servedToday: number;
  /** Mean rating as a share of its scale (0–1), null without ratings. */
  satisfaction: number | null;
  ratings: number;
}

export interface ProvinceCentre {
  kind: 'hosted' | 'fed';
  centreId: string;
  siteId: string;
  name: string;
  day: string;
  figures: CentreFigures;
  /** Flagged for the province's attention (server/province/centre-figures.ts: needsHelpNow). */
  needsHelp: boolean;
}

export interface ProvinceOverview {
  generatedAt: number;
  centres: ProvinceCentre[];
}
