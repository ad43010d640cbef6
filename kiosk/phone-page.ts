// The frame both phone pages share (the ticket's status page /t/<token> and the booking page
// /book): one column on white, a header with the centre's name and the language switch; a card,
// muted small print and notices (plain, error, ok).
import { css, html } from 'lit';
import { LOCALES, type Locale } from '../shared/domain/model.js';
import { setLocale } from '../shared/ui/locale.js';
import { SHORT_LOCALE_NAMES } from './locale-names.js';

export const phonePageStyles = css`
  :host {
    display: block;
    max-width: 520px;
    margin: 0 auto;
    padding: 16px 20px 48px;
    font-size: 18px;
    line-height: 1.45;
  }
  :host([lang='km']) {
    --luot-font: 'Be Vietnam Pro', 'Noto Sans Khmer', system-ui, sans-serif;
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 12px;
  }
  .site {
    color: var(--luot-text-muted);
    font-size: 15px;
    font-weight: 500;
  }
  .langs {
    display: flex;
    gap: 6px;
  }
  .langs button {
    min-width: 48px;
    min-height: 48px;
    border-radius: 10px;
    border: 2px solid var(--luot-primary);
    background: var(--luot-bg);
    color: var(--luot-primary-strong);
    font: inherit;
    font-weight: 700;
  }
  .langs button[aria-pressed='true'] {
    background: var(--luot-primary);
    color: var(--luot-on-primary);
  }
  .card {
    margin-top: 16px;
    padding: 20px;
    border-radius: 16px;
    background: var(--luot-surface);
    text-align: center;
  }
  .muted {
    color: var(--luot-text-muted);
    font-size: 15px;
  }
  .notice {
    margin-top: 16px;
    padding: 12px 16px;
    border-radius: 12px;
    border: 2px solid currentColor;
  }
  .notice.error {
    color: var(--luot-error);
    background: var(--luot-error-bg);
  }
  .notice.ok {
    color: var(--luot-calling);
    background: var(--luot-calling-bg);
  }
`;

export interface PhoneHeader {
  /** The centre's name, or the app's while it is not known yet. */
  siteName: string;
  locale: Locale;
  /** The switch's accessible name. */
  label: string;
  /** Each language's name in the current language (for screen readers). */
  languageName: (locale: Locale) => string;
  /** Where the chosen language is kept on this phone. */
  storageKey: string;
}

/** The header: the centre's name and a button per language, the current one pressed. */
export function phoneHeader(h: PhoneHeader) {
  return html`<header>
    <span class="site">${h.siteName}</span>
    <nav class="langs" aria-label=${h.label}>
      ${LOCALES.map(
        (l) => html`<button
          type="button"
          lang=${l}
          data-testid=${`lang-${l}`}
          aria-pressed=${l === h.locale ? 'true' : 'false'}
          @click=${() => setLocale(l, h.storageKey)}
        >
          ${SHORT_LOCALE_NAMES[l]}<span class="visually-hidden"> ${h.languageName(l)}</span>
        </button>`,
      )}
    </nav>
  </header>`;
}
