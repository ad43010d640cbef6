// The kiosk's optional phone step, beside the ticket: a citizen who wants a text message when
// the turn nears types a Vietnamese mobile number on a large keypad, reads the consent text and
// sends it (POST /api/tickets/:statusToken/messages: kept by the hub in memory for the day only).
// Offered only when the centre has a message gateway (the ticket's status says so). Each tap
// keeps the ticket screen up ("ticket-hold"), so the countdown does not cut the citizen off.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TicketStatusView } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { getLocale, I18nController } from '../../shared/ui/locale.js';
import { groupDigits, isMobile } from '../phone-number.js';
import { integrationMessages } from '../status/integrations-i18n.js';
import { kioskBase } from '../styles.js';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'erase', '0'];
const MAX_DIGITS = 11;

@customElement('luot-phone-step')
export class PhoneStep extends LitElement {
  static override styles = [
    kioskBase,
    css`
      :host {
        display: block;
      }
      .box {
        display: grid;
        gap: 12px;
        padding: 16px;
        border: 3px solid var(--luot-primary);
        border-radius: var(--luot-radius);
      }
      .phone {
        font-size: 44px;
        font-weight: 700;
        letter-spacing: 0.06em;
        text-align: center;
        min-height: 60px;
      }
      .pad {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 10px;
      }
      .row {
        display: flex;
        gap: 12px;
      }
      .row .btn {
        flex: 1;
      }
      .consent {
        font-size: 18px;
        margin: 0;
      }
    `,
  ];

  @property() statusToken = '';
  @state() private offered = false;
  @state() private open = false;
  @state() private digits = '';
  @state() private error: string | null = null;
  @state() private sentTo: string | null = null;
  @state() private busy = false;
  private readonly i18n = new I18nController(this, integrationMessages);
  private askedFor = '';

  protected override willUpdate(): void {
    if (this.statusToken && this.statusToken !== this.askedFor) {
      this.askedFor = this.statusToken;
      this.offered = false;
      this.open = false;
      this.digits = '';
      this.sentTo = null;
      this.error = null;
      void this.ask(this.statusToken);
    }
  }

  private async ask(token: string): Promise<void> {
    try {
      const view = await api<TicketStatusView>(`/api/tickets/${token}`, { timeoutMs: 5000 });
      if (token === this.statusToken) this.offered = view.messages === true;
    } catch {
      // No offer: the ticket itself is unaffected.
    }
  }

  private hold(): void {
    this.dispatchEvent(new CustomEvent('ticket-hold', { bubbles: true, composed: true }));
  }

  private press(key: string): void {
    this.hold();
    this.error = null;
    if (key === 'erase') this.digits = this.digits.slice(0, -1);
    else if (this.digits.length < MAX_DIGITS) this.digits += key;
  }

  private async send(): Promise<void> {
    this.hold();
    if (!isMobile(this.digits)) {
      this.error = this.i18n.t('messages.invalid');
      return;
    }
    this.busy = true;
    try {
      await api(`/api/tickets/${this.statusToken}/messages`, {
        body: { phone: this.digits, locale: getLocale() },
        timeoutMs: 8000,
      });
      this.sentTo = groupDigits(this.digits);
      this.open = false;
      this.digits = '';
    } catch (error) {
      this.error = this.i18n.error(error instanceof ApiRequestError ? error.error.code : 'network');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    if (!this.offered) return nothing;
    if (this.sentTo)
      return html`<p class="notice" role="status" data-testid="kiosk-phone-done">${t('messages.on', { phone: this.sentTo })}</p>`;
    if (!this.open)
      return html`<button type="button" class="btn" data-testid="kiosk-phone-open" @click=${() => {
        this.open = true;
        this.hold();
      }}>${t('messages.kioskOpen')}</button>`;
    return html`<div class="box" role="group" aria-label=${t('messages.title')}>
      <strong>${t('messages.phone')}</strong>
      <div class="phone" data-testid="kiosk-phone-value" aria-live="polite">${groupDigits(this.digits) || '—'}</div>
      <div class="pad">
        ${KEYS.map(
          (
            k,
          ) => html`<button type="button" class="btn" data-testid="kiosk-phone-key-${k}" @click=${() => this.press(k)}>
            ${k === 'erase' ? t('messages.erase') : k}
          </button>`,
        )}
      </div>
      <p class="consent" data-testid="kiosk-phone-consent">${t('messages.privacy')} ${t('messages.consent')}</p>
      ${this.error ? html`<p class="notice error" role="alert" data-testid="kiosk-phone-error">${this.error}</p>` : nothing}
      <div class="row">
        <button type="button" class="btn" data-testid="kiosk-phone-cancel" @click=${() => {
          this.open = false;
          this.digits = '';
        }}>${t('messages.cancel')}</button>
        <button type="button" class="btn primary" data-testid="kiosk-phone-send" ?disabled=${this.busy}
          @click=${() => void this.send()}>${t('messages.submit')}</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-phone-step': PhoneStep;
  }
}
