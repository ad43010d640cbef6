// The kiosk's accessibility bar, always one tap away under the header: "Chữ lớn" (large text),
// "Đọc to" (spoken guidance) and "Gọi hỗ trợ" (calls the guidance desk). It only reports taps;
// the kiosk app owns the modes.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../shared/ui/locale.js';
import { kioskBase } from '../styles.js';
import { type AccessKey, accessMessages } from './access-i18n.js';

export type HelpState = 'idle' | 'sending' | 'sent' | 'failed';

@customElement('luot-kiosk-access')
export class KioskAccessBar extends LitElement {
  static override styles = [
    kioskBase,
    css`
      nav {
        display: flex;
        flex-wrap: wrap;
        gap: 16px;
        padding: 12px 40px;
        background: var(--luot-surface);
        border-bottom: 2px solid var(--luot-border);
        align-items: center;
      }
      .btn[aria-pressed='true'] {
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      .help {
        margin-left: auto;
        border-color: var(--luot-accent);
        color: #7a3700;
      }
      .status {
        flex-basis: 100%;
        font-weight: 700;
      }
      svg {
        width: 32px;
        height: 32px;
      }
    `,
  ];

  @property({ type: Boolean }) largeText = false;
  @property({ type: Boolean }) readAloud = false;
  @property() help: HelpState = 'idle';

  private readonly i18n = new I18nController<AccessKey>(this, accessMessages);

  private fire(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  override render() {
    const t = (k: AccessKey) => this.i18n.t(k);
    return html`<nav aria-label=${t('access.label')}>
      <button
        type="button"
        class="btn"
        data-testid="access-large"
        aria-pressed=${this.largeText ? 'true' : 'false'}
        @click=${() => this.fire('large-text-toggle')}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M2 21 7 4l5 17M4.2 14.5h5.6M14 21l3.5-10 3.5 10M15.2 17.5h4.6" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round" /></svg>
        ${t('access.largeText')}
      </button>
      <button
        type="button"
        class="btn"
        data-testid="access-read"
        aria-pressed=${this.readAloud ? 'true' : 'false'}
        @click=${() => this.fire('read-aloud-toggle')}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor" /><path d="M16 8a5 5 0 0 1 0 8M18.5 5.5a8.5 8.5 0 0 1 0 13" fill="none" stroke="currentColor" stroke-width="2" /></svg>
        ${t('access.readAloud')}
      </button>
      <button
        type="button"
        class="btn help"
        data-testid="access-help"
        ?disabled=${this.help === 'sending'}
        @click=${() => this.fire('help-call')}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2" /><path d="M9 9.5a3 3 0 1 1 4.2 2.7c-.8.4-1.2 1-1.2 1.8v.8" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" /><circle cx="12" cy="18" r="1.3" fill="currentColor" /></svg>
        ${t('access.help')}
      </button>
      ${
        this.help === 'sent' || this.help === 'failed'
          ? html`<p class="status" role="status" data-testid="access-help-status">
              ${t(this.help === 'sent' ? 'access.helpSent' : 'access.helpFailed')}
            </p>`
          : nothing
      }
    </nav>`;
  }
}
