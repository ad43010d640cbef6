// Hài lòng: the rate and coverage per month (a chart) or per counter, officer or procedure, the
// levels given and the reasons for dissatisfaction.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { GroupRowView, SatisfactionReport } from '../../shared/protocol/report-views.js';
import { localDate } from './format.js';
import './hbar-chart.js';
import type { TableColumn } from './report-table.js';
import './report-table.js';
import { ReportView } from './report-view.js';
import './uplot-chart.js';

@customElement('luot-report-satisfaction')
export class SatisfactionView extends ReportView<SatisfactionReport> {
  private label(r: GroupRowView, total: GroupRowView): string {
    if (r === total) return this.i18n.t('rp.total');
    if (r.key === null) return this.i18n.t('rp.notCalled');
    return this.report?.group === 'month' ? localDate(r.key) : this.text(r.label);
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const t = (k: Parameters<typeof this.i18n.t>[0]) => this.i18n.t(k);
    const rows = r.rows.filter((x) => x.key !== null || x.satisfaction.ratings > 0);
    const columns: TableColumn<GroupRowView>[] = [
      { label: t(`rp.by.${r.group}` as 'rp.by.month'), cell: (x) => this.label(x, r.total), wide: true },
      { label: t('rp.served'), cell: (x) => this.count(x.served), numeric: true },
      { label: t('rp.ratings'), cell: (x) => this.count(x.satisfaction.ratings), numeric: true },
      { label: t('rp.satisfied'), cell: (x) => this.count(x.satisfaction.satisfied), numeric: true },
      { label: `${t('rp.satisfactionRate')} (%)`, cell: (x) => this.pct(x.satisfaction.rate), numeric: true },
      { label: `${t('rp.coverage')} (%)`, cell: (x) => this.pct(x.satisfaction.coverage), numeric: true },
      ...r.scale.map((l) => ({
        label: this.text(l.label),
        cell: (x: GroupRowView) => this.count(x.satisfaction.levels[String(l.level)] ?? 0),
        numeric: true,
      })),
    ];
    const chartLabels = rows.map((x) => this.label(x, r.total));
    const rates = rows.map((x) => x.satisfaction.rate);
    return html`
      <h2>${t('rp.sat.chart')}</h2>
      ${
        r.group === 'month'
          ? html`<luot-uplot-chart
                .xLabel=${t('rp.by.month')}
              data-testid="reports-satisfaction-chart"
              .labels=${chartLabels}
              .yMin=${0}
              .yMax=${100}
              .series=${[
                { label: t('rp.satisfactionRate'), color: '#0f5132', kind: 'line', values: rates },
                {
                  label: t('rp.coverage'),
                  color: '#6b21a8',
                  kind: 'line',
                  values: rows.map((x) => x.satisfaction.coverage),
                },
              ]}
              .format=${(v: number | null) => this.i18n.t('rp.percentUnit', { value: this.pct(v) })}
            ></luot-uplot-chart>`
          : html`<luot-hbar-chart
              data-testid="reports-satisfaction-chart"
              .labels=${chartLabels.slice(0, 15)}
              .series=${[{ label: t('rp.satisfactionRate'), color: '#0f5132', values: rates.slice(0, 15) }]}
              .format=${(v: number | null) => this.i18n.t('rp.percentUnit', { value: this.pct(v) })}
            ></luot-hbar-chart>`
      }
      <luot-report-table .columns=${columns} .rows=${rows} .total=${r.total}></luot-report-table>
      <h3>${t('rp.sat.reasons')}</h3>
      ${
        r.reasons.some((x) => x.count > 0)
          ? html`<luot-report-table
              .columns=${[
                {
                  label: t('rp.sat.reasons'),
                  cell: (x: SatisfactionReport['reasons'][number]) => this.text(x.label),
                },
                {
                  label: t('rp.ratings'),
                  cell: (x: SatisfactionReport['reasons'][number]) => this.count(x.count),
                  numeric: true,
                },
              ]}
              .rows=${r.reasons.filter((x) => x.count > 0)}
            ></luot-report-table>`
          : html`<p class="muted">${t('rp.sat.noReasons')}</p>`
      }
    `;
  }
}
