// How many people wait, in total and per field ("Hộ tịch 12 · Đất đai 3 …").
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import type { WaitingRow } from '../state/board-model.js';
import { boardTheme } from './theme.js';

@customElement('luot-waiting-summary')
export class WaitingSummary extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: block;
        min-height: 0;
        overflow: hidden;
      }
      .top {
        display: flex;
        align-items: baseline;
        gap: 2vmin;
        margin-bottom: 1vmin;
      }
      .title {
        font-size: 3vmin;
      }
      .total {
        font-size: 3.4vmin;
        font-weight: 700;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(2, minmax(0, 1fr));
        gap: 0.8vmin 2vmin;
      }
      li {
        display: flex;
        align-items: baseline;
        justify-content: space-between;
        gap: 1vmin;
        font-size: 2.9vmin;
        border-bottom: 0.2vmin solid var(--board-line);
        padding: 0.2vmin 0.4vmin;
        min-width: 0;
      }
      .name {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .count {
        color: var(--board-number);
        font-size: 1.2em;
      }
    `,
  ];

  @property({ attribute: false }) rows: WaitingRow[] = [];
  @property() heading = '';
  @property() totalText = '';
  @property() othersText = '';
  /** Rows shown; the rest are summed into one "Khác" row. */
  @property({ type: Number }) limit = 8;

  override render() {
    const shown = this.rows.length > this.limit ? this.rows.slice(0, this.limit - 1) : this.rows;
    const rest = this.rows.slice(shown.length).reduce((sum, r) => sum + r.count, 0);
    return html`<div class="top"><span class="title label">${this.heading}</span>
        <span class="total" data-testid="waiting-total">${this.totalText}</span></div>
      <ul data-testid="waiting">
        ${repeat(
          shown,
          (r) => r.fieldId,
          (r) =>
            html`<li data-testid="waiting-${r.fieldId}"><span class="name">${r.name}</span><span class="num count">${r.count}</span></li>`,
        )}
        ${rest > 0 ? html`<li data-testid="waiting-others"><span class="name">${this.othersText}</span><span class="num count">${rest}</span></li>` : null}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-waiting-summary': WaitingSummary;
  }
}
