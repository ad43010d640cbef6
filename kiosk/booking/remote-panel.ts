// On the status page of a remote ticket: when to set off ("people ahead" at or below the site's
// threshold), and "I am here" — a ticket not confirmed when it is called counts as a no-show.
// On a booked ticket's page: its booked time. Fires "status" with the fresh status after a confirm.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { TicketStatusView } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type BookingKey, bookingMessages } from './booking-i18n.js';
import { bookingStyles } from './booking-styles.js';

@customElement('luot-remote-panel')
export class RemotePanel extends LitElement {
  static override styles = [
    bookingStyles,
    // The panel sits inside the status page's column: no padding of its own.
    css`
      :host {
        padding: 0;
      }
    `,
  ];

  @property({ attribute: false }) view: TicketStatusView | null = null;
  @property() token = '';
  @state() private busy = false;
  @state() private error: string | null = null;

  private readonly i18n = new I18nController<BookingKey>(this, bookingMessages);

  private async confirm(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const next = await api<TicketStatusView>(`/api/tickets/${this.token}/arrived`, { body: {} });
      this.dispatchEvent(new CustomEvent('status', { detail: next }));
    } catch (e) {
      this.error = this.i18n.error(e instanceof ApiRequestError ? e.code : 'network');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { i18n, view: v } = this;
    if (!v) return nothing;
    if (v.bookedAt !== undefined) {
      return html`<p class="muted" data-testid="status-booked">${i18n.t('remote.booked', { time: formatLocalTime(v.bookedAt, v.timeZone) })}</p>`;
    }
    if (!v.remote || v.status !== 'waiting') return nothing;
    if (!v.remote.awaitingArrival) {
      return html`<p class="notice ok" role="status" data-testid="remote-confirmed">${i18n.t('remote.confirmed')}</p>`;
    }
    const setOff = v.ahead <= v.remote.notifyAhead;
    return html`<p class=${setOff ? 'notice ok' : 'notice'} role="status" data-testid="remote-advice" data-set-off=${String(setOff)}>
        ${setOff ? i18n.t('remote.setOff', { n: v.ahead }) : i18n.t('remote.waitHome', { n: v.remote.notifyAhead })}
      </p>
      <p class="muted">${i18n.t('remote.confirmHelp')}</p>
      <button type="button" class="action primary" data-testid="remote-arrived" ?disabled=${this.busy} @click=${() => void this.confirm()}>
        ${i18n.t('remote.confirm')}
      </button>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}`;
  }
}
