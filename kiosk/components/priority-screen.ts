// The optional priority step: the configured categories with their legal wording; touching one
// takes a priority number. Emits `take-priority` (category id), `take` (a normal number), `back`;
// with `cccdCamera`, the kiosk's camera reads the QR code of a CCCD (the `code` event of
// qr-camera.ts bubbles up to the app, which works out the age).
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { Catalogue } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { accessMessages } from '../access/access-i18n.js';
import './qr-camera.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { backIcon, kioskBase } from '../styles.js';

@customElement('luot-priority-screen')
export class PriorityScreen extends LitElement {
  static override styles = [
    kioskBase,
    css`
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 20px;
      }
      .category {
        width: 100%;
        min-height: 112px;
        text-align: left;
        display: grid;
        gap: 6px;
        padding: 20px 28px;
        border-radius: 16px;
        border: 3px solid var(--luot-priority);
        background: var(--luot-priority-bg);
        color: var(--luot-text);
      }
      .category .name {
        font-size: 32px;
        font-weight: 700;
        color: var(--luot-priority);
      }
      .category .confirm {
        font-size: 24px;
        font-weight: 700;
      }
      @media (min-aspect-ratio: 4/3) {
        ul {
          grid-template-columns: 1fr 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) categories: Catalogue['priorityCategories'] = [];
  @property({ type: Boolean }) disabled = false;
  /** Some category goes by age: offer reading the CCCD's QR code with the camera. */
  @property({ type: Boolean }) cccdCamera = false;

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);

  private fire(name: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const { i18n } = this;
    const locale = i18n.locale;
    return html`<div class="screen">
      <div class="screen-head">
        <button type="button" class="btn" data-testid="back" @click=${() => this.fire('back')}>
          <span aria-hidden="true">${backIcon}</span> ${i18n.t('common.back')}
        </button>
        <h2>${i18n.t('priority.title')}</h2>
      </div>
      <p>${i18n.t('priority.hint')}</p>
      <ul>
        ${this.categories.map(
          (c) => html`<li>
            <button
              type="button"
              class="category"
              data-testid=${`priority-${c.id}`}
              ?disabled=${this.disabled}
              @click=${() => this.fire('take-priority', c.id)}
            >
              <span class="name"><span aria-hidden="true">★ </span>${localized(c.name, locale)}</span>
              ${
                c.requiresConfirmation
                  ? html`<span class="confirm">ⓘ ${i18n.t('priority.confirm')}</span>`
                  : nothing
              }
            </button>
          </li>`,
        )}
      </ul>
      ${
        this.cccdCamera
          ? html`<luot-qr-camera name="cccd" .hint=${accessMessages.t(locale, 'cccd.camera')}></luot-qr-camera>`
          : nothing
      }
      <button
        type="button"
        class="btn"
        data-testid="priority-none"
        ?disabled=${this.disabled}
        @click=${() => this.fire('take')}
      >
        ${i18n.t('priority.none')}
      </button>
    </div>`;
  }
}
