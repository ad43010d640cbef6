// The procedures of one field. Emits `procedure-select` and `back`.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { CatalogueField, WaitingCounts } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { backIcon, kioskBase } from '../styles.js';
import { fieldIcon } from './field-icon.js';
import { procedureItem, procedureItemStyles } from './procedure-item.js';

@customElement('luot-field-screen')
export class FieldScreen extends LitElement {
  static override styles = [
    kioskBase,
    procedureItemStyles,
    css`
      .icon,
      .icon-text {
        width: 64px;
        height: 64px;
        color: var(--luot-primary);
        font-size: 48px;
      }
      @media (min-aspect-ratio: 4/3) {
        .procedures {
          grid-template-columns: 1fr 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) field: CatalogueField | null = null;
  @property({ attribute: false }) waiting: WaitingCounts | null = null;

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);

  private fire(name: string, detail?: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const { i18n, field } = this;
    if (!field) return nothing;
    const locale = i18n.locale;
    return html`<div class="screen">
      <div class="screen-head">
        <button type="button" class="btn" data-testid="back" @click=${() => this.fire('back')}>
          <span aria-hidden="true">${backIcon}</span> ${i18n.t('common.back')}
        </button>
        ${fieldIcon(field.code, field.icon)}
        <h2>${localized(field.name, locale)}</h2>
      </div>
      <p class="muted">${i18n.t('field.choose')} · ${i18n.t('field.count', { n: field.procedures.length })}</p>
      <ul class="procedures">
        ${field.procedures.map((p) => {
          const n = this.waiting?.bySeries[p.seriesId] ?? 0;
          return procedureItem(
            p,
            locale,
            n > 0 ? i18n.t('home.waiting', { n }) : i18n.t('home.noneWaiting'),
            () => this.fire('procedure-select', p.id),
          );
        })}
      </ul>
    </div>`;
  }
}
