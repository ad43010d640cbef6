// Hồ sơ đúng hạn: imported on-time rates per month against the 98% target line, per procedure
// (early / on time / late, mean processing time against the legal deadline), and per procedure
// and month beside our own queue figures; breaches flagged in words, not colour only.
import { formatNumber } from '../../shared/i18n/number-format.js';
import { html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type {
  OnTimeMonth,
  OnTimeProcedure,
  OnTimeReport,
  OnTimeRow,
} from '../../shared/protocol/report-views.js';
import './dossier-import.js';
import { localDate } from './format.js';
import type { TableColumn } from './report-table.js';
import './report-table.js';
import { ReportView } from './report-view.js';
import './uplot-chart.js';

@customElement('luot-report-on-time')
export class OnTimeView extends ReportView<OnTimeReport> {
  @property() siteId = '';

  private verdict(x: { pct: number | null; breach: boolean }) {
    if (x.pct === null) return '';
    return x.breach
      ? html`<span class="badge-breach">⚠ ${this.i18n.t('rp.ontime.breach')}</span>`
      : html`<span class="badge-met">✓ ${this.i18n.t('rp.ontime.met')}</span>`;
  }

  private days = (d: number | null) =>
    d === null ? '–' : this.i18n.t('rp.ontime.daysValue', { days: this.decimal(d) });

  private decimal(d: number): string {
    return formatNumber(d, this.i18n.locale, 2);
  }

  private deadlineVerdict(x: {
    meanDays: number | null;
    deadlineDays: number | null;
    overDeadline: boolean;
  }) {
    if (x.meanDays === null || x.deadlineDays === null) return '';
    return x.overDeadline
      ? html`<span class="badge-breach">⚠ ${this.i18n.t('rp.ontime.over')}</span>`
      : html`<span class="badge-met">✓ ${this.i18n.t('rp.ontime.within')}</span>`;
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const t = (k: Parameters<typeof this.i18n.t>[0], p?: Record<string, string | number>) =>
      this.i18n.t(k, p);
    const target = t('rp.ontime.target', { target: r.target });
    const split = <T extends Omit<OnTimeMonth, 'month'>>(): TableColumn<T>[] => [
      { label: t('rp.ontime.total'), cell: (x) => this.count(x.total), numeric: true },
      { label: t('rp.ontime.early'), cell: (x) => this.count(x.early), numeric: true },
      { label: t('rp.ontime.onTime'), cell: (x) => this.count(x.onTime), numeric: true },
      { label: t('rp.ontime.late'), cell: (x) => this.count(x.late), numeric: true },
      { label: `${t('rp.ontime.pct')} (%)`, cell: (x) => this.pct(x.pct), numeric: true },
      { label: target, cell: (x) => this.verdict(x) },
    ];
    const monthColumns: TableColumn<OnTimeMonth>[] = [
      { label: t('rp.ontime.month'), cell: (x) => (x === r.total ? t('rp.total') : localDate(x.month)) },
      ...split<OnTimeMonth>(),
    ];
    const procedureColumns: TableColumn<OnTimeProcedure>[] = [
      { label: t('rp.code'), cell: (x) => x.code },
      { label: t('rp.procedure'), cell: (x) => this.text(x.label), wide: true },
      ...split<OnTimeProcedure>(),
      { label: t('rp.ontime.meanDays'), cell: (x) => this.days(x.meanDays), numeric: true },
      { label: t('rp.ontime.deadline'), cell: (x) => this.days(x.deadlineDays), numeric: true },
      { label: t('rp.ontime.vsDeadline'), cell: (x) => this.deadlineVerdict(x) },
    ];
    const rowColumns: TableColumn<OnTimeRow>[] = [
      { label: t('rp.code'), cell: (x) => x.code },
      { label: t('rp.procedure'), cell: (x) => this.text(x.label), wide: true },
      { label: t('rp.ontime.month'), cell: (x) => localDate(x.month) },
      ...split<OnTimeRow>(),
      { label: t('rp.ontime.meanDays'), cell: (x) => this.days(x.meanDays), numeric: true },
      {
        label: `${t('rp.ontime.ours')}: ${t('rp.issued')}`,
        cell: (x) => this.count(x.ours.issued),
        numeric: true,
      },
      {
        label: `${t('rp.waitMean')} ${t('rp.unitMinutes')}`,
        cell: (x) => this.min(x.ours.waitMean),
        numeric: true,
      },
      {
        label: `${t('rp.serviceMean')} ${t('rp.unitMinutes')}`,
        cell: (x) => this.min(x.ours.serviceMean),
        numeric: true,
      },
    ];
    const minPct = Math.min(r.target, ...r.months.map((m) => m.pct ?? 100));
    return html`
      <h2>${t('rp.ontime.chart')}</h2>
      ${
        r.months.length === 0
          ? html`<p class="muted" data-testid="reports-ontime-empty">${t('rp.ontime.empty')}</p>`
          : html`<luot-uplot-chart
                .xLabel=${t('rp.ontime.month')}
                data-testid="reports-ontime-chart"
                .labels=${r.months.map((m) => localDate(m.month))}
                .yMin=${Math.max(0, Math.floor(minPct / 5) * 5 - 5)}
                .yMax=${100}
                .series=${[{ label: t('rp.ontime.rate'), color: '#0b3d91', kind: 'bars', values: r.months.map((m) => m.pct) }]}
                .target=${{ value: r.target, label: target }}
                .format=${(v: number | null) => this.i18n.t('rp.percentUnit', { value: this.pct(v) })}
              ></luot-uplot-chart>
              <luot-report-table data-testid="reports-ontime-months" .columns=${monthColumns} .rows=${r.months} .total=${r.total}></luot-report-table>
              <h3>${t('rp.ontime.byProcedure')}</h3>
              <luot-report-table data-testid="reports-ontime-procedures" .columns=${procedureColumns} .rows=${r.procedures}></luot-report-table>
              <luot-report-table data-testid="reports-ontime-rows" .columns=${rowColumns} .rows=${r.rows}></luot-report-table>
              <p class="muted">${t('rp.ontime.source')}</p>`
      }
      <div class="no-print"><luot-dossier-import .siteId=${this.siteId}></luot-dossier-import></div>
    `;
  }
}
