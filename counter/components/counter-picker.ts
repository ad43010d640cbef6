// Choosing the counter to work at, and signing in to it. One officer per counter: when someone
// else holds it, say who; a manager (or admin) may take it over.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import { localized } from '../../shared/i18n/messages.js';
import type { CounterView } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { type CounterText, counterMessages } from '../i18n.js';
import { counterPath, rememberCounter, rememberedCounter, type UserInfo } from '../session.js';
import { controls } from './styles.js';

export type CounterChosenEvent = CustomEvent<{ counterId: string }>;

interface Occupied {
  counter: CounterView;
  fullName: string;
}

@customElement('luot-counter-picker')
export class CounterPicker extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: block;
        max-width: 1100px;
        margin: 0 auto;
        padding: 24px;
      }
      h1 {
        margin: 0 0 4px;
        color: var(--luot-primary);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(300px, 1fr));
        gap: 16px;
        margin-top: 20px;
      }
      .card {
        display: grid;
        gap: 6px;
        text-align: left;
        padding: 16px;
        min-height: 120px;
        align-content: start;
        border-radius: var(--luot-radius);
        border: 2px solid var(--luot-border);
        background: var(--luot-bg);
        color: var(--luot-text);
      }
      .card:hover {
        border-color: var(--luot-primary);
      }
      .card.remembered {
        border-color: var(--luot-primary);
        box-shadow: 0 0 0 3px #c9d8f5;
      }
      .card .name {
        font-size: 1.2rem;
        font-weight: 700;
      }
      .badge {
        justify-self: start;
        align-self: start;
        font-size: 0.85rem;
        font-weight: 700;
        padding: 2px 10px;
        border-radius: 999px;
        background: var(--luot-surface);
        border: 1px solid var(--luot-border);
      }
      .badge.free {
        background: var(--luot-calling-bg);
        color: var(--luot-calling);
        border-color: var(--luot-calling);
      }
      .badge.held {
        background: var(--luot-accent-bg);
        color: #7a3a06;
        border-color: var(--luot-accent);
      }
      .occupied {
        margin-top: 20px;
        display: grid;
        gap: 12px;
      }
      .row {
        display: flex;
        gap: 12px;
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  @property() siteId = '';
  @property({ attribute: false }) user: UserInfo | null = null;
  /** Go straight to the counter remembered on this PC. */
  @property({ type: Boolean }) autoPick = false;
  /** Why we are back here (taken over…). */
  @property() notice = '';

  @state() private counters: CounterView[] = [];
  @state() private loaded = false;
  @state() private busy: string | null = null;
  @state() private error = '';
  @state() private occupied: Occupied | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private get remembered(): string | null {
    return rememberedCounter(this.siteId);
  }

  private get mayTakeOver(): boolean {
    return this.user?.role === 'manager' || this.user?.role === 'admin';
  }

  private async load(): Promise<void> {
    try {
      this.counters = await api<CounterView[]>(`/api/sites/${encodeURIComponent(this.siteId)}/counters`);
      this.loaded = true;
      const remembered = this.counters.find((c) => c.id === this.remembered);
      if (this.autoPick && remembered && !this.notice) await this.pick(remembered, false);
    } catch (error) {
      this.error = this.i18n.error(error instanceof ApiRequestError ? error.code : 'network');
    }
  }

  private async pick(counter: CounterView, takeOver: boolean): Promise<void> {
    if (this.busy) return;
    this.busy = counter.id;
    this.error = '';
    this.occupied = null;
    try {
      await api(counterPath(this.siteId, counter.id, 'sign-in'), {
        body: takeOver ? { takeOver: true } : {},
      });
      rememberCounter(this.siteId, counter.id);
      this.dispatchEvent(
        new CustomEvent('counter-chosen', {
          detail: { counterId: counter.id },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (error instanceof ApiRequestError && error.code === 'counter_occupied') {
        const details = (error.error as { details?: { fullName?: string } }).details;
        this.occupied = { counter, fullName: details?.fullName ?? '' };
      } else {
        this.error = this.i18n.error(error instanceof ApiRequestError ? error.code : 'network');
      }
    } finally {
      this.busy = null;
    }
  }

  private status(counter: CounterView) {
    if (!counter.officer) return html`<span class="badge free">${this.t('pick.free')}</span>`;
    if (counter.officer.id === this.user?.id) return html`<span class="badge">${this.t('pick.mine')}</span>`;
    return html`<span class="badge held">${this.t('pick.heldBy', { name: counter.officer.fullName })}</span>`;
  }

  private renderOccupied(o: Occupied) {
    const counterLabel = this.t('common.counterN', { n: o.counter.number });
    return html`
      <div class="occupied">
        <p class="error-text" role="alert" data-testid="counter-occupied">
          ${this.t('pick.occupied', { counter: counterLabel, name: o.fullName })}
        </p>
        ${
          this.mayTakeOver
            ? html`<div class="row">
                <button
                  class="btn primary"
                  type="button"
                  data-testid="take-over"
                  ?disabled=${this.busy !== null}
                  @click=${() => this.pick(o.counter, true)}
                >
                  ${this.t('pick.takeOver', { counter: counterLabel })}
                </button>
                <span class="muted">${this.t('pick.takeOverHint', { name: o.fullName })}</span>
              </div>`
            : nothing
        }
      </div>
    `;
  }

  override render() {
    const locale = this.i18n.locale;
    const remembered = this.remembered;
    return html`
      <h1>${this.t('pick.title')}</h1>
      <p class="muted">${this.user ? this.t('pick.hello', { name: this.user.fullName }) : ''}</p>
      ${this.notice ? html`<p class="error-text" role="alert" data-testid="picker-notice">${this.notice}</p>` : nothing}
      ${this.error ? html`<p class="error-text" role="alert">${this.error}</p>` : nothing}
      ${this.occupied ? this.renderOccupied(this.occupied) : nothing}
      ${this.loaded && this.counters.length === 0 ? html`<p>${this.t('pick.empty')}</p>` : nothing}
      <div class="grid">
        ${this.counters.map(
          (c) => html`<button
            class="card ${c.id === remembered ? 'remembered' : ''}"
            type="button"
            data-testid="counter-option-${c.id}"
            ?disabled=${this.busy !== null}
            @click=${() => this.pick(c, false)}
          >
            <span class="name">${localized(c.name, locale)}</span>
            ${this.status(c)}
            ${c.id === remembered ? html`<span class="muted">${this.t('pick.thisPc')}</span>` : nothing}
            ${this.busy === c.id ? html`<span class="muted">${this.t('pick.signingIn')}</span>` : nothing}
          </button>`,
        )}
      </div>
    `;
  }
}
