// The kiosk's header: centre, ward and province, date and time in the site's zone, and the
// language switch, always visible.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LOCALES } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalDateTime, formatLocalTime, localParts } from '../../shared/i18n/time.js';
import type { SiteSummary } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { SHORT_LOCALE_NAMES } from '../locale-names.js';
import { kioskBase } from '../styles.js';

@customElement('luot-kiosk-header')
export class KioskHeader extends LitElement {
  static override styles = [
    kioskBase,
    css`
      header {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 12px 24px;
        align-items: center;
        padding: 20px 40px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      .centre {
        font-size: 30px;
        font-weight: 700;
        text-transform: uppercase;
        line-height: 1.2;
      }
      .ward {
        font-size: 24px;
      }
      .clock {
        text-align: right;
        font-size: 24px;
      }
      .clock strong {
        display: block;
        font-size: 40px;
        font-variant-numeric: tabular-nums;
      }
      .langs {
        grid-column: 1 / -1;
        display: flex;
        gap: 16px;
        justify-content: flex-end;
      }
      .langs button {
        min-height: var(--luot-touch);
        min-width: 112px;
        border-radius: var(--luot-radius);
        border: 3px solid var(--luot-on-primary);
        background: transparent;
        color: var(--luot-on-primary);
        font-size: 26px;
        font-weight: 700;
        padding: 8px 20px;
      }
      .langs button[aria-pressed='true'] {
        background: var(--luot-on-primary);
        color: var(--luot-primary-strong);
      }
      @media (min-aspect-ratio: 4/3) {
        header {
          grid-template-columns: 1fr auto auto;
        }
        .langs {
          grid-column: auto;
        }
      }
    `,
  ];

  @property({ attribute: false }) site: SiteSummary | null = null;
  @property({ type: Number }) now = 0;

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);

  override render() {
    const { i18n, site } = this;
    const locale = i18n.locale;
    const zone = site?.timeZone;
    const day = zone && this.now ? localParts(this.now, zone).weekday : null;
    return html`<header>
      <div>
        <div class="centre">${site ? localized(site.name, locale) : i18n.t('kiosk.title')}</div>
        <div class="ward">
          ${site ? `${localized(site.ward, locale)} · ${localized(site.province, locale)}` : ''}
        </div>
      </div>
      <div class="clock" aria-live="off">
        ${
          zone && this.now
            ? html`<strong>${formatLocalTime(this.now, zone)}</strong>
                ${day ? i18n.t(`weekday.${day}` as KioskKey) : ''},
                ${formatLocalDateTime(this.now, zone).slice(0, 10)}`
            : ''
        }
      </div>
      <nav class="langs" aria-label=${i18n.t('kiosk.language')}>
        ${LOCALES.map(
          (l) => html`<button
            type="button"
            lang=${l}
            data-testid=${`lang-${l}`}
            aria-pressed=${l === locale ? 'true' : 'false'}
            @click=${() => this.dispatchEvent(new CustomEvent('locale-change', { detail: l, bubbles: true, composed: true }))}
          >
            ${SHORT_LOCALE_NAMES[l]}<span class="visually-hidden"> ${i18n.t(`lang.${l}`)}</span>
          </button>`,
        )}
      </nav>
    </header>`;
  }
}
