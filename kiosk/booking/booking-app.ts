// The booking page for phones (/book, /book/<siteId>): field → procedure (with its documents) →
// day → free time → name and phone → booking code with its QR and a link to the booking's own
// page (/b/<manageToken>, see booking-manage.ts). Also takes a remote ticket where the site allows
// it, then goes to the ticket's status page.
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalDateTime, formatLocalTime } from '../../shared/i18n/time.js';
import type {
  BookableField,
  BookableProcedure,
  BookingCatalogue,
  BookingCreated,
} from '../../shared/protocol/appointment-views.js';
import type { IssuedTicket, SiteSummary } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController, initialLocale, setLocale } from '../../shared/ui/locale.js';
import { phoneHeader } from '../phone-page.js';
import { qrPath } from '../qr.js';
import { type BookingKey, bookingError, bookingMessages } from './booking-i18n.js';
import './booking-manage.js';
import { bookingStyles } from './booking-styles.js';
import './slot-picker.js';

export const BOOK_LANG_KEY = 'luot.book.lang';
const SITE = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

type Step = 'field' | 'procedure' | 'when' | 'person' | 'remote' | 'done';

function newRequestId(): string {
  return `b${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export function codeQr(code: string) {
  const qr = qrPath(code);
  return html`<svg class="qr" viewBox="0 0 ${qr.size} ${qr.size}" role="img" aria-label=${code} data-testid="booking-qr">
    <rect width="100%" height="100%" fill="#fff" />
    <path d=${qr.d} fill="#000" />
  </svg>`;
}

@customElement('luot-booking-app')
export class BookingApp extends LitElement {
  static override styles = bookingStyles;

  private readonly i18n = new I18nController<BookingKey>(this, bookingMessages);
  private readonly manageToken = (() => {
    const t = location.pathname.startsWith('/b/') ? decodeURIComponent(location.pathname.slice(3)) : '';
    return TOKEN.test(t) ? t : null;
  })();

  @state() private catalogue: BookingCatalogue | null = null;
  @state() private loadError = false;
  @state() private step: Step = 'field';
  @state() private field: BookableField | null = null;
  @state() private procedure: BookableProcedure | null = null;
  @state() private start: number | null = null;
  @state() private name = '';
  @state() private phone = '';
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private booked: BookingCreated | null = null;
  private requestId = newRequestId();

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(initialLocale(BOOK_LANG_KEY));
    if (!this.manageToken) void this.load();
  }

  override willUpdate(): void {
    this.lang = this.i18n.locale;
  }

  private async load(): Promise<void> {
    try {
      const fromPath = location.pathname.split('/')[2] ?? '';
      const siteId = SITE.test(fromPath) ? fromPath : (await api<SiteSummary[]>('/api/sites'))[0]?.id;
      if (!siteId) throw new Error('no site');
      this.catalogue = await api<BookingCatalogue>(
        `/api/sites/${encodeURIComponent(siteId)}/appointments/catalogue`,
      );
    } catch {
      this.loadError = true;
    }
  }

  private go(step: Step): void {
    this.step = step;
    this.error = null;
    window.scrollTo?.(0, 0);
  }

  private fail(e: unknown): void {
    const err = e instanceof ApiRequestError ? e : null;
    this.error = bookingError(
      (k, p) => this.i18n.t(k, p),
      (c) => this.i18n.error(c),
      err?.code ?? 'network',
      (err?.error as { details?: { reason?: string; opensAtLocal?: string } } | undefined)?.details,
    );
  }

  private async submitBooking(): Promise<void> {
    const { catalogue, procedure, start } = this;
    if (!catalogue || !procedure || start === null || this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      this.booked = await api<BookingCreated>(
        `/api/sites/${encodeURIComponent(catalogue.site.id)}/appointments`,
        {
          body: {
            procedureId: procedure.id,
            start,
            name: this.name.trim(),
            phone: this.phone.trim(),
            language: this.i18n.locale,
            requestId: this.requestId,
          },
        },
      );
      this.requestId = newRequestId();
      this.go('done');
    } catch (e) {
      if (e instanceof ApiRequestError && e.code !== 'network' && e.code !== 'timeout') {
        this.requestId = newRequestId();
      }
      this.fail(e);
    } finally {
      this.busy = false;
    }
  }

  private async submitRemote(): Promise<void> {
    const { catalogue, procedure } = this;
    if (!catalogue || !procedure || this.busy) return;
    this.busy = true;
    this.error = null;
    try {
      const issued = await api<IssuedTicket>(
        `/api/sites/${encodeURIComponent(catalogue.site.id)}/remote-tickets`,
        {
          body: {
            procedureId: procedure.id,
            phone: this.phone.trim(),
            language: this.i18n.locale,
            requestId: this.requestId,
          },
        },
      );
      location.assign(new URL(issued.statusUrl).pathname);
    } catch (e) {
      this.requestId = newRequestId();
      this.fail(e);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const { i18n, catalogue } = this;
    return html`${phoneHeader({
      siteName: catalogue ? localized(catalogue.site.name, i18n.locale) : i18n.t('app.name'),
      locale: i18n.locale,
      label: 'Ngôn ngữ / Language',
      languageName: (l) => i18n.t(`lang.${l}`),
      storageKey: BOOK_LANG_KEY,
    })}
      <main>
        ${
          this.manageToken
            ? html`<luot-booking-manage .token=${this.manageToken}></luot-booking-manage>`
            : this.renderBooking()
        }
      </main>`;
  }

  private renderBooking() {
    const { i18n, catalogue } = this;
    if (this.loadError) return html`<p class="notice error" role="alert">${i18n.error('network')}</p>`;
    if (!catalogue) return html`<p class="muted">${i18n.t('common.loading')}</p>`;
    if (!catalogue.enabled || catalogue.fields.length === 0) {
      return html`<h1>${i18n.t('book.title')}</h1><p class="notice" data-testid="book-closed">${i18n.t('book.closed')}</p>`;
    }
    return html`<h1>${this.step === 'remote' ? i18n.t('book.remoteTitle') : i18n.t('book.title')}</h1>
      ${this.step === 'field' ? html`<p class="muted">${i18n.t('book.intro')}</p>` : nothing}
      ${this.renderStep(catalogue)}
      ${this.error ? html`<p class="notice error" role="alert" data-testid="book-error">${this.error}</p>` : nothing}`;
  }

  private back(to: Step) {
    return html`<button type="button" class="action" data-testid="book-back" @click=${() => this.go(to)}>
      ${this.i18n.t('book.back')}
    </button>`;
  }

  private renderStep(catalogue: BookingCatalogue) {
    const { i18n } = this;
    const locale = i18n.locale;
    switch (this.step) {
      case 'field':
        return html`<h2>${i18n.t('book.step.field')}</h2>
          <ul class="choices">
            ${catalogue.fields.map(
              (f) => html`<li>
                <button type="button" class="choice" data-testid=${`book-field-${f.id}`} @click=${() => {
                  this.field = f;
                  this.go('procedure');
                }}>${localized(f.name, locale)}</button>
              </li>`,
            )}
          </ul>`;
      case 'procedure':
        return html`<h2>${i18n.t('book.step.procedure')}</h2>
          <ul class="choices">
            ${(this.field?.procedures ?? []).map(
              (p) => html`<li>
                <button type="button" class="choice" data-testid=${`book-procedure-${p.id}`}
                  aria-pressed=${this.procedure?.id === p.id ? 'true' : 'false'}
                  @click=${() => {
                    this.procedure = p;
                  }}>
                  ${localized(p.name, locale)}<small>${i18n.t('book.slotMinutes', { n: p.slotMinutes })}</small>
                </button>
              </li>`,
            )}
          </ul>
          ${this.procedure ? this.renderDocuments(this.procedure) : nothing}
          ${this.back('field')}`;
      case 'when':
        return html`<p><strong>${localized(this.procedure?.name, locale)}</strong></p>
          <luot-slot-picker
            .siteId=${catalogue.site.id}
            .procedureId=${this.procedure?.id ?? ''}
            .today=${catalogue.today}
            .lastDay=${catalogue.lastDay}
            .timeZone=${catalogue.site.timeZone}
            .selected=${this.start}
            @slot-pick=${(e: CustomEvent<number>) => {
              this.start = e.detail;
              this.go('person');
            }}
          ></luot-slot-picker>
          ${this.back('procedure')}`;
      case 'person':
        return this.renderPerson(catalogue);
      case 'remote':
        return html`<p><strong>${localized(this.procedure?.name, locale)}</strong></p>
          <p class="muted">${i18n.t('book.remoteHelp')}</p>
          ${this.phoneInput()}
          <p class="muted">${i18n.t('book.privacy', { days: catalogue.retentionDays })}</p>
          <button type="button" class="action primary" data-testid="remote-submit" ?disabled=${this.busy}
            @click=${() => void this.submitRemote()}>
            ${this.busy ? i18n.t('book.sending') : i18n.t('book.remoteSubmit')}
          </button>
          ${this.back('procedure')}`;
      case 'done':
        return this.renderDone(catalogue);
    }
  }

  private renderDocuments(p: BookableProcedure) {
    const { i18n } = this;
    const locale = i18n.locale;
    return html`<h2>${i18n.t('book.documents')}</h2>
      ${
        p.documents.length
          ? html`<ul class="docs" data-testid="book-documents">${p.documents.map((d) => html`<li>${localized(d, locale)}</li>`)}</ul>`
          : html`<p class="muted">${i18n.t('book.noDocuments')}</p>`
      }
      <button type="button" class="action primary" data-testid="book-this" @click=${() => {
        this.start = null;
        this.go('when');
      }}>${i18n.t('book.bookThis')}</button>
      ${
        p.remote
          ? html`<button type="button" class="action" data-testid="remote-this" @click=${() => this.go('remote')}>
              ${i18n.t('book.remoteThis')}
            </button>`
          : nothing
      }`;
  }

  private phoneInput() {
    return html`<label>
      ${this.i18n.t('book.phone')}
      <input type="tel" inputmode="tel" autocomplete="tel" data-testid="book-phone" .value=${this.phone}
        placeholder=${this.i18n.t('book.phoneHint')}
        @input=${(e: Event) => {
          this.phone = (e.target as HTMLInputElement).value;
        }} />
    </label>`;
  }

  private renderPerson(catalogue: BookingCatalogue) {
    const { i18n } = this;
    const when = this.start !== null ? formatLocalDateTime(this.start, catalogue.site.timeZone) : '';
    return html`<p><strong>${localized(this.procedure?.name, i18n.locale)}</strong></p>
      <p data-testid="book-when">${i18n.t('book.when')}: <strong>${when}</strong></p>
      <h2>${i18n.t('book.step.person')}</h2>
      <label>
        ${i18n.t('book.name')}
        <input type="text" autocomplete="name" data-testid="book-name" .value=${this.name}
          @input=${(e: Event) => {
            this.name = (e.target as HTMLInputElement).value;
          }} />
      </label>
      ${this.phoneInput()}
      <p class="muted" data-testid="book-privacy">${i18n.t('book.privacy', { days: catalogue.retentionDays })}</p>
      <button type="button" class="action primary" data-testid="book-submit" ?disabled=${this.busy}
        @click=${() => void this.submitBooking()}>
        ${this.busy ? i18n.t('book.sending') : i18n.t('book.submit')}
      </button>
      ${this.back('when')}`;
  }

  private renderDone(catalogue: BookingCatalogue) {
    const { i18n, booked } = this;
    if (!booked) return nothing;
    const zone = catalogue.site.timeZone;
    const link = `/b/${booked.manageToken}`;
    return html`<section class="card" aria-live="polite">
        <p class="notice ok" role="status">${i18n.t('book.done')}</p>
        <p>${i18n.t('book.code')}</p>
        <p class="code" data-testid="booking-code">${booked.code}</p>
        ${codeQr(booked.code)}
        <p>${i18n.t('book.when')}: <strong>${formatLocalDateTime(booked.start, zone)}</strong></p>
      </section>
      <p>${i18n.t('book.window', {
        from: formatLocalTime(booked.start - catalogue.checkInEarlyMinutes * 60_000, zone),
        to: formatLocalTime(booked.start + catalogue.checkInLateMinutes * 60_000, zone),
      })}</p>
      <p class="muted">${i18n.t('book.keepLink')}</p>
      <a class="action" data-testid="booking-manage-link" href=${link}>${i18n.t('book.manage')}</a>
      <button type="button" class="action" @click=${() => {
        this.booked = null;
        this.procedure = null;
        this.go('field');
      }}>${i18n.t('book.again')}</button>`;
  }
}
