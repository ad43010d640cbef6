// Recent no-shows of this counter that may still be put back in the queue.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { TicketView } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { type CounterText, counterMessages } from '../i18n.js';
import { controls } from './styles.js';

export type ReactivateEvent = CustomEvent<{ ticket: TicketView }>;

@customElement('luot-no-show-panel')
export class NoShowPanel extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 6px;
        max-height: 150px;
        overflow: auto;
      }
      li {
        display: flex;
        align-items: center;
        gap: 10px;
      }
      .number {
        font-weight: 700;
        font-size: 1.1rem;
        min-width: 3.5em;
      }
      .when {
        flex: 1;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @property({ attribute: false }) tickets: TicketView[] = [];
  @property() timeZone = 'Asia/Ho_Chi_Minh';

  private reactivate(ticket: TicketView): void {
    this.dispatchEvent(new CustomEvent('reactivate', { detail: { ticket }, bubbles: true, composed: true }));
  }

  override render() {
    return html`
      <section class="panel" data-testid="no-show-panel">
        <h2>${this.t('noShows.title')}</h2>
        ${
          this.tickets.length === 0
            ? html`<p class="muted" style="margin:0">${this.t('noShows.empty')}</p>`
            : html`<ul>
                ${this.tickets.map(
                  (t) => html`<li data-testid="no-show-${t.displayNumber}">
                    <span class="number">${t.displayNumber}</span>
                    <span class="when muted"
                      >${t.calledAt ? this.t('noShows.at', { time: formatLocalTime(t.calledAt, this.timeZone) }) : ''}</span
                    >
                    <button
                      class="btn small"
                      type="button"
                      data-testid="reactivate-${t.displayNumber}"
                      @click=${() => this.reactivate(t)}
                    >
                      ${this.t('action.reactivate')}
                    </button>
                  </li>`,
                )}
              </ul>`
        }
      </section>
    `;
  }
}
