// Thời gian chờ và phục vụ: per procedure, field, series, counter, officer, day or month —
// a chart (bars for named groups, lines over days and months) and the full table.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import { FINISH_OUTCOMES } from '../../shared/domain/model.js';
import type { GroupedReport, GroupRowView } from '../../shared/protocol/report-views.js';
import { localDate } from './format.js';
import './hbar-chart.js';
import type { TableColumn } from './report-table.js';
import './report-table.js';
import { ReportView } from './report-view.js';
import './uplot-chart.js';

const TOP = 15;
export const WAIT_COLOR = '#0b3d91';
export const SERVICE_COLOR = '#b45309';

@customElement('luot-report-times')
export class TimesView extends ReportView<GroupedReport> {
  private label(r: GroupRowView): string {
    if (r.key === null) return this.i18n.t('rp.notCalled');
    if (this.report?.group === 'day' || this.report?.group === 'month') return localDate(r.key);
    return this.text(r.label);
  }

  private columns(total: GroupRowView): TableColumn<GroupRowView>[] {
    const t = (k: Parameters<typeof this.i18n.t>[0]) => this.i18n.t(k);
    const u = ` ${t('rp.unitMinutes')}`;
    const group = this.report?.group ?? 'procedure';
    const withCode = group === 'procedure' || group === 'field';
    const cols: TableColumn<GroupRowView>[] = [
      ...(withCode ? [{ label: t('rp.code'), cell: (r: GroupRowView) => r.code ?? '' }] : []),
      {
        label: t(`rp.by.${group}` as 'rp.by.procedure'),
        cell: (r) => (r === total ? t('rp.total') : this.label(r)),
        wide: group !== 'day' && group !== 'month',
      },
      { label: t('rp.issued'), cell: (r) => this.count(r.issued), numeric: true },
      { label: t('rp.served'), cell: (r) => this.count(r.served), numeric: true },
      { label: t('rp.noShow'), cell: (r) => this.count(r.noShow), numeric: true },
      { label: t('rp.cancelled'), cell: (r) => this.count(r.cancelled), numeric: true },
      { label: t('rp.expired'), cell: (r) => this.count(r.expired), numeric: true },
      { label: t('rp.waitMean') + u, cell: (r) => this.min(r.wait.mean), numeric: true },
      { label: t('rp.waitMedian') + u, cell: (r) => this.min(r.wait.median), numeric: true },
      { label: t('rp.waitP90') + u, cell: (r) => this.min(r.wait.p90), numeric: true },
      { label: t('rp.waitMax') + u, cell: (r) => this.min(r.wait.max), numeric: true },
      { label: t('rp.serviceMean') + u, cell: (r) => this.min(r.service.mean), numeric: true },
      { label: t('rp.serviceMedian') + u, cell: (r) => this.min(r.service.median), numeric: true },
      { label: t('rp.serviceP90') + u, cell: (r) => this.min(r.service.p90), numeric: true },
      { label: t('rp.serviceMax') + u, cell: (r) => this.min(r.service.max), numeric: true },
      { label: `${t('rp.serviceLevel')} (%)`, cell: (r) => this.pct(r.serviceLevel.pct), numeric: true },
      { label: `${t('rp.satisfactionRate')} (%)`, cell: (r) => this.pct(r.satisfaction.rate), numeric: true },
      { label: t('rp.dossiers'), cell: (r) => this.count(r.dossiers.count), numeric: true },
      { label: `${t('rp.dossiersPct')} (%)`, cell: (r) => this.pct(r.dossiers.pct), numeric: true },
      ...FINISH_OUTCOMES.map((o) => ({
        label: t(`rp.outcome.${o}`),
        cell: (r: GroupRowView) => this.count(r.outcomes[o]),
        numeric: true,
      })),
    ];
    return cols;
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const overTime = r.group === 'day' || r.group === 'month';
    const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 6_000) / 10);
    const chartRows = overTime ? r.rows : r.rows.filter((x) => x.key !== null).slice(0, TOP);
    return html`
      <h2>${this.i18n.t('rp.chart.waitService')}</h2>
      ${
        overTime
          ? html`<luot-uplot-chart
                .xLabel=${this.i18n.t(this.report?.group === 'day' ? 'rp.by.day' : 'rp.by.month')}
              data-testid="reports-times-chart"
              .labels=${chartRows.map((x) => this.label(x))}
              .series=${[
                {
                  label: this.i18n.t('rp.chart.wait'),
                  color: WAIT_COLOR,
                  kind: 'line',
                  values: chartRows.map((x) => minutes(x.wait.mean)),
                },
                {
                  label: this.i18n.t('rp.chart.service'),
                  color: SERVICE_COLOR,
                  kind: 'line',
                  values: chartRows.map((x) => minutes(x.service.mean)),
                },
              ]}
              .format=${(v: number | null) => this.min(v === null ? null : v * 60_000)}
            ></luot-uplot-chart>`
          : html`<luot-hbar-chart
              data-testid="reports-times-chart"
              .labels=${chartRows.map((x) => (x.code ? `${this.label(x)} (${x.code})` : this.label(x)))}
              .series=${[
                {
                  label: this.i18n.t('rp.chart.wait'),
                  color: WAIT_COLOR,
                  values: chartRows.map((x) => x.wait.mean),
                },
                {
                  label: this.i18n.t('rp.chart.service'),
                  color: SERVICE_COLOR,
                  values: chartRows.map((x) => x.service.mean),
                },
              ]}
              .format=${(v: number | null) => this.i18n.t('rp.minutesUnit', { value: this.min(v) })}
            ></luot-hbar-chart>
            ${r.rows.length > TOP ? html`<p class="muted">${this.i18n.t('rp.chart.top', { n: TOP })}</p>` : nothing}`
      }
      <luot-report-table
        data-testid="reports-times-table"
        .columns=${this.columns(r.total)}
        .rows=${r.rows}
        .total=${r.total}
      ></luot-report-table>
    `;
  }
}
