// The counter's top bar: which counter, who is signed in, the connection, language and exits.
import { passwordMessages } from '../../shared/ui/password-i18n.js';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '../../shared/domain/model.js';
import type { Params } from '../../shared/i18n/messages.js';
import type { ConnectionStatus } from '../../shared/ui/connection.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { type CounterText, counterMessages } from '../i18n.js';
import { controls } from './styles.js';

const APP_LOCALES: Locale[] = ['vi', 'en'];

@customElement('luot-workspace-header')
export class WorkspaceHeader extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      header {
        display: flex;
        align-items: center;
        gap: 16px;
        padding: 8px 16px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
        min-height: 56px;
      }
      .title {
        font-size: 1.2rem;
        font-weight: 700;
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .who {
        opacity: 0.92;
        white-space: nowrap;
      }
      .spacer {
        flex: 1;
      }
      .status {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        white-space: nowrap;
        font-size: 0.95rem;
      }
      .dot {
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: #f59e0b;
        border: 2px solid #fff;
      }
      .online .dot {
        background: #22c55e;
      }
      .offline .dot,
      .unauthorized .dot {
        background: #ef4444;
      }
      .btn {
        min-height: 40px;
        padding: 4px 12px;
        border-color: rgb(255 255 255 / 70%);
        background: transparent;
        color: #fff;
        font-size: 0.95rem;
      }
      .btn[aria-pressed='true'] {
        background: #fff;
        color: var(--luot-primary);
      }
      .langs {
        display: flex;
        gap: 4px;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @property() counterName = '';
  @property() officerName = '';
  @property() status: ConnectionStatus = 'connecting';
  @property({ type: Boolean }) deviceMode = false;

  private emit(name: string, detail: unknown = null): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const statusText =
      this.status === 'online'
        ? this.t('header.online')
        : this.status === 'connecting'
          ? this.t('conn.connecting')
          : this.status === 'unauthorized'
            ? this.t('conn.unauthorized')
            : this.t('conn.offline');
    return html`
      <header>
        <span class="title" data-testid="counter-name">${this.counterName}</span>
        <span class="who" data-testid="officer-name">· ${this.deviceMode ? this.t('header.deviceMode') : this.officerName}</span>
        <span class="spacer"></span>
        <span class="status ${this.status}" data-testid="connection-status" data-status=${this.status} role="status">
          <span class="dot" aria-hidden="true"></span>${statusText}
        </span>
        <span class="langs">
          ${APP_LOCALES.map(
            (l) => html`<button
              class="btn"
              type="button"
              lang=${l}
              aria-pressed=${this.i18n.locale === l}
              data-testid="lang-${l}"
              @click=${() => this.emit('change-locale', l)}
            >
              ${l.toUpperCase()}
            </button>`,
          )}
        </span>
        <button class="btn" type="button" data-testid="keys-help" @click=${() => this.emit('show-keys')}>
          ${this.t('header.keys')}
        </button>
        ${
          this.deviceMode
            ? nothing
            : html`<button class="btn" type="button" data-testid="change-counter" @click=${() => this.emit('change-counter')}>
                  ${this.t('header.changeCounter')}
                </button>
                <button class="btn" type="button" data-testid="change-password" @click=${() => this.emit('change-password')}>
                  ${passwordMessages.t(this.i18n.locale, 'password.change')}
                </button>
                <button class="btn" type="button" data-testid="logout" @click=${() => this.emit('sign-out')}>
                  ${this.t('header.signOut')}
                </button>`
        }
      </header>
    `;
  }
}
