// Transfer the current ticket to another series (any counter serving it) or to one counter.
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { CounterView, SeriesInfo, TicketView } from '../../shared/protocol/views.js';
import { CounterDialog } from './counter-dialog.js';

export type TransferEvent = CustomEvent<{ toSeriesId?: string; toCounterId?: string; label: string }>;

@customElement('luot-transfer-dialog')
export class TransferDialog extends CounterDialog {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) series: SeriesInfo[] = [];
  @property({ attribute: false }) counters: CounterView[] = [];
  @property() counterId = '';

  @state() private target = '';
  @state() private error = '';

  protected override reset(): void {
    this.target = '';
    this.error = '';
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
    if (kind === 's') {
      const s = this.series.find((x) => x.id === id);
      this.emit('transfer-ticket', { toSeriesId: id, label: s ? localized(s.name, locale) : id });
    } else {
      const c = this.counters.find((x) => x.id === id);
      this.emit('transfer-ticket', {
        toCounterId: id,
        label: c ? this.t('common.counterN', { n: c.number }) : id,
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
        }}
      />
      <span>${label}</span>
    </label>`;
  }

  /** "Quầy 2 – Hộ tịch, Chứng thực"; the number is added when the name does not say it. */
  private counterLabel(c: CounterView) {
    const name = localized(c.name, this.i18n.locale);
    const numbered = this.t('common.counterN', { n: c.number });
    return name.startsWith(numbered)
      ? html`<strong>${name}</strong>`
      : html`<strong>${numbered}</strong> · ${name}`;
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
          ${this.error ? html`<p class="error-text" role="alert">${this.error}</p>` : nothing}
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
