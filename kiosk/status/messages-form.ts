// The citizen asks for text messages about this ticket: a mobile number, sent once, kept by the
// hub only for the day. Shown only when the centre has a message gateway.
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { getLocale, I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { isMobile } from '../phone-number.js';
import { integrationMessages } from './integrations-i18n.js';

@customElement('luot-messages-form')
export class MessagesForm extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
        margin: 16px 0;
      }
      form {
        display: grid;
        gap: 8px;
      }
      input {
        font: inherit;
        font-size: 20px;
        padding: 10px 12px;
        border: 2px solid var(--luot-border);
        border-radius: 10px;
      }
      button {
        font: inherit;
        font-weight: 600;
        min-height: 48px;
        border: 0;
        border-radius: 10px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      button.quiet {
        background: var(--luot-surface);
        color: var(--luot-text);
        border: 2px solid var(--luot-border);
      }
      .muted {
        color: var(--luot-text-muted);
        font-size: 15px;
      }
      .error {
        color: var(--luot-error);
      }
    `,
  ];
  private readonly i18n = new I18nController(this, integrationMessages);
  @property() token = '';
  @state() private phone = '';
  @state() private savedFor: string | null = null;
  @state() private error: string | null = null;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!isMobile(this.phone)) {
      this.error = this.i18n.t('messages.invalid');
      return;
    }
    try {
      await api(`/api/tickets/${this.token}/messages`, { body: { phone: this.phone, locale: getLocale() } });
      this.savedFor = this.phone.trim();
      this.error = null;
    } catch (error) {
      this.error = this.i18n.error(error instanceof ApiRequestError ? error.error.code : 'network');
    }
  }

  private async stop(): Promise<void> {
    await api(`/api/tickets/${this.token}/messages`, { method: 'DELETE' }).catch(() => undefined);
    this.savedFor = null;
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    if (this.savedFor) {
      return html`<p data-testid="messages-on">${t('messages.on', { phone: this.savedFor })}</p>
        <button type="button" class="quiet" data-testid="messages-stop" @click=${() => void this.stop()}>
          ${t('messages.stop')}
        </button>`;
    }
    return html`<form @submit=${(e: SubmitEvent) => void this.submit(e)}>
      <label for="phone">${t('messages.title')}</label>
      <input
        id="phone"
        type="tel"
        inputmode="tel"
        autocomplete="tel"
        placeholder=${t('messages.phone')}
        aria-label=${t('messages.phone')}
        data-testid="messages-phone"
        .value=${this.phone}
        @input=${(e: Event) => {
          this.phone = (e.target as HTMLInputElement).value;
        }}
      />
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <button type="submit" data-testid="messages-submit">${t('messages.submit')}</button>
      <p class="muted">${t('messages.privacy')}</p>
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-messages-form': MessagesForm;
  }
}
