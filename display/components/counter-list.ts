// Every counter the board shows with the number it serves, "Tạm dừng – <lý do>" when paused,
// or a dash when idle. The counter of the highlighted call is coloured while it is highlighted.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import type { CounterView } from '../../shared/protocol/views.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { boardTheme } from './theme.js';

export interface CounterListLabels {
  counter: string;
  serving: string;
  calling: string;
  idle: string;
  /** A counter nobody is signed in to. */
  closed: string;
  paused: (counter: CounterView) => string;
}

@customElement('luot-counter-list')
export class CounterList extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        --rows: 6;
      }
      .head,
      .row {
        display: grid;
        grid-template-columns: 1fr 2.2fr;
        align-items: center;
        gap: 2vmin;
      }
      .head {
        font-size: 3vmin;
        padding: 0 2vmin 1vmin;
        border-bottom: 0.3vmin solid var(--board-line);
      }
      .list {
        flex: 1;
        min-height: 0;
        container-type: size;
        display: grid;
        grid-template-columns: repeat(var(--cols, 1), 1fr);
        grid-auto-rows: minmax(0, 1fr);
        grid-auto-flow: column;
        grid-template-rows: repeat(var(--rows), minmax(0, 1fr));
        column-gap: 2vmin;
      }
      .row {
        padding: 0 2vmin;
        border-bottom: 0.2vmin solid var(--board-line);
        font-size: min(7vmin, calc(100cqh / var(--rows) * 0.62));
        min-height: 0;
      }
      .row.hot {
        background: var(--board-highlight-bg);
        color: var(--board-highlight-text);
        border-radius: 1vmin;
      }
      .row.hot .serving,
      .row.hot .state {
        color: var(--board-highlight-text);
      }
      .counter {
        display: flex;
        align-items: center;
        gap: 1.5vmin;
      }
      .badge {
        min-width: 1.6em;
        text-align: center;
        background: var(--board-text);
        color: var(--board-bg);
        border-radius: 0.25em;
        padding: 0.08em 0.2em;
      }
      .row.hot .badge {
        background: var(--board-highlight-text);
        color: var(--board-highlight-bg);
      }
      .serving {
        display: flex;
        align-items: baseline;
        gap: 1.5vmin;
        color: var(--board-number);
        white-space: nowrap;
        overflow: hidden;
      }
      .state {
        font-size: 0.5em;
        font-weight: 500;
        color: var(--board-muted);
      }
      .paused {
        font-size: 0.62em;
        font-weight: 700;
        color: var(--board-paused);
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .idle {
        color: var(--board-muted);
      }
    `,
  ];

  @property({ attribute: false }) counters: CounterView[] = [];
  @property() hotCounterId: string | null = null;
  @property({ type: Number }) columns = 1;
  @property({ attribute: false }) labels: CounterListLabels = {
    counter: '',
    serving: '',
    calling: '',
    idle: '',
    closed: '',
    paused: () => '',
  };

  override willUpdate(): void {
    const rows = Math.max(4, Math.ceil(this.counters.length / this.columns));
    this.style.setProperty('--rows', String(rows));
    this.style.setProperty('--cols', String(this.columns));
  }

  override render() {
    const head = html`<div class="head label"><span>${this.labels.counter}</span><span>${this.labels.serving}</span></div>`;
    return html`${this.columns === 1 ? head : null}
      <div class="list">${repeat(
        this.counters,
        (c) => c.id,
        (c) => this.renderRow(c),
      )}</div>`;
  }

  private renderRow(c: CounterView) {
    const hot = c.id === this.hotCounterId;
    return html`<div class="row${hot ? ' hot' : ''}" data-testid="counter-${c.number}" data-state=${c.state}>
      <div class="counter"><span class="num badge">${c.number}</span></div>
      ${this.renderServing(c)}
    </div>`;
  }

  private renderServing(c: CounterView) {
    if (c.state === 'paused') return html`<div class="paused">${this.labels.paused(c)}</div>`;
    if (c.closed)
      return html`<div class="paused idle" data-testid="counter-${c.number}-closed">${this.labels.closed}</div>`;
    if (c.current === null) return html`<div class="serving num idle">${this.labels.idle}</div>`;
    return html`<div class="serving">
      <span class="num" data-testid="counter-${c.number}-number">${c.current.displayNumber}</span>
      ${c.state === 'calling' ? html`<span class="state">${this.labels.calling}</span>` : null}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-counter-list': CounterList;
  }
}
