// "Tôi đã đặt lịch hẹn" at the kiosk: type the booking code on a large keypad, read its QR with
// a USB scanner that types (the input keeps the focus, Enter submits), or hold it to the kiosk's
// camera (qr-camera.ts: a code read there is submitted at once). Inside the check-in window
// the server issues a ticket of channel appointment and the kiosk shows it like any other (event
// "issued"); outside it a clear message says when to come back or to take a normal ticket.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { IssuedTicket } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type BookingKey, bookingError, bookingMessages } from '../booking/booking-i18n.js';
import { kioskBase } from '../styles.js';
import './qr-camera.js';

const KEYS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'.split('');
const CODE_LENGTH = 6;

/** What a scanner or a finger typed, as a booking code (capitals, no spaces or look-alikes). */
export function cleanCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(-CODE_LENGTH);
}

@customElement('luot-checkin-screen')
export class CheckinScreen extends LitElement {
  static override styles = [
    kioskBase,
    css`
      .screen {
        gap: 24px;
      }
      h2 {
        font-size: 40px;
        color: var(--luot-primary-strong);
      }
      input {
        font: inherit;
        font-size: 56px;
        font-weight: 700;
        letter-spacing: 0.3em;
        text-align: center;
        min-height: 96px;
        border: 3px solid var(--luot-primary);
        border-radius: var(--luot-radius);
        width: 100%;
        box-sizing: border-box;
        text-transform: uppercase;
      }
      .pad {
        display: grid;
        grid-template-columns: repeat(8, 1fr);
        gap: 12px;
      }
      .pad .btn {
        padding: 8px;
      }
      .row {
        display: flex;
        gap: 16px;
        flex-wrap: wrap;
      }
      .row .btn {
        flex: 1;
      }
    `,
  ];

  @property() siteId = '';
  @property() deviceKey: string | null = null;
  @state() private code = '';
  @state() private busy = false;
  @state() private error: string | null = null;
  @state() private tooLate = false;
  @query('input') private input?: HTMLInputElement;

  private readonly i18n = new I18nController<BookingKey>(this, bookingMessages);

  protected override firstUpdated(): void {
    this.input?.focus();
  }

  private fire(name: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private set(code: string): void {
    this.code = cleanCode(code);
    this.error = null;
    this.tooLate = false;
  }

  private async submit(): Promise<void> {
    if (this.busy || this.code.length !== CODE_LENGTH) return;
    this.busy = true;
    this.error = null;
    try {
      const issued = await api<IssuedTicket>(
        `/api/sites/${encodeURIComponent(this.siteId)}/appointments/${this.code}/check-in`,
        { body: {}, key: this.deviceKey, timeoutMs: 10_000 },
      );
      this.fire('issued', issued);
    } catch (e) {
      const err = e instanceof ApiRequestError ? e : null;
      const details = (err?.error as { details?: { reason?: string; opensAtLocal?: string } } | undefined)
        ?.details;
      this.tooLate = err?.code === 'outside_window' && details?.reason === 'too_late';
      this.error = bookingError(
        (k, p) => this.i18n.t(k, p),
        (c) => this.i18n.error(c),
        err?.code ?? 'network',
        details,
      );
    } finally {
      this.busy = false;
      this.input?.focus();
    }
  }

  override render() {
    const { i18n } = this;
    return html`<div class="screen">
      <h2>${i18n.t('checkin.title')}</h2>
      <p>${i18n.t('checkin.help')}</p>
      <input
        type="text"
        inputmode="none"
        autocomplete="off"
        spellcheck="false"
        maxlength="20"
        data-testid="checkin-code"
        aria-label=${i18n.t('checkin.title')}
        .value=${this.code}
        @input=${(e: Event) => this.set((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key === 'Enter') void this.submit();
        }}
      />
      <luot-qr-camera .hint=${i18n.t('checkin.camera')} @code=${(e: CustomEvent<string>) => {
        this.set(e.detail);
        void this.submit();
      }}></luot-qr-camera>
      ${this.error ? html`<p class="notice error" role="alert" data-testid="checkin-error">${this.error}</p>` : nothing}
      <div class="pad">
        ${KEYS.map(
          (k) => html`<button type="button" class="btn" data-testid=${`checkin-key-${k}`}
            @click=${() => this.set(this.code + k)}>${k}</button>`,
        )}
      </div>
      <div class="row">
        <button type="button" class="btn" data-testid="checkin-back" @click=${() => this.fire('back')}>${i18n.t('common.back')}</button>
        <button type="button" class="btn" data-testid="checkin-clear" @click=${() => this.set('')}>${i18n.t('checkin.clear')}</button>
        ${
          this.tooLate
            ? html`<button type="button" class="btn" data-testid="checkin-normal" @click=${() => this.fire('back')}>
                ${i18n.t('checkin.takeNormal')}
              </button>`
            : nothing
        }
        <button type="button" class="btn primary" data-testid="checkin-submit"
          ?disabled=${this.busy || this.code.length !== CODE_LENGTH} @click=${() => void this.submit()}>
          ${i18n.t('checkin.submit')}
        </button>
      </div>
    </div>`;
  }
}
