// Counter board mode (/display/?counter=3): the number served at one counter, as big as the panel
// allows, for a TV or LED panel above the counter.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CounterView } from '../../shared/protocol/views.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { boardTheme } from './theme.js';

export interface CounterBoardLabels {
  title: string;
  calling: string;
  serving: string;
  free: string;
  paused: string;
  notFound: string;
}

@customElement('luot-counter-board')
export class CounterBoard extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100vh;
        width: 100vw;
        overflow: hidden;
        background: var(--board-bg);
        text-align: center;
      }
      .title {
        font-size: min(14vh, 10vw);
        font-weight: 700;
        padding: 2vh;
        background: #071330;
        border-bottom: 0.5vh solid var(--board-line);
      }
      .body {
        flex: 1;
        display: flex;
        flex-direction: column;
        align-items: center;
        justify-content: center;
        gap: 2vh;
        min-height: 0;
      }
      .body.highlight {
        background: var(--board-highlight-bg);
        color: var(--board-highlight-text);
      }
      .body.highlight .number,
      .body.highlight .state {
        color: var(--board-highlight-text);
      }
      .body.stale {
        opacity: 0.55;
      }
      .number {
        color: var(--board-number);
        font-size: min(50vh, calc(90vw / var(--chars) / 0.62));
      }
      .state {
        font-size: min(8vh, 6vw);
        font-weight: 700;
        color: var(--board-muted);
      }
      .paused {
        font-size: min(11vh, 8vw);
        font-weight: 700;
        color: var(--board-paused);
        padding: 0 3vw;
      }
    `,
  ];

  @property({ attribute: false }) counter: CounterView | null = null;
  @property({ type: Boolean }) highlight = false;
  @property({ type: Boolean }) stale = false;
  @property({ attribute: false }) labels: CounterBoardLabels = {
    title: '',
    calling: '',
    serving: '',
    free: '',
    paused: '',
    notFound: '',
  };

  override render() {
    const c = this.counter;
    const classes = `body${this.highlight ? ' highlight' : ''}${this.stale ? ' stale' : ''}`;
    return html`<div class="title" data-testid="counter-board-title">${this.labels.title}</div>
      <div class=${classes} data-testid="counter-board" data-highlight=${this.highlight ? 'on' : 'off'}>
        ${c === null ? html`<div class="state">${this.labels.notFound}</div>` : this.renderCounter(c)}
      </div>`;
  }

  private renderCounter(c: CounterView) {
    if (c.state === 'paused')
      return html`<div class="paused" data-testid="current-call">${this.labels.paused}</div>`;
    if (c.current === null)
      return html`<div class="state" data-testid="current-call" data-number="">${this.labels.free}</div>`;
    const number = c.current.displayNumber;
    return html`<div class="num number" data-testid="current-call" data-number=${number} style="--chars:${Math.max(3, number.length)}">
        ${number}
      </div>
      <div class="state">${c.state === 'calling' ? this.labels.calling : this.labels.serving}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-counter-board': CounterBoard;
  }
}
