// On-screen keyboard for the search box: digits and the dot (procedure codes), Latin letters with
// ă â đ ê ô ơ ư, the five Vietnamese tones, space, backspace. Emits `kb-key` events.
import { css, html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { kioskBase } from '../styles.js';
import type { Tone } from '../vietnamese-input.js';

export type KeyboardKey =
  | { type: 'char'; value: string }
  | { type: 'tone'; tone: Tone }
  | { type: 'backspace' }
  | { type: 'hide' };

const ROWS = ['1234567890.', 'qwertyuiop', 'asdfghjklđ', 'zxcvbnmăâêôơư'];
const TONES: [Tone, string, KioskKey][] = [
  ['sac', 'á', 'keyboard.sac'],
  ['huyen', 'à', 'keyboard.huyen'],
  ['hoi', 'ả', 'keyboard.hoi'],
  ['nga', 'ã', 'keyboard.nga'],
  ['nang', 'ạ', 'keyboard.nang'],
];

@customElement('luot-onscreen-keyboard')
export class OnscreenKeyboard extends LitElement {
  static override styles = [
    kioskBase,
    css`
      :host {
        background: var(--luot-surface);
        border-top: 2px solid var(--luot-border);
        padding: 16px;
      }
      .row {
        display: flex;
        gap: 8px;
        justify-content: center;
        margin-bottom: 8px;
      }
      button {
        flex: 0 1 76px;
        min-width: 64px;
        min-height: 72px;
        border-radius: 10px;
        border: 2px solid var(--luot-border);
        background: var(--luot-bg);
        color: var(--luot-text);
        font-size: 30px;
        font-weight: 500;
      }
      button:active {
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      .wide {
        flex: 1 1 360px;
      }
      .action {
        flex: 0 1 180px;
        font-size: 24px;
        font-weight: 700;
        color: var(--luot-primary-strong);
      }
      .tone {
        color: var(--luot-primary-strong);
      }
    `,
  ];

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);

  private emit(key: KeyboardKey): void {
    this.dispatchEvent(
      new CustomEvent<KeyboardKey>('kb-key', { detail: key, bubbles: true, composed: true }),
    );
  }

  override render() {
    const { i18n } = this;
    return html`<div role="group" aria-label=${i18n.t('keyboard.label')} data-testid="keyboard">
      ${ROWS.map(
        (row) => html`<div class="row">
          ${[...row].map(
            (c) => html`<button
              type="button"
              data-testid=${`key-${c}`}
              @click=${() => this.emit({ type: 'char', value: c })}
            >
              ${c}
            </button>`,
          )}
        </div>`,
      )}
      <div class="row">
        ${TONES.map(
          ([tone, label, name]) => html`<button
            type="button"
            class="tone"
            data-testid=${`key-tone-${tone}`}
            @click=${() => this.emit({ type: 'tone', tone })}
          >
            ${label}<span class="visually-hidden"> ${i18n.t(name)}</span>
          </button>`,
        )}
        <button
          type="button"
          class="wide"
          data-testid="key-space"
          @click=${() => this.emit({ type: 'char', value: ' ' })}
        >
          <span aria-hidden="true">␣</span><span class="visually-hidden">${i18n.t('keyboard.space')}</span>
        </button>
        <button
          type="button"
          class="action"
          data-testid="key-backspace"
          @click=${() => this.emit({ type: 'backspace' })}
        >
          <span aria-hidden="true">⌫</span><span class="visually-hidden">${i18n.t('keyboard.backspace')}</span>
        </button>
        <button
          type="button"
          class="action"
          data-testid="key-hide"
          @click=${() => this.emit({ type: 'hide' })}
        >
          ${i18n.t('keyboard.hide')}
        </button>
      </div>
    </div>`;
  }
}
