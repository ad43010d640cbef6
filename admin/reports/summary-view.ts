// Tổng hợp: the headline figures as cards.
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { SummaryReport } from '../../shared/protocol/report-views.js';
import { pad2 } from './format.js';
import { ReportView } from './report-view.js';

@customElement('luot-report-summary')
export class SummaryView extends ReportView<SummaryReport> {
  static override styles = [
    ...ReportView.styles,
    css`
      .cards {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(220px, 1fr));
        gap: 12px;
      }
      .card {
        border: 1px solid var(--luot-border);
        border-radius: var(--luot-radius);
        padding: 14px 16px;
        background: var(--luot-bg);
        break-inside: avoid;
      }
      .label {
        color: var(--luot-text-muted);
        font-size: 0.9rem;
      }
      .value {
        font-size: 2rem;
        font-weight: 700;
        color: var(--luot-primary-strong);
        font-variant-numeric: tabular-nums;
        margin: 4px 0;
      }
      .unit {
        font-size: 1rem;
        font-weight: 600;
        margin-left: 4px;
      }
      .note {
        font-size: 0.85rem;
        color: var(--luot-text-muted);
      }
    `,
  ];

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const t = r.total;
    const card = (id: string, label: string, value: string, unit = '', note = '') =>
      html`<div class="card" data-testid="reports-card-${id}">
        <div class="label">${label}</div>
        <div class="value">${value}${unit ? html`<span class="unit">${unit}</span>` : nothing}</div>
        ${note ? html`<div class="note">${note}</div>` : nothing}
      </div>`;
    const m = this.i18n.t('rp.minutes');
    return html`<div class="cards">
      ${card(
        'issued',
        this.i18n.t('rp.card.issued'),
        this.count(t.issued),
        '',
        this.i18n.t('rp.card.outcomes', { noShow: t.noShow, cancelled: t.cancelled, expired: t.expired }),
      )}
      ${card('served', this.i18n.t('rp.card.served'), this.count(t.served))}
      ${card('wait', this.i18n.t('rp.card.wait'), this.min(t.wait.mean), m)}
      ${card('wait-p90', this.i18n.t('rp.card.waitP90'), this.min(t.wait.p90), m)}
      ${card('service', this.i18n.t('rp.card.service'), this.min(t.service.mean), m)}
      ${card('service-level', this.i18n.t('rp.card.serviceLevel'), this.pct(t.serviceLevel.pct), '%')}
      ${card(
        'satisfaction',
        this.i18n.t('rp.card.satisfaction'),
        this.pct(t.satisfaction.rate),
        '%',
        this.i18n.t('rp.card.coverage', { ratings: t.satisfaction.ratings, served: t.served }),
      )}
      ${
        r.peak
          ? card(
              'peak',
              this.i18n.t('rp.card.peak'),
              `${pad2(r.peak.hour)}:00`,
              '',
              this.i18n.t('rp.card.peakValue', {
                weekday: this.weekday(r.peak.weekday),
                hour: pad2(r.peak.hour),
                count: r.peak.count,
              }),
            )
          : nothing
      }
    </div>`;
  }
}
