// The site's time and date (site time zone, server clock), ticking on the minute by itself so
// the rest of the board does not re-render for the clock.
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { msToNextMinute, siteClock } from '../state/site-clock.js';
import { boardTheme } from './theme.js';

@customElement('luot-site-clock')
export class SiteClockElement extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: flex;
        flex-direction: column;
        align-items: flex-end;
        justify-content: center;
      }
      .time {
        font-size: 7vmin;
      }
      .date {
        font-size: 2.8vmin;
        color: var(--board-muted);
        white-space: nowrap;
      }
    `,
  ];

  @property() timeZone = 'Asia/Ho_Chi_Minh';
  /** Server clock − local clock, ms. */
  @property({ type: Number }) offset = 0;
  /** Formats the date line from the weekday number and dd/mm/yyyy. */
  @property({ attribute: false }) dateLine: (weekday: number, date: string) => string = (_w, d) => d;
  @state() private tick = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(
      () => {
        this.tick += 1;
        this.schedule();
      },
      msToNextMinute(Date.now() + this.offset) + 50,
    );
  }

  override render() {
    const clock = siteClock(Date.now() + this.offset, this.timeZone);
    return html`<div class="num time" data-testid="clock" data-tick=${this.tick}>${clock.time}</div>
      <div class="date" data-testid="date">${this.dateLine(clock.weekday, clock.date)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-site-clock': SiteClockElement;
  }
}
