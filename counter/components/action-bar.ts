// The eight actions with their function keys written on them. A click and the key do the same.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { type CounterText, counterMessages } from '../i18n.js';
import { type CounterCommand, shortcutOf } from '../keymap.js';
import { controls } from './styles.js';

export type CommandEvent = CustomEvent<{ command: CounterCommand }>;

/** The status of the counter's current ticket, if any. */
export type TicketState = 'called' | 'serving' | null;

interface ActionDef {
  command: CounterCommand;
  label: CounterText;
  testId: string;
  /** Whether the button makes sense now (the key is still sent: the server says why not). */
  enabled: (ticket: TicketState, paused: boolean) => boolean;
}

const ACTIONS: ActionDef[] = [
  // Refused while the called citizen has not arrived, and while paused: it looks it.
  {
    command: 'call-next',
    label: 'action.callNext',
    testId: 'call-next',
    enabled: (s, paused) => s !== 'called' && !paused,
  },
  { command: 'recall', label: 'action.recall', testId: 'recall', enabled: (s) => s === 'called' },
  { command: 'start', label: 'action.start', testId: 'start', enabled: (s) => s === 'called' },
  {
    command: 'finish',
    label: 'action.finish',
    testId: 'finish',
    enabled: (s) => s !== null,
  },
  { command: 'no-show', label: 'action.noShow', testId: 'no-show', enabled: (s) => s === 'called' },
  { command: 'transfer', label: 'action.transfer', testId: 'transfer', enabled: (s) => s !== null },
  { command: 'call-number', label: 'action.callNumber', testId: 'call-number', enabled: () => true },
];

@customElement('luot-action-bar')
export class ActionBar extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: block;
      }
      .bar {
        display: grid;
        grid-template-columns: 1.35fr repeat(7, 1fr);
        gap: 10px;
      }
      .btn {
        flex-direction: column;
        gap: 4px;
        min-height: 72px;
        padding: 6px 8px;
        font-size: 1.05rem;
      }
      .btn kbd {
        font-size: 0.78rem;
      }
      .btn.primary {
        font-size: 1.25rem;
      }
      .btn.pause {
        border-color: #8a4a0c;
        color: #7a3a06;
      }
      .btn.resume {
        background: var(--luot-calling);
        border-color: var(--luot-calling);
        color: #fff;
      }
      .btn.pending {
        outline: 3px dashed var(--luot-focus);
        outline-offset: 2px;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);

  @property() ticket: TicketState = null;
  @property({ type: Boolean }) paused = false;
  /** The command waiting for its answer (clicks meanwhile are ignored by the workspace). */
  @property() pending: CounterCommand | null = null;

  private send(command: CounterCommand): void {
    this.dispatchEvent(
      new CustomEvent('counter-command', { detail: { command }, bubbles: true, composed: true }),
    );
  }

  private button(def: ActionDef, primary: boolean) {
    const key = shortcutOf(def.command);
    const enabled = def.enabled(this.ticket, this.paused);
    return html`
      <button
        class="btn ${primary ? 'primary' : ''} ${this.pending === def.command ? 'pending' : ''}"
        type="button"
        data-testid=${def.testId}
        ?disabled=${!enabled}
        aria-keyshortcuts=${key}
        @click=${() => this.send(def.command)}
      >
        <kbd>${key}</kbd><span>${this.i18n.t(def.label)}</span>
      </button>
    `;
  }

  override render() {
    const paused = this.paused;
    const key = shortcutOf('pause-toggle');
    return html`
      <div class="bar" role="toolbar" aria-label=${this.i18n.t('keys.title')}>
        ${ACTIONS.map((a, i) => this.button(a, i === 0))}
        <button
          class="btn ${paused ? 'resume' : 'pause'} ${this.pending === 'pause-toggle' ? 'pending' : ''}"
          type="button"
          data-testid=${paused ? 'resume' : 'pause'}
          aria-keyshortcuts=${key}
          @click=${() => this.send('pause-toggle')}
        >
          <kbd>${key}</kbd><span>${this.i18n.t(paused ? 'action.resume' : 'action.pause')}</span>
        </button>
      </div>
    `;
  }
}
