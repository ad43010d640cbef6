// The key map on screen: function keys and the USB numeric keypad.
import { css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { CounterText } from '../i18n.js';
import { type CounterCommand, FUNCTION_KEYS, KEYPAD_KEYS, KEYPAD_LABELS } from '../keymap.js';
import { CounterDialog } from './counter-dialog.js';

const LABELS: Record<CounterCommand, CounterText> = {
  'call-next': 'action.callNext',
  recall: 'action.recall',
  start: 'action.start',
  finish: 'action.finish',
  withdraw: 'action.withdraw',
  'no-show': 'action.noShow',
  transfer: 'action.transfer',
  'call-number': 'action.callNumber',
  'pause-toggle': 'action.pause',
};

@customElement('luot-keys-dialog')
export class KeysDialog extends CounterDialog {
  static override styles = [
    ...CounterDialog.styles,
    css`
      dialog {
        width: min(760px, 94vw);
      }
      .cols {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 24px;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      td {
        padding: 5px 4px;
        border-bottom: 1px solid #e5e9f0;
      }
      td:first-child {
        width: 6em;
      }
      h3 {
        margin: 0 0 6px;
        font-size: 1rem;
      }
    `,
  ];

  override render() {
    const pauseLabel = `${this.t('action.pause')} / ${this.t('action.resume')}`;
    const label = (c: CounterCommand) => (c === 'pause-toggle' ? pauseLabel : this.t(LABELS[c]));
    return html`
      <dialog @close=${this.onClosed} data-testid="keys-dialog" aria-labelledby="keys-title">
        <form method="dialog">
          <h2 id="keys-title">${this.t('keys.title')}</h2>
          <div class="cols">
            <div>
              <h3>${this.t('keys.keyboard')}</h3>
              <table>
                ${Object.entries(FUNCTION_KEYS).map(
                  ([key, c]) => html`<tr><td><kbd>${key}</kbd></td><td>${label(c)}</td></tr>`,
                )}
                <tr><td><kbd>Esc</kbd></td><td>${this.t('keys.escape')}</td></tr>
              </table>
            </div>
            <div>
              <h3>${this.t('keys.keypad')}</h3>
              <table>
                ${Object.entries(KEYPAD_KEYS).map(
                  ([code, c]) =>
                    html`<tr><td><kbd>${KEYPAD_LABELS[code]}</kbd></td><td>${label(c)}</td></tr>`,
                )}
                <tr><td><kbd>.</kbd></td><td>${pauseLabel} · ${this.t('keys.clear')}</td></tr>
                <tr><td><kbd>0–9</kbd> <kbd>Enter</kbd></td><td>${this.t('action.callNumber')}</td></tr>
              </table>
            </div>
          </div>
          <div class="buttons">
            <button class="btn primary" type="submit" data-initial-focus>${this.t('common.close')}</button>
          </div>
        </form>
      </dialog>
    `;
  }
}
