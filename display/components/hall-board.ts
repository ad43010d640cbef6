// The hall board: the centre and the clock on top, the latest call big on the left with the
// previous calls under it, the counters and the people waiting on the right, the notice line at
// the foot. Portrait screens stack the same blocks. Between calls the figures slide may take the
// right column (the counters and the waiting summary); the current call and the history stay.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import type { PublicFigures } from '../../shared/protocol/report-views.js';
import type { HallBoard } from '../state/board-model.js';
import type { CounterListLabels } from './counter-list.js';
import type { CurrentCallLabels } from './current-call.js';
import { boardTheme } from './theme.js';
import './call-history.js';
import './counter-list.js';
import './current-call.js';
import './figures-slide.js';
import './notice-line.js';
import './site-clock.js';
import './waiting-summary.js';

export interface HallLabels {
  current: CurrentCallLabels;
  counters: CounterListLabels;
  history: string;
  historyEmpty: string;
  waiting: string;
  waitingTotal: string;
  /** "Khác" for the fields beyond the limit, summed. */
  waitingOthers: string;
  centre: string;
  ward: string;
  zone: string;
  notice: string;
  dateLine: (weekday: number, date: string) => string;
}

@customElement('luot-hall-board')
export class HallBoardElement extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: grid;
        height: 100vh;
        width: 100vw;
        overflow: hidden;
        background: var(--board-bg);
        grid-template-rows: 12vmin minmax(0, 1fr) auto;
        grid-template-areas: 'header' 'main' 'notice';
      }
      header {
        grid-area: header;
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: center;
        gap: 3vmin;
        padding: 0 3vmin;
        background: #071330;
        border-bottom: 0.4vmin solid var(--board-line);
      }
      .centre {
        min-width: 0;
      }
      .centre h1 {
        margin: 0;
        font-size: 4vmin;
        line-height: 1.2;
        text-transform: uppercase;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .centre .ward {
        font-size: 2.8vmin;
        color: var(--board-muted);
      }
      .zone {
        margin-left: 1.5vmin;
        padding: 0.2vmin 1.2vmin;
        border: 0.25vmin solid var(--board-muted);
        border-radius: 0.8vmin;
      }
      main {
        grid-area: main;
        display: grid;
        grid-template-columns: minmax(0, 1.05fr) minmax(0, 1fr);
        grid-template-rows: minmax(0, 1fr) 25vmin;
        grid-template-areas: 'current counters' 'history waiting';
        gap: 2.4vmin 3vmin;
        padding: 2.4vmin 3vmin;
        min-height: 0;
      }
      main > * {
        min-width: 0;
        min-height: 0;
      }
      luot-current-call {
        grid-area: current;
      }
      luot-counter-list {
        grid-area: counters;
      }
      luot-call-history {
        grid-area: history;
      }
      luot-waiting-summary {
        grid-area: waiting;
      }
      luot-figures-slide {
        grid-column: 2;
        grid-row: 1 / 3;
      }
      luot-notice-line {
        grid-area: notice;
      }
      :host([stale]) main {
        filter: grayscale(0.6);
      }
      @media (orientation: portrait) {
        :host {
          grid-template-rows: 12vmin minmax(0, 1fr) auto;
        }
        .centre h1 {
          font-size: 3.4vmin;
          white-space: normal;
          display: -webkit-box;
          -webkit-line-clamp: 2;
          -webkit-box-orient: vertical;
        }
        .centre .ward {
          font-size: 2.6vmin;
        }
        main {
          grid-template-columns: minmax(0, 1fr);
          grid-template-rows: 36vh minmax(0, 1fr) auto 24vmin;
          grid-template-areas: 'current' 'counters' 'history' 'waiting';
          gap: 2vmin;
          padding: 2vmin 3vw;
        }
        luot-figures-slide {
          grid-area: counters;
        }
      }
    `,
  ];

  @property({ attribute: false }) board: HallBoard | null = null;
  @property({ attribute: false }) labels: HallLabels | null = null;
  @property({ type: Boolean }) highlight = false;
  @property({ type: Boolean, reflect: true }) stale = false;
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  @property({ type: Number }) clockOffset = 0;
  /** The figures slide, when it is its turn (never while a call is highlighted). */
  @property({ attribute: false }) figures: PublicFigures | null = null;

  override render() {
    const board = this.board;
    const labels = this.labels;
    if (board === null || labels === null) return null;
    const landscape = window.innerWidth >= window.innerHeight;
    const columns = landscape && board.counters.length > 8 ? 2 : 1;
    return html`<header>
        <div class="centre">
          <h1 data-testid="centre-name">${labels.centre}</h1>
          <div class="ward">${labels.ward}${labels.zone ? html`<span class="zone">${labels.zone}</span>` : null}</div>
        </div>
        <luot-site-clock .timeZone=${this.timeZone} .offset=${this.clockOffset} .dateLine=${labels.dateLine}></luot-site-clock>
      </header>
      <main>
        <luot-current-call
          .call=${board.current}
          ?highlight=${this.highlight}
          ?stale=${this.stale}
          .labels=${labels.current}
        ></luot-current-call>
        ${
          this.figures
            ? html`<luot-figures-slide data-testid="figures-slide" .figures=${this.figures}></luot-figures-slide>`
            : html`<luot-counter-list
                .counters=${board.counters}
                .hotCounterId=${this.highlight && board.current ? board.current.counterId : null}
                .columns=${columns}
                .labels=${labels.counters}
              ></luot-counter-list>`
        }
        <luot-call-history
          .calls=${board.history}
          .heading=${labels.history}
          .empty=${labels.historyEmpty}
          .columns=${landscape ? 3 : 4}
        ></luot-call-history>
        ${
          this.figures && landscape
            ? null
            : html`<luot-waiting-summary
                .rows=${board.waiting}
                .limit=${landscape ? 8 : 6} .heading=${labels.waiting} .totalText=${labels.waitingTotal}
                .othersText=${labels.waitingOthers}
              ></luot-waiting-summary>`
        }
      </main>
      ${labels.notice ? html`<luot-notice-line .text=${labels.notice}></luot-notice-line>` : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-hall-board': HallBoardElement;
  }
}
