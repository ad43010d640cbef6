// Reports of one server: validated queries in, report views (JSON) or export tables out.
// Authorization is the caller's job (the routes check 'reports:read' on the site).
import { join } from 'node:path';
import { PAUSE_REASONS } from '../../shared/protocol/api-schemas.js';
import {
  GROUPED_REPORTS,
  type GroupedReport,
  type GroupedReportName,
  type IndexReport,
  type LoadReport,
  type OfficerTimeReport,
  type OnTimeReport,
  type ReportName,
  type ReportOptions,
  type SatisfactionReport,
  type SummaryReport,
} from '../../shared/protocol/report-views.js';
import type { SiteHub } from '../hub/site-hub.js';
import { FileStore } from '../store/file-store.js';
import type { Store } from '../store/store.js';
import { contextOf, type ReportContext, today } from './context.js';
import { ReportDays } from './day-cache.js';
import { daySourceOf } from './day-source.js';
import type { DossierFigure } from './dossier-parse.js';
import { DossierStore } from './dossier-store.js';
import { indexReport } from './index-figures.js';
import { indexTable } from './index-table.js';
import { onTimeReport } from './on-time.js';
import { type ReportQuery, type ReportQueryInput, resolveQuery } from './query.js';
import {
  groupedReport,
  loadReport,
  officerTimeReport,
  satisfactionReport,
  summaryReport,
} from './reports.js';
import {
  groupedTable,
  loadTable,
  officerTimeTable,
  onTimeTable,
  type ReportTable,
  satisfactionTable,
  summaryTable,
} from './tables.js';

export type AnyReport =
  | SummaryReport
  | GroupedReport
  | LoadReport
  | SatisfactionReport
  | OfficerTimeReport
  | OnTimeReport
  | IndexReport;

const isGrouped = (name: ReportName): name is GroupedReportName =>
  (GROUPED_REPORTS as readonly string[]).includes(name);

export class ReportService {
  readonly days: ReportDays;
  readonly dossiers: DossierStore;

  constructor(private readonly store: Store) {
    this.days = new ReportDays(daySourceOf(store));
    this.dossiers = new DossierStore(store instanceof FileStore ? join(store.dataDir, 'reports-data') : null);
  }

  context(hub: SiteHub): ReportContext {
    return contextOf(hub, this.store.config.users, this.days);
  }

  /** The query with its defaults, or a message saying what is wrong with it. */
  query(ctx: ReportContext, input: ReportQueryInput): ReportQuery | string {
    return resolveQuery(input, today(ctx));
  }

  async run(ctx: ReportContext, name: ReportName, q: ReportQuery): Promise<AnyReport> {
    if (isGrouped(name)) return groupedReport(ctx, name, q);
    switch (name) {
      case 'summary':
        return summaryReport(ctx, q);
      case 'load':
        return loadReport(ctx, q);
      case 'satisfaction':
        return satisfactionReport(ctx, q);
      case 'officer-time':
        return officerTimeReport(ctx, q);
      case 'on-time':
        return onTimeReport(ctx, q, await this.dossiers.list(ctx.siteId));
      case 'index':
        return indexReport(ctx, q, await this.dossiers.list(ctx.siteId));
    }
    throw new Error(`unknown report ${name}`);
  }

  table(ctx: ReportContext, report: AnyReport): ReportTable {
    switch (report.report) {
      case 'summary':
        return summaryTable(ctx, report as SummaryReport);
      case 'load':
        return loadTable(ctx, report as LoadReport);
      case 'satisfaction':
        return satisfactionTable(ctx, report as SatisfactionReport);
      case 'officer-time':
        return officerTimeTable(ctx, report as OfficerTimeReport);
      case 'on-time':
        return onTimeTable(ctx, report as OnTimeReport);
      case 'index':
        return indexTable(ctx, report as IndexReport);
      default:
        return groupedTable(ctx, report as GroupedReport);
    }
  }

  options(ctx: ReportContext): ReportOptions {
    const { config } = ctx;
    return {
      siteId: ctx.siteId,
      siteName: config.site.name,
      ward: config.site.ward,
      province: config.site.province,
      timeZone: config.site.timeZone,
      today: today(ctx),
      fields: config.fields.map((f) => ({ id: f.id, code: f.code, name: f.name })),
      procedures: config.procedures.map((p) => ({
        id: p.id,
        code: p.code,
        name: p.name,
        fieldId: p.fieldId,
      })),
      series: config.series.map((s) => ({
        id: s.id,
        name: s.name,
        prefix: s.prefix,
        targetWaitMinutes: s.targetWaitMinutes,
      })),
      counters: config.counters.map((c) => ({ id: c.id, number: c.number, name: c.name })),
      officers: this.store.config.users
        .filter((u) => u.role !== 'admin' && u.siteIds.includes(ctx.siteId))
        .map((u) => ({ id: u.id, name: u.fullName || u.username }))
        .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
      priorities: config.priorityCategories.map((p) => ({ id: p.id, name: p.name })),
      pauseReasons: [...PAUSE_REASONS],
    };
  }

  importDossiers(siteId: string, figures: readonly DossierFigure[], now: number): Promise<number> {
    return this.dossiers.upsert(siteId, figures, now);
  }
}
