// Pause with a reason (họp, nghỉ trưa, hỗ trợ nghiệp vụ, other) and an optional note.
// Keys 1–4 (also on the keypad) pick the reason; Enter confirms.
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { PauseBody } from '../../shared/protocol/api-schemas.js';
import { pauseReasonKey } from '../i18n.js';
import { CounterDialog } from './counter-dialog.js';

export type PauseReason = PauseBody['reason'];
/** In the order of the keys 1–4 (a record, so a reason added to the schema is a type error here). */
const REASON_ORDER = { meeting: 1, lunch: 2, support: 3, other: 4 } satisfies Record<PauseReason, number>;
const PAUSE_REASONS = (Object.keys(REASON_ORDER) as PauseReason[]).sort(
  (a, b) => REASON_ORDER[a] - REASON_ORDER[b],
);
export type PauseEvent = CustomEvent<{ reason: PauseReason; note: string | null }>;

@customElement('luot-pause-dialog')
export class PauseDialog extends CounterDialog {
  @state() private reason: PauseReason = 'meeting';
  @state() private note = '';

  protected override reset(): void {
    this.reason = 'meeting';
    this.note = '';
  }

  protected override initialFocus(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('input[type="radio"]:checked');
  }

  private onKey(event: KeyboardEvent): void {
    if ((event.target as HTMLElement).tagName === 'TEXTAREA') return;
    const digit = /^(?:Digit|Numpad)([1-4])$/.exec(event.code)?.[1];
    if (digit) {
      event.preventDefault();
      this.reason = PAUSE_REASONS[Number(digit) - 1];
      return;
    }
    if (
      event.code === 'NumpadEnter' ||
      (event.code === 'Enter' && (event.target as HTMLElement).tagName === 'INPUT')
    ) {
      event.preventDefault();
      this.renderRoot.querySelector('form')?.requestSubmit();
    }
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    this.emit('pause-counter', { reason: this.reason, note: this.note.trim() || null });
    this.close();
  }

  override render() {
    return html`
      <dialog @close=${this.onClosed} @keydown=${this.onKey} data-testid="pause-dialog" aria-labelledby="pause-title">
        <form method="dialog" @submit=${this.submit}>
          <h2 id="pause-title">${this.t('pause.title')}</h2>
          <fieldset>
            <legend>${this.t('pause.reason')}</legend>
            ${PAUSE_REASONS.map(
              (r, i) => html`<label class="choice">
                <input
                  type="radio"
                  name="reason"
                  value=${r}
                  data-testid="pause-reason-${r}"
                  .checked=${this.reason === r}
                  @change=${() => {
                    this.reason = r;
                  }}
                />
                <kbd>${i + 1}</kbd>
                <span>${this.t(pauseReasonKey(r))}</span>
              </label>`,
            )}
          </fieldset>
          <p class="muted" style="margin:0">${this.t('pause.keysHint')}</p>
          <label class="field">
            ${this.t('pause.note')}
            <textarea
              data-testid="pause-note"
              maxlength="200"
              .value=${this.note}
              @input=${(e: Event) => {
                this.note = (e.target as HTMLTextAreaElement).value;
              }}
            ></textarea>
          </label>
          <div class="buttons">
            <button class="btn quiet" type="button" @click=${() => this.close()}>${this.t('common.cancel')}</button>
            <button class="btn primary" type="submit" data-testid="pause-confirm">${this.t('pause.confirm')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}
