// Shown instead of the kiosk outside opening hours, on holidays, and when a series has issued its
// daily cap: the configured message and the next issuing time in the site's zone.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalDateTime, localParts } from '../../shared/i18n/time.js';
import type { IssuingState } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { kioskBase } from '../styles.js';

@customElement('luot-lock-screen')
export class LockScreen extends LitElement {
  static override styles = [
    kioskBase,
    css`
      .screen {
        align-items: center;
        justify-content: center;
        text-align: center;
        min-height: 60vh;
        gap: 32px;
      }
      .sign {
        width: 160px;
        height: 160px;
        color: var(--luot-primary);
      }
      h2 {
        font-size: 52px;
        color: var(--luot-primary-strong);
      }
      .message {
        font-size: 32px;
        max-width: 900px;
      }
      .next {
        font-size: 36px;
        font-weight: 700;
      }
    `,
  ];

  /** 'closed': outside hours or holiday (from the snapshot); 'cap': the daily cap is reached. */
  @property() mode: 'closed' | 'cap' = 'closed';
  @property({ attribute: false }) issuing: IssuingState | null = null;
  @property() timeZone = 'Asia/Ho_Chi_Minh';

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);

  private when(at: number): string {
    const day = localParts(at, this.timeZone).weekday;
    const [date, time] = formatLocalDateTime(at, this.timeZone).split(' ');
    return `${time}, ${this.i18n.t(`weekday.${day}` as KioskKey)} ${date}`;
  }

  override render() {
    const { i18n, issuing } = this;
    const locale = i18n.locale;
    const cap = this.mode === 'cap';
    const title = cap
      ? i18n.t('cap.title')
      : issuing?.reason === 'holiday'
        ? i18n.t('lock.holiday')
        : i18n.t('lock.title');
    const message = cap
      ? i18n.t('cap.message')
      : issuing?.message
        ? localized(issuing.message, locale)
        : i18n.t('lock.message');
    return html`<div class="screen" role="alert" data-testid=${cap ? 'cap-screen' : 'lock-screen'}>
      <svg class="sign" viewBox="0 0 24 24" aria-hidden="true">
        <circle cx="12" cy="12" r="9" fill="none" stroke="currentColor" stroke-width="1.6" />
        <path d="M12 7v5l3 2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
      <h2>${title}</h2>
      <p class="message">${message}</p>
      ${
        !cap && issuing?.nextOpening
          ? html`<p class="next" data-testid="lock-next">
              ${i18n.t('lock.next', { time: this.when(issuing.nextOpening) })}
            </p>`
          : nothing
      }
      ${
        cap
          ? html`<button
              type="button"
              class="btn primary"
              data-testid="home"
              @click=${() => this.dispatchEvent(new CustomEvent('done', { bubbles: true, composed: true }))}
            >
              ${i18n.t('home.back')}
            </button>`
          : nothing
      }
    </div>`;
  }
}
