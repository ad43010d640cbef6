// A citizen who will not wait any longer leaves the queue: one button, then a confirmation
// (a mistaken tap costs their place). Sends ticket:give-up for this page's ticket and hands the
// new status to the page.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { TicketStatusView } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { giveUpMessages } from './give-up-i18n.js';

@customElement('luot-give-up')
export class GiveUp extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
        margin: 24px 0 8px;
      }
      button {
        font: inherit;
        font-weight: 600;
        min-height: 48px;
        padding: 8px 16px;
        border-radius: 10px;
        border: 2px solid var(--luot-border);
        background: var(--luot-bg);
        color: var(--luot-text);
        width: 100%;
      }
      .yes {
        border-color: var(--luot-error);
        background: var(--luot-error);
        color: #fff;
      }
      .row {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 12px;
      }
      .error {
        color: var(--luot-error);
      }
    `,
  ];

  private readonly i18n = new I18nController(this, giveUpMessages);

  @property() token = '';
  @property() number = '';
  @state() private asking = false;
  @state() private sending = false;
  @state() private error: string | null = null;

  private async leave(): Promise<void> {
    if (this.sending) return;
    this.sending = true;
    this.error = null;
    try {
      const { status } = await api<{ status: TicketStatusView }>(`/api/tickets/${this.token}/give-up`, {
        body: {},
      });
      this.dispatchEvent(new CustomEvent('gave-up', { detail: status, bubbles: true, composed: true }));
    } catch (e) {
      this.error = this.i18n.error(e instanceof ApiRequestError ? e.code : 'network');
    } finally {
      this.sending = false;
      this.asking = false;
    }
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const error = this.error
      ? html`<p class="error" role="alert" data-testid="give-up-error">${this.error}</p>`
      : nothing;
    if (!this.asking) {
      return html`<button type="button" data-testid="give-up" @click=${() => {
        this.asking = true;
      }}>${t('giveUp.ask')}</button>${error}`;
    }
    return html`<p role="alert">${t('giveUp.confirm', { number: this.number })}</p>
      <div class="row">
        <button type="button" data-testid="give-up-no" @click=${() => {
          this.asking = false;
        }}>${t('giveUp.no')}</button>
        <button type="button" class="yes" data-testid="give-up-yes" ?disabled=${this.sending} @click=${() => void this.leave()}>
          ${t('giveUp.yes')}
        </button>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-give-up': GiveUp;
  }
}
