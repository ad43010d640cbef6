// A booking's own page (/b/<manageToken>): its code and QR, time, documents and status; change
// the time or cancel it. The token in the address is the only key: no account, no login.
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import { addDays, formatLocalDateTime, localDay } from '../../shared/i18n/time.js';
import type { BookingView } from '../../shared/protocol/appointment-views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { codeQr } from './booking-app.js';
import { type BookingKey, bookingError, bookingMessages } from './booking-i18n.js';
import { bookingStyles } from './booking-styles.js';
import './slot-picker.js';

@customElement('luot-booking-manage')
export class BookingManage extends LitElement {
  static override styles = bookingStyles;

  @property() token = '';
  @state() private view: BookingView | null = null;
  @state() private missing = false;
  @state() private changing = false;
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private done: string | null = null;

  private readonly i18n = new I18nController<BookingKey>(this, bookingMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    void api<BookingView>(`/api/appointments/${this.token}`)
      .then((v) => {
        this.view = v;
      })
      .catch(() => {
        this.missing = true;
      });
  }

  private async change(method: 'PATCH' | 'DELETE', body: unknown, doneKey: BookingKey): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.error = null;
    this.done = null;
    try {
      this.view = await api<BookingView>(`/api/appointments/${this.token}`, { method, body });
      this.changing = false;
      this.done = this.i18n.t(doneKey);
    } catch (e) {
      const err = e instanceof ApiRequestError ? e : null;
      this.error = bookingError(
        (k, p) => this.i18n.t(k, p),
        (c) => this.i18n.error(c),
        err?.code ?? 'network',
      );
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { i18n, view: v } = this;
    if (this.missing)
      return html`<p class="notice error" role="alert" data-testid="booking-missing">${i18n.t('book.notFound')}</p>`;
    if (!v) return html`<p class="muted">${i18n.t('common.loading')}</p>`;
    const locale = i18n.locale;
    const open = v.status === 'booked';
    return html`<h1>${i18n.t('book.title')}</h1>
      <section class="card">
        <p data-testid="booking-status" data-status=${v.status}><strong>${i18n.t(`book.status.${v.status}`)}</strong></p>
        <p>${i18n.t('book.code')}</p>
        <p class="code" data-testid="booking-code">${v.code}</p>
        ${open ? codeQr(v.code) : nothing}
        <p>${localized(v.procedureName, locale)}</p>
        <p data-testid="booking-when">${i18n.t('book.when')}: <strong>${formatLocalDateTime(v.start, v.timeZone)}</strong></p>
        ${v.name ? html`<p class="muted">${v.name} · ${v.phone ?? ''}</p>` : nothing}
      </section>
      ${this.done ? html`<p class="notice ok" role="status" data-testid="booking-done">${this.done}</p>` : nothing}
      ${this.error ? html`<p class="notice error" role="alert" data-testid="book-error">${this.error}</p>` : nothing}
      ${
        v.documents.length && open
          ? html`<h2>${i18n.t('book.documents')}</h2>
              <ul class="docs">${v.documents.map((d) => html`<li>${localized(d, locale)}</li>`)}</ul>`
          : nothing
      }
      ${open ? this.renderActions(v) : nothing}`;
  }

  private renderActions(v: BookingView) {
    const { i18n } = this;
    const today = localDay(Date.now(), v.timeZone);
    if (this.changing) {
      return html`<luot-slot-picker
          .siteId=${v.siteId}
          .procedureId=${v.procedureId}
          .today=${today}
          .lastDay=${addDays(today, 90)}
          .timeZone=${v.timeZone}
          .selected=${v.start}
          @slot-pick=${(e: CustomEvent<number>) => void this.change('PATCH', { start: e.detail }, 'book.moved')}
        ></luot-slot-picker>
        <button type="button" class="action" @click=${() => {
          this.changing = false;
        }}>${i18n.t('book.back')}</button>`;
    }
    return html`<button type="button" class="action" data-testid="booking-change" ?disabled=${this.busy} @click=${() => {
      this.changing = true;
    }}>${i18n.t('book.change')}</button>
      <button type="button" class="action" data-testid="booking-cancel" ?disabled=${this.busy} @click=${() => {
        if (confirm(i18n.t('book.cancelConfirm'))) void this.change('DELETE', undefined, 'book.cancelled');
      }}>${i18n.t('book.cancel')}</button>`;
  }
}
