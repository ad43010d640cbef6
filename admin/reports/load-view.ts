// Lượng phiếu theo giờ: the hour × weekday heatmap in site time and the peak hours.
import { formatNumber } from '../../shared/i18n/number-format.js';
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { LoadReport } from '../../shared/protocol/report-views.js';
import { pad2 } from './format.js';
import './heatmap.js';
import { ReportView } from './report-view.js';

@customElement('luot-report-load')
export class LoadView extends ReportView<LoadReport> {
  override render() {
    const r = this.report;
    if (!r) return nothing;
    const perDay = (n: number) => formatNumber(n, this.i18n.locale, 1);
    return html`
      <h2>${this.i18n.t('rp.load.title')}</h2>
      <luot-heatmap
        .cells=${r.cells}
        .weekdayLabels=${[1, 2, 3, 4, 5, 6, 7].map((w) => this.weekday(w))}
        .totalLabel=${this.i18n.t('rp.load.total')}
        .cornerLabel=${this.i18n.t('rp.load.weekday')}
        .format=${this.count}
      ></luot-heatmap>
      <p class="muted">${this.i18n.t('rp.load.legend')}</p>
      <h3>${this.i18n.t('rp.load.peakHours')}</h3>
      <ol data-testid="reports-peak-hours">
        ${r.peakHours.map(
          (h) =>
            html`<li>${this.i18n.t('rp.load.peakHour', {
              hour: pad2(h.hour),
              next: pad2(h.hour + 1),
              count: this.count(h.count),
              perDay: perDay(h.perDay),
            })}</li>`,
        )}
      </ol>
    `;
  }
}
