// Horizontal bars for comparing named groups (procedures, counters, officers): long Vietnamese
// names stay readable on the left, two measures per group side by side, each bar labelled with
// its value so nothing is said by colour or length alone.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';

export interface HBarSeries {
  label: string;
  color: string;
  values: (number | null)[];
}

@customElement('luot-hbar-chart')
export class HBarChart extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
      }
      .legend {
        display: flex;
        gap: 16px;
        margin-bottom: 8px;
        font-size: 0.9rem;
      }
      .swatch {
        display: inline-block;
        width: 14px;
        height: 14px;
        border-radius: 3px;
        vertical-align: -2px;
        margin-right: 6px;
      }
      .row {
        display: grid;
        grid-template-columns: minmax(160px, 38%) 1fr;
        gap: 12px;
        align-items: center;
        padding: 4px 0;
        border-bottom: 1px solid var(--luot-surface);
      }
      .name {
        font-size: 0.88rem;
        line-height: 1.25;
      }
      .bars {
        display: grid;
        gap: 3px;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 6px;
        font-size: 0.8rem;
        font-variant-numeric: tabular-nums;
      }
      .fill {
        height: 12px;
        border-radius: 2px;
        min-width: 2px;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
    `,
  ];

  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: HBarSeries[] = [];
  @property({ attribute: false }) format: (v: number | null) => string = (v) => String(v ?? '');

  override render() {
    const max = Math.max(1, ...this.series.flatMap((s) => s.values.map((v) => v ?? 0)));
    return html`<div class="legend">
        ${this.series.map((s) => html`<span><span class="swatch" style="background:${s.color}"></span>${s.label}</span>`)}
      </div>
      <div role="list">
        ${this.labels.map(
          (label, i) => html`<div class="row" role="listitem">
            <div class="name">${label}</div>
            <div class="bars">
              ${this.series.map((s) => {
                const v = s.values[i] ?? null;
                const width = v === null ? 0 : (v / max) * 85;
                return html`<div class="bar">
                  <span class="fill" style="width:${width}%;background:${s.color}"></span>
                  <span>${s.label}: ${this.format(v)}</span>
                </div>`;
              })}
            </div>
          </div>`,
        )}
      </div>`;
  }
}
