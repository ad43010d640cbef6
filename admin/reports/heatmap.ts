// Tickets per site-local hour (columns) and weekday (rows): a grid whose cells darken with the
// count and always print the count itself.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { pad2 } from './format.js';

@customElement('luot-heatmap')
export class Heatmap extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
        overflow-x: auto;
      }
      table {
        border-collapse: separate;
        border-spacing: 3px;
        font-variant-numeric: tabular-nums;
      }
      th {
        font-size: 0.8rem;
        font-weight: 600;
        color: var(--luot-text-muted);
        padding: 2px 4px;
      }
      th[scope='row'] {
        text-align: left;
        color: var(--luot-text);
        white-space: nowrap;
      }
      td {
        min-width: 44px;
        height: 36px;
        text-align: center;
        border-radius: 4px;
        font-size: 0.85rem;
        print-color-adjust: exact;
        -webkit-print-color-adjust: exact;
      }
      td.total {
        font-weight: 700;
        background: var(--luot-surface);
      }
    `,
  ];

  /** cells[weekday - 1][hour] */
  @property({ attribute: false }) cells: number[][] = [];
  @property({ attribute: false }) weekdayLabels: string[] = [];
  @property() totalLabel = '';
  @property() cornerLabel = '';
  @property({ attribute: false }) format: (n: number) => string = String;

  override render() {
    const used = new Set<number>();
    for (const row of this.cells) {
      row.forEach((c, h) => {
        if (c > 0) used.add(h);
      });
    }
    const first = used.size > 0 ? Math.min(...used) : 7;
    const last = used.size > 0 ? Math.max(...used) : 17;
    const hours = Array.from({ length: last - first + 1 }, (_, i) => first + i);
    const max = Math.max(1, ...this.cells.flat());
    const cell = (n: number) => {
      const k = n / max;
      // Light cells (6–40% navy) carry dark digits, dark cells (88–100%) white ones: both ≥ 7:1.
      const mix = k <= 0.5 ? 6 + (k / 0.5) * 34 : 88 + ((k - 0.5) / 0.5) * 12;
      const bg = n === 0 ? '#f7f8fb' : `color-mix(in srgb, #0b3d91 ${Math.round(mix)}%, #eef3fb)`;
      const fg = k > 0.5 ? '#ffffff' : '#111827';
      return html`<td style="background:${bg};color:${fg}">${n === 0 ? '' : this.format(n)}</td>`;
    };
    return html`<table data-testid="reports-heatmap">
      <thead>
        <tr>
          <th scope="col">${this.cornerLabel}</th>
          ${hours.map((h) => html`<th scope="col">${pad2(h)}h</th>`)}
          <th scope="col">${this.totalLabel}</th>
        </tr>
      </thead>
      <tbody>
        ${this.cells.map(
          (row, w) => html`<tr>
            <th scope="row">${this.weekdayLabels[w] ?? ''}</th>
            ${hours.map((h) => cell(row[h] ?? 0))}
            <td class="total">${this.format(row.reduce((a, b) => a + b, 0))}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
