// Finish: the procedure actually handled when it differs from the ticket's, and a note.
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TicketView } from '../../shared/protocol/views.js';
import type { Lookups } from '../lookups.js';
import { CounterDialog } from './counter-dialog.js';

export type FinishEvent = CustomEvent<{ handledProcedureId: string | null; note: string | null }>;

@customElement('luot-finish-dialog')
export class FinishDialog extends CounterDialog {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) lookups: Lookups | null = null;
  @property({ attribute: false }) preferredSeries: string[] = [];

  @state() private procedureId = '';
  @state() private note = '';

  protected override reset(): void {
    this.procedureId = '';
    this.note = '';
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const handled =
      this.procedureId && this.procedureId !== this.ticket?.procedureId ? this.procedureId : null;
    this.emit('finish-ticket', { handledProcedureId: handled, note: this.note.trim() || null });
    this.close();
  }

  override render() {
    const locale = this.i18n.locale;
    const ticket = this.ticket;
    const groups = this.lookups?.procedureGroups(locale, this.preferredSeries) ?? [];
    return html`
      <dialog @close=${this.onClosed} data-testid="finish-dialog" aria-labelledby="finish-title">
        <form method="dialog" @submit=${this.submit}>
          <h2 id="finish-title">${this.t('finish.title', { number: ticket?.displayNumber ?? '' })}</h2>
          <label class="field">
            ${this.t('finish.procedure')}
            <select
              data-testid="finish-procedure"
              .value=${this.procedureId}
              @change=${(e: Event) => {
                this.procedureId = (e.target as HTMLSelectElement).value;
              }}
            >
              <option value="">
                ${this.t('finish.same')}: ${ticket ? this.lookups?.procedureName(ticket.procedureId, locale) : ''}
              </option>
              ${groups.map(
                (g) => html`<optgroup label=${g.fieldName}>
                  ${g.procedures.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
                </optgroup>`,
              )}
            </select>
          </label>
          <label class="field">
            ${this.t('finish.note')}
            <textarea
              data-testid="finish-note"
              maxlength="500"
              .value=${this.note}
              @input=${(e: Event) => {
                this.note = (e.target as HTMLTextAreaElement).value;
              }}
            ></textarea>
          </label>
          <div class="buttons">
            <button class="btn quiet" type="button" data-testid="finish-cancel" @click=${() => this.close()}>
              ${this.t('common.cancel')}
            </button>
            <button class="btn primary" type="submit" data-testid="finish-confirm" data-initial-focus>
              <kbd>Enter</kbd> ${this.t('finish.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    `;
  }
}
