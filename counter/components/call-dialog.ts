// Call a specific number: type it (A012, 12) or pick it from the first of the waiting list.
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TicketView } from '../../shared/protocol/views.js';
import { matchTyped } from '../keymap.js';
import { CounterDialog } from './counter-dialog.js';

const QUICK = 12;

@customElement('luot-call-dialog')
export class CallDialog extends CounterDialog {
  static override styles = [
    ...CounterDialog.styles,
    css`
      .quick {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .quick .btn {
        min-width: 88px;
        font-size: 1.1rem;
      }
      input {
        font-size: 1.6rem;
        letter-spacing: 0.05em;
      }
    `,
  ];

  @property({ attribute: false }) tickets: TicketView[] = [];

  @state() private typed = '';
  @state() private error = '';

  protected override reset(): void {
    this.typed = '';
    this.error = '';
  }

  protected override initialFocus(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('input');
  }

  private call(ticket: TicketView): void {
    this.emit('call-ticket', { ticket });
    this.close();
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const ticket = matchTyped(this.typed, this.tickets);
    if (!ticket) {
      this.error = this.t('call.notFound', { number: this.typed.trim() || '?' });
      return;
    }
    this.call(ticket);
  }

  override render() {
    return html`
      <dialog @close=${this.onClosed} data-testid="call-dialog" aria-labelledby="call-title">
        <form method="dialog" @submit=${this.submit}>
          <h2 id="call-title">${this.t('call.title')}</h2>
          <label class="field">
            ${this.t('call.number')}
            <input
              type="text"
              inputmode="text"
              autocomplete="off"
              maxlength="10"
              placeholder=${this.t('call.placeholder')}
              data-testid="call-input"
              .value=${this.typed}
              @input=${(e: Event) => {
                this.typed = (e.target as HTMLInputElement).value;
                this.error = '';
              }}
            />
          </label>
          ${this.error ? html`<p class="error-text" role="alert" data-testid="call-error">${this.error}</p>` : nothing}
          ${
            this.tickets.length > 0
              ? html`<div>
                  <p class="muted" style="margin:0 0 8px">${this.t('call.pick')}</p>
                  <div class="quick">
                    ${this.tickets.slice(0, QUICK).map(
                      (t) =>
                        html`<button class="btn" type="button" data-testid="quick-${t.displayNumber}" @click=${() => this.call(t)}>
                          ${t.displayNumber}
                        </button>`,
                    )}
                  </div>
                </div>`
              : nothing
          }
          <div class="buttons">
            <button class="btn quiet" type="button" @click=${() => this.close()}>${this.t('common.cancel')}</button>
            <button class="btn primary" type="submit" data-testid="call-confirm">${this.t('call.confirm')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}
