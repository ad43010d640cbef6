// After a low score: big checkboxes with the centre's reasons and a free-text comment.
import { css, html, LitElement } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { RatingSettings } from '../../shared/protocol/config-schemas.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { ratingMessages } from '../rating-i18n.js';

export type ReasonsEvent = CustomEvent<{ reasons: string[]; comment: string | null }>;

@customElement('luot-rating-reasons')
export class RatingReasons extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 4px;
        font-size: 2rem;
      }
      p {
        margin: 0 0 16px;
        font-size: 1.2rem;
        color: var(--luot-text-muted);
      }
      .grid {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 14px;
      }
      label.reason {
        display: flex;
        align-items: center;
        gap: 16px;
        min-height: 80px;
        padding: 12px 20px;
        border: 3px solid var(--luot-border);
        border-radius: 14px;
        font-size: 1.35rem;
        font-weight: 500;
        background: var(--luot-bg);
        cursor: pointer;
      }
      label.reason:has(input:checked) {
        border-color: var(--luot-primary);
        background: #eef3fc;
        font-weight: 700;
      }
      input[type='checkbox'] {
        width: 36px;
        height: 36px;
        flex: none;
        margin: 0;
        accent-color: var(--luot-primary);
      }
      .comment {
        display: grid;
        gap: 8px;
        margin-top: 18px;
        font-size: 1.2rem;
      }
      textarea {
        font: inherit;
        font-size: 1.2rem;
        min-height: 84px;
        padding: 12px;
        border: 3px solid var(--luot-border);
        border-radius: 12px;
        resize: none;
      }
      .buttons {
        display: flex;
        gap: 16px;
        justify-content: flex-end;
        margin-top: 18px;
      }
      button {
        min-height: 72px;
        padding: 12px 32px;
        border-radius: 14px;
        font-size: 1.4rem;
        font-weight: 700;
        border: 3px solid var(--luot-primary);
        background: var(--luot-bg);
        color: var(--luot-primary);
      }
      button.primary {
        background: var(--luot-primary);
        color: #fff;
      }
      button:disabled {
        opacity: 0.5;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, ratingMessages);

  @property({ attribute: false }) settings: RatingSettings | null = null;
  @property({ type: Boolean }) busy = false;

  @state() private chosen = new Set<string>();
  @state() private comment = '';

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.chosen);
    if (on) next.add(id);
    else next.delete(id);
    this.chosen = next;
    this.emit('rating-touch', null);
  }

  private emit(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const locale = this.i18n.locale;
    return html`
      <h2>${t('rating.reasonsTitle')}</h2>
      <p>${t('rating.reasonsHint')}</p>
      <div class="grid" role="group" aria-label=${t('rating.reasonsTitle')}>
        ${(this.settings?.reasons ?? []).map(
          (r) => html`<label class="reason">
            <input
              type="checkbox"
              data-testid="rating-reason-${r.id}"
              .checked=${this.chosen.has(r.id)}
              @change=${(e: Event) => this.toggle(r.id, (e.target as HTMLInputElement).checked)}
            />
            <span>${localized(r.label, locale)}</span>
          </label>`,
        )}
      </div>
      <label class="comment">
        ${t('rating.comment')}
        <textarea
          maxlength="1000"
          data-testid="rating-comment"
          .value=${this.comment}
          @input=${(e: Event) => {
            this.comment = (e.target as HTMLTextAreaElement).value;
            this.emit('rating-touch', null);
          }}
        ></textarea>
      </label>
      <div class="buttons">
        <button type="button" data-testid="rating-back" @click=${() => this.emit('rating-back', null)}>
          ${t('rating.back')}
        </button>
        <button
          class="primary"
          type="button"
          data-testid="rating-submit"
          ?disabled=${this.busy}
          @click=${() => this.emit('rating-reasons', { reasons: [...this.chosen], comment: this.comment.trim() || null })}
        >
          ${this.busy ? t('rating.sending') : t('rating.send')}
        </button>
      </div>
    `;
  }
}
