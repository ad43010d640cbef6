// Thời gian cán bộ: signed-in time split into serving, idle and paused (by reason), per officer.
import { css, html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { OfficerTimeReport, OfficerTimeRow } from '../../shared/protocol/report-views.js';
import type { TableColumn } from './report-table.js';
import './report-table.js';
import { ReportView } from './report-view.js';

const PAUSE_REASONS = new Set(['meeting', 'lunch', 'support', 'other']);
const COLORS = { serving: '#0b3d91', idle: '#9ca3af', paused: '#b45309' };

@customElement('luot-report-officer-time')
export class OfficerTimeView extends ReportView<OfficerTimeReport> {
  static override styles = [
    ...ReportView.styles,
    css`
      .split {
        display: flex;
        height: 14px;
        min-width: 160px;
        border-radius: 3px;
        overflow: hidden;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      .legend span {
        margin-right: 16px;
      }
      .swatch {
        display: inline-block;
        width: 12px;
        height: 12px;
        margin-right: 4px;
        vertical-align: -1px;
      }
    `,
  ];

  private reason(id: string): string {
    return PAUSE_REASONS.has(id) ? this.i18n.t(`rp.pause.${id}` as 'rp.pause.other') : id;
  }

  override render() {
    const r = this.report;
    if (!r) return nothing;
    const t = (k: Parameters<typeof this.i18n.t>[0]) => this.i18n.t(k);
    const h = ` ${t('rp.unitHours')}`;
    const counterName = (id: string) =>
      this.text(this.options?.counters.find((c) => c.id === id)?.name) || id;
    const split = (x: OfficerTimeRow) => {
      const total = Math.max(1, x.signedIn);
      const part = (ms: number, color: string) =>
        html`<span style="width:${(ms / total) * 100}%;background:${color}"></span>`;
      return html`<span class="split" aria-hidden="true">${part(x.serving, COLORS.serving)}${part(x.idle, COLORS.idle)}${part(x.pausedTotal, COLORS.paused)}</span>`;
    };
    const columns: TableColumn<OfficerTimeRow>[] = [
      {
        label: t('rp.officer'),
        cell: (x) => (x === r.total ? t('rp.total') : this.text(x.label)),
        wide: true,
      },
      { label: t('rp.officer.counters'), cell: (x) => x.counters.map(counterName).join(', ') },
      { label: t('rp.officer.signedIn') + h, cell: (x) => this.hrs(x.signedIn), numeric: true },
      { label: t('rp.officer.serving') + h, cell: (x) => this.hrs(x.serving), numeric: true },
      { label: t('rp.officer.idle') + h, cell: (x) => this.hrs(x.idle), numeric: true },
      { label: t('rp.officer.paused') + h, cell: (x) => this.hrs(x.pausedTotal), numeric: true },
      ...r.reasons.map((reason) => ({
        label: `${t('rp.officer.paused')} – ${this.reason(reason)}${h}`,
        cell: (x: OfficerTimeRow) => this.hrs(x.paused[reason] ?? 0),
        numeric: true,
      })),
      { label: t('rp.served'), cell: (x) => this.count(x.served), numeric: true },
      {
        label: `${t('rp.serviceMean')} ${t('rp.unitMinutes')}`,
        cell: (x) => this.min(x.service.mean),
        numeric: true,
      },
      {
        label: `${t('rp.officer.busyShare')} (%)`,
        cell: (x) => html`${this.pct(x.signedIn === 0 ? null : (x.serving * 100) / x.signedIn)} ${split(x)}`,
        numeric: true,
      },
    ];
    return html`
      <h2>${t('rp.tab.officers')}</h2>
      <p class="legend">
        <span><span class="swatch" style="background:${COLORS.serving}"></span>${t('rp.officer.serving')}</span>
        <span><span class="swatch" style="background:${COLORS.idle}"></span>${t('rp.officer.idle')}</span>
        <span><span class="swatch" style="background:${COLORS.paused}"></span>${t('rp.officer.paused')}</span>
      </p>
      <luot-report-table data-testid="reports-officer-table" .columns=${columns} .rows=${r.rows} .total=${r.total}></luot-report-table>
      <p class="muted">${t('rp.officer.note')}</p>
    `;
  }
}
