// Transfer the current ticket to another series (any counter serving it) or to one counter. Each
// counter shows whether it is open, paused or closed and how many wait for it; a closed counter
// asks for a second press. The officer may place the ticket at the front or back of its new line
// and leave a note for the receiving officer.
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { CounterView, SeriesInfo, TicketView, WaitingCounts } from '../../shared/protocol/views.js';
import { CounterDialog } from './counter-dialog.js';

export type Placement = 'keep' | 'front' | 'back';
export type TransferEvent = CustomEvent<{
  toSeriesId?: string;
  toCounterId?: string;
  label: string;
  placement: Placement;
  note: string | null;
}>;

const PLACEMENTS: readonly Placement[] = ['keep', 'front', 'back'];

@customElement('luot-transfer-dialog')
export class TransferDialog extends CounterDialog {
  // The targets scroll; placement, note and the buttons stay in view on a 768-pixel screen.
  static override styles = [
    ...CounterDialog.styles,
    css`
      dialog {
        width: min(720px, 94vw);
      }
      form {
        gap: 12px;
        padding: 20px 24px;
      }
      .choices {
        max-height: 32vh;
      }
      .choice {
        min-height: 44px;
        padding: 4px 12px;
      }
    `,
  ];

  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) series: SeriesInfo[] = [];
  @property({ attribute: false }) counters: CounterView[] = [];
  @property() counterId = '';
  @property({ attribute: false }) waiting: WaitingCounts | null = null;

  @state() private target = '';
  @state() private error = '';
  @state() private placement: Placement = 'keep';
  @state() private note = '';
  /** The closed counter the officer was warned about (a second press confirms). */
  @state() private warned = '';

  protected override reset(): void {
    this.target = '';
    this.error = '';
    this.placement = 'keep';
    this.note = '';
    this.warned = '';
  }

  protected override initialFocus(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('input[type="radio"]');
  }

  private submit(event: SubmitEvent): void {
    event.preventDefault();
    const [kind, id] = this.target.split(':');
    if (!id) {
      this.error = this.t('transfer.choose');
      return;
    }
    const locale = this.i18n.locale;
    const extra = { placement: this.placement, note: this.note.trim() || null };
    if (kind === 's') {
      const s = this.series.find((x) => x.id === id);
      this.emit('transfer-ticket', { toSeriesId: id, label: s ? localized(s.name, locale) : id, ...extra });
    } else {
      const c = this.counters.find((x) => x.id === id);
      if (c?.closed && this.warned !== id) {
        this.warned = id;
        this.error = this.t('transfer.closedWarning', { n: c.number });
        return;
      }
      this.emit('transfer-ticket', {
        toCounterId: id,
        label: c ? this.t('common.counterN', { n: c.number }) : id,
        ...extra,
      });
    }
    this.close();
  }

  private choice(value: string, testId: string, label: unknown) {
    return html`<label class="choice">
      <input
        type="radio"
        name="target"
        value=${value}
        data-testid=${testId}
        .checked=${this.target === value}
        @change=${() => {
          this.target = value;
          this.error = '';
          this.warned = '';
        }}
      />
      <span>${label}</span>
    </label>`;
  }

  /** "Quầy 2 – Hộ tịch, Chứng thực"; the number is added when the name does not say it. */
  private counterLabel(c: CounterView) {
    const name = localized(c.name, this.i18n.locale);
    const numbered = this.t('common.counterN', { n: c.number });
    const waiting = c.seriesIds.reduce((sum, id) => sum + (this.waiting?.bySeries[id] ?? 0), 0);
    const state = c.closed ? 'closed' : c.paused ? 'paused' : 'open';
    return html`${name.startsWith(numbered) ? html`<strong>${name}</strong>` : html`<strong>${numbered}</strong> · ${name}`}
      <span class="counter-state ${state}" data-testid=${`transfer-state-${c.id}`} data-state=${state}>
        ${state === 'closed' ? '✕' : state === 'paused' ? '⏸' : '●'} ${this.t(`transfer.${state}`)}
        · ${this.t('transfer.waiting', { n: waiting })}
      </span>`;
  }

  private renderPlacementAndNote() {
    return html`<fieldset class="inline-group">
        <legend>${this.t('transfer.placement')}</legend>
        ${PLACEMENTS.map(
          (p) => html`<label class="inline">
            <input
              type="radio"
              name="placement"
              value=${p}
              data-testid=${`transfer-placement-${p}`}
              .checked=${this.placement === p}
              @change=${() => {
                this.placement = p;
              }}
            />
            ${this.t(`transfer.placement.${p}`)}
          </label>`,
        )}
      </fieldset>
      <label class="field">
        ${this.t('transfer.note')}
        <input
          type="text"
          maxlength="200"
          data-testid="transfer-note"
          .value=${this.note}
          @input=${(e: Event) => {
            this.note = (e.target as HTMLInputElement).value;
          }}
        />
      </label>`;
  }

  override render() {
    const locale = this.i18n.locale;
    const ticket = this.ticket;
    const otherSeries = this.series.filter((s) => s.id !== ticket?.seriesId);
    const otherCounters = this.counters.filter((c) => c.id !== this.counterId);
    return html`
      <dialog @close=${this.onClosed} data-testid="transfer-dialog" aria-labelledby="transfer-title">
        <form method="dialog" @submit=${this.submit}>
          <h2 id="transfer-title">${this.t('transfer.title', { number: ticket?.displayNumber ?? '' })}</h2>
          <div class="choices">
            <fieldset>
              <legend>${this.t('transfer.toSeries')}</legend>
              ${otherSeries.map((s) =>
                this.choice(
                  `s:${s.id}`,
                  `transfer-series-${s.id}`,
                  html`<strong>${s.prefix || '#'}</strong> · ${localized(s.name, locale)}`,
                ),
              )}
            </fieldset>
            <fieldset>
              <legend>${this.t('transfer.toCounter')}</legend>
              ${otherCounters.map((c) =>
                this.choice(`c:${c.id}`, `transfer-counter-${c.id}`, this.counterLabel(c)),
              )}
            </fieldset>
          </div>
          ${this.renderPlacementAndNote()}
          ${this.error ? html`<p class="error-text" role="alert" data-testid="transfer-error">${this.error}</p>` : nothing}
          <div class="buttons">
            <button class="btn quiet" type="button" @click=${() => this.close()}>${this.t('common.cancel')}</button>
            <button class="btn primary" type="submit" data-testid="transfer-confirm">
              ${this.t('transfer.confirm')}
            </button>
          </div>
        </form>
      </dialog>
    `;
  }
}
