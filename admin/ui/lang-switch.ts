// Vietnamese / English switch of the console (remembered on this computer); Khmer too where the
// page's words are complete in Khmer (the province view).
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LOCALES } from '../../shared/domain/model.js';
import { getLocale, I18nController, setLocale } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { adminMessages } from '../i18n.js';

export const LOCALE_KEY = 'luot.admin.locale';

@customElement('luot-lang-switch')
export class LangSwitch extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: inline-flex;
        gap: 4px;
        color: inherit;
      }
      button {
        border: 1px solid transparent;
        background: transparent;
        color: inherit;
        border-radius: 6px;
        padding: 4px 8px;
        min-height: 30px;
      }
      button[aria-pressed='true'] {
        border-color: currentColor;
        font-weight: 700;
      }
    `,
  ];

  @property({ type: Boolean }) khmer = false;

  private readonly i18n = new I18nController(this, adminMessages);

  override render() {
    return LOCALES.filter((l) => l !== 'km' || this.khmer).map(
      (locale) =>
        html`<button
          type="button"
          data-testid=${`lang-${locale}`}
          aria-pressed=${getLocale() === locale ? 'true' : 'false'}
          lang=${locale}
          @click=${() => setLocale(locale, LOCALE_KEY)}
        >
          ${this.i18n.t(`lang.${locale}`)}
        </button>`,
    );
  }
}
