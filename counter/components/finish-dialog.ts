// Finish: the procedure actually handled when it differs from the ticket's, a note, and the mã hồ
// sơ (typed, or read by a USB scanner that types and ends with Enter: Enter then moves to the
// confirm button). An unusual code only earns a warning; odd characters block the confirm. The
// outcome (received, guided, returned, refused, other) is one tap; the reports count them.
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { checkDossierCode } from '../../shared/domain/dossier-code.js';
import { FINISH_OUTCOMES, type FinishOutcome } from '../../shared/domain/model.js';
import type { TicketView } from '../../shared/protocol/views.js';
import type { Lookups } from '../lookups.js';
import { CounterDialog } from './counter-dialog.js';

export type FinishEvent = CustomEvent<{
  handledProcedureId: string | null;
  note: string | null;
  dossierCode: string | null;
  outcome: FinishOutcome | null;
}>;

@customElement('luot-finish-dialog')
export class FinishDialog extends CounterDialog {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) lookups: Lookups | null = null;
  @property({ attribute: false }) preferredSeries: string[] = [];

  @state() private procedureId = '';
  @state() private note = '';
  @state() private dossierCode = '';
  @state() private outcome: FinishOutcome | null = null;

  protected override reset(): void {
    this.outcome = null;
    this.procedureId = '';
    this.note = '';
    this.dossierCode = '';
  }

  private get dossierCheck() {
    return this.dossierCode.trim() === '' ? null : checkDossierCode(this.dossierCode);
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const dossier = this.dossierCheck;
    if (dossier && !dossier.ok) return;
    const handled =
      this.procedureId && this.procedureId !== this.ticket?.procedureId ? this.procedureId : null;
    this.emit('finish-ticket', {
      handledProcedureId: handled,
      note: this.note.trim() || null,
      dossierCode: dossier?.code ?? null,
      outcome: this.outcome,
    });
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
          <fieldset class="inline-group">
            <legend>${this.t('finish.outcome')}</legend>
            ${FINISH_OUTCOMES.map(
              (o) => html`<label class="inline">
                <input
                  type="radio"
                  name="outcome"
                  value=${o}
                  data-testid=${`finish-outcome-${o}`}
                  .checked=${this.outcome === o}
                  @change=${() => {
                    this.outcome = o;
                  }}
                />
                ${this.t(`outcome.${o}`)}
              </label>`,
            )}
          </fieldset>
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
            ${this.t('finish.dossierCode')}
            <input
              type="text"
              data-testid="finish-dossier-code"
              autocomplete="off"
              spellcheck="false"
              maxlength="80"
              .value=${this.dossierCode}
              @input=${(e: Event) => {
                this.dossierCode = (e.target as HTMLInputElement).value;
              }}
              @keydown=${(e: KeyboardEvent) => {
                if (e.key !== 'Enter') return;
                e.preventDefault();
                this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="finish-confirm"]')?.focus();
              }}
            />
            ${this.dossierHint()}
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
            <button
              class="btn primary"
              type="submit"
              data-testid="finish-confirm"
              data-initial-focus
              ?disabled=${this.dossierCheck?.ok === false}
            >
              <kbd>Enter</kbd> ${this.t('finish.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    `;
  }

  private dossierHint() {
    const check = this.dossierCheck;
    if (!check) return null;
    if (!check.ok)
      return html`<span class="hint error" data-testid="finish-dossier-invalid">${this.t('finish.dossierInvalid')}</span>`;
    if (check.warning)
      return html`<span class="hint" data-testid="finish-dossier-unusual">${this.t('finish.dossierUnusual')}</span>`;
    return null;
  }
}
