// The latest call, as big as the screen allows: "MỜI SỐ A012 ĐẾN QUẦY 3". While highlighted it
// is yellow and pulses; then it settles. When the board is out of date it says so.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CallView } from '../../shared/protocol/views.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { boardTheme } from './theme.js';

export interface CurrentCallLabels {
  nowCalling: string;
  toCounter: string;
  recall: string;
  noCall: string;
}

@customElement('luot-current-call')
export class CurrentCall extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: block;
        container-type: size;
      }
      .panel {
        height: 100%;
        border-radius: 2vmin;
        background: var(--board-panel);
        border: 0.4vmin solid var(--board-line);
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 1vmin;
        text-align: center;
        padding: 1vmin 2vmin;
        overflow: hidden;
      }
      .panel.highlight {
        background: var(--board-highlight-bg);
        border-color: #ffffff;
        color: var(--board-highlight-text);
        animation: pulse 1.2s ease-in-out infinite;
      }
      .panel.highlight .label,
      .panel.highlight .number,
      .panel.highlight .counter {
        color: var(--board-highlight-text);
      }
      .panel.stale {
        opacity: 0.55;
      }
      @keyframes pulse {
        0%,
        100% {
          transform: scale(1);
          box-shadow: 0 0 0 0 rgba(255, 213, 74, 0.7);
        }
        50% {
          transform: scale(1.025);
          box-shadow: 0 0 0 2.4vmin rgba(255, 213, 74, 0);
        }
      }
      .label {
        font-size: min(5.5vmin, 8cqh);
      }
      .number {
        color: var(--board-number);
        /* ≥ 15% of the screen height, never wider than the panel. */
        font-size: min(26vh, 52cqh, calc(84cqw / var(--chars) / 0.62));
        white-space: nowrap;
      }
      .counter {
        display: flex;
        align-items: baseline;
        gap: 2vmin;
        font-size: min(9vmin, 15cqh);
        font-weight: 700;
        white-space: nowrap;
      }
      .counter .num {
        font-size: 1.25em;
      }
      .recall {
        font-size: min(3.6vmin, 7cqh);
        font-weight: 700;
        border: 0.3vmin solid currentColor;
        border-radius: 1vmin;
        padding: 0.2vmin 1.2vmin;
      }
      .empty {
        font-size: 4.5vmin;
        color: var(--board-muted);
      }
    `,
  ];

  @property({ attribute: false }) call: CallView | null = null;
  @property({ type: Boolean }) highlight = false;
  @property({ type: Boolean }) stale = false;
  @property({ attribute: false }) labels: CurrentCallLabels = {
    nowCalling: '',
    toCounter: '',
    recall: '',
    noCall: '',
  };

  override render() {
    const call = this.call;
    const classes = `panel${this.highlight ? ' highlight' : ''}${this.stale ? ' stale' : ''}`;
    if (call === null) {
      return html`<div class=${classes} data-testid="current-call"><div class="empty">${this.labels.noCall}</div></div>`;
    }
    return html`<div
      class=${classes}
      data-testid="current-call"
      data-number=${call.displayNumber}
      data-counter=${call.counterNumber}
      data-highlight=${this.highlight ? 'on' : 'off'}
    >
      <div class="label">${this.labels.nowCalling}</div>
      <div class="num number" data-testid="current-number" style="--chars:${Math.max(3, call.displayNumber.length)}">
        ${call.displayNumber}
      </div>
      <div class="counter">
        <span>➜ ${this.labels.toCounter}</span>
        <span class="num" data-testid="current-counter">${call.counterNumber}</span>
        ${call.recall ? html`<span class="recall">${this.labels.recall}</span>` : null}
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-current-call': CurrentCall;
  }
}
