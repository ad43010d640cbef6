// The previous calls, newest first: "A011 → 1". Together with the highlighted call nothing is
// lost when two counters call within a second.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CallView } from '../../shared/protocol/views.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { boardTheme } from './theme.js';

@customElement('luot-call-history')
export class CallHistory extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 1vmin;
        min-height: 0;
      }
      .title {
        font-size: 3vmin;
      }
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        grid-template-columns: repeat(var(--cols, 3), 1fr);
        gap: 1.2vmin;
      }
      li {
        display: flex;
        align-items: baseline;
        justify-content: center;
        gap: 1.2vmin;
        background: var(--board-panel);
        border: 0.2vmin solid var(--board-line);
        border-radius: 1.2vmin;
        padding: 0.8vmin 1.2vmin;
        font-size: 5vmin;
        white-space: nowrap;
      }
      .number {
        color: var(--board-number);
      }
      .arrow {
        font-size: 0.7em;
        color: var(--board-muted);
      }
      .empty {
        font-size: 3vmin;
        color: var(--board-muted);
      }
    `,
  ];

  @property({ attribute: false }) calls: CallView[] = [];
  @property() heading = '';
  @property() empty = '';
  @property({ type: Number }) columns = 3;

  override willUpdate(): void {
    this.style.setProperty('--cols', String(this.columns));
  }

  override render() {
    return html`<div class="title label">${this.heading}</div>
      <ol data-testid="history" aria-label=${this.heading}>
        ${repeat(
          this.calls,
          (c) => c.seq,
          (c) =>
            html`<li data-testid="history-item" data-number=${c.displayNumber} data-counter=${c.counterNumber}>
              <span class="num number">${c.displayNumber}</span><span class="arrow">➜</span
              ><span class="num">${c.counterNumber}</span>
            </li>`,
        )}
      </ol>
      ${this.calls.length === 0 ? html`<div class="empty">${this.empty}</div>` : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-call-history': CallHistory;
  }
}
