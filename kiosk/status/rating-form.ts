// The phone rating: the configured levels as big faces with words; a low level asks for reasons
// and a comment before sending. Emits `rate` with {level, reasons, comment}.
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { RatingSettings } from '../../shared/protocol/config-schemas.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base } from '../../shared/ui/tokens.js';
import { type StatusKey, statusMessages } from './status-i18n.js';

export interface RatingChoice {
  level: number;
  reasons: string[];
  comment: string | null;
}

/** A face from a frown (worst) to a smile (best) by the level's place on the scale. */
function face(level: number, scale: number) {
  const t = scale <= 1 ? 1 : (level - 1) / (scale - 1);
  const end = 17 - 3 * t;
  const control = 13 + 5 * t;
  const mouth = `M8 ${end} Q12 ${control} 16 ${end}`;
  return svg`<svg viewBox="0 0 24 24" aria-hidden="true" class="face">
    <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="1.5" />
    <circle cx="9" cy="9.5" r="1.2" fill="currentColor" /><circle cx="15" cy="9.5" r="1.2" fill="currentColor" />
    <path d=${mouth} fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
  </svg>`;
}

@customElement('luot-rating-form')
export class RatingForm extends LitElement {
  static override styles = [
    base,
    css`
      .levels {
        display: grid;
        gap: 12px;
      }
      .level {
        display: flex;
        align-items: center;
        gap: 16px;
        min-height: 64px;
        padding: 8px 16px;
        border-radius: 12px;
        border: 2px solid var(--luot-primary);
        background: var(--luot-bg);
        color: var(--luot-primary-strong);
        font-size: 20px;
        font-weight: 700;
        text-align: left;
      }
      .level[aria-pressed='true'] {
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      .face {
        width: 44px;
        height: 44px;
        flex: none;
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 16px 0 0;
        display: grid;
        gap: 8px;
      }
      legend {
        font-weight: 700;
        margin-bottom: 8px;
      }
      .reason {
        display: flex;
        align-items: center;
        gap: 12px;
        min-height: 48px;
        font-size: 18px;
      }
      .reason input {
        width: 28px;
        height: 28px;
      }
      textarea {
        width: 100%;
        min-height: 88px;
        font: inherit;
        font-size: 18px;
        padding: 8px;
        border: 2px solid var(--luot-border);
        border-radius: 8px;
      }
      .submit {
        margin-top: 16px;
        width: 100%;
        min-height: 56px;
        border: 0;
        border-radius: 12px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
        font-size: 20px;
        font-weight: 700;
      }
      .submit:disabled {
        background: var(--luot-border);
        color: var(--luot-text);
      }
    `,
  ];

  @property({ attribute: false }) settings: RatingSettings | null = null;
  @property({ type: Boolean }) sending = false;

  @state() private level: number | null = null;
  @state() private reasons = new Set<string>();
  @state() private comment = '';

  private readonly i18n = new I18nController<StatusKey>(this, statusMessages);

  private send(level: number): void {
    const detail: RatingChoice = {
      level,
      reasons: [...this.reasons],
      comment: this.comment.trim() === '' ? null : this.comment.trim(),
    };
    this.dispatchEvent(new CustomEvent<RatingChoice>('rate', { detail, bubbles: true, composed: true }));
  }

  private choose(level: number): void {
    this.level = level;
    if (!this.settings?.lowLevels.includes(level)) this.send(level);
  }

  private toggle(id: string, on: boolean): void {
    const next = new Set(this.reasons);
    if (on) next.add(id);
    else next.delete(id);
    this.reasons = next;
  }

  override render() {
    const { i18n, settings } = this;
    if (!settings) return nothing;
    const locale = i18n.locale;
    const low = this.level !== null && settings.lowLevels.includes(this.level);
    return html`<div class="levels" role="group" aria-label=${i18n.t('rating.title')}>
        ${settings.levels.map(
          (l) => html`<button
            type="button"
            class="level"
            data-testid=${`rating-${l.level}`}
            aria-pressed=${this.level === l.level ? 'true' : 'false'}
            ?disabled=${this.sending}
            @click=${() => this.choose(l.level)}
          >
            ${face(l.level, settings.scale)} ${localized(l.label, locale)}
          </button>`,
        )}
      </div>
      ${
        low && this.level !== null
          ? html`<fieldset>
                <legend>${i18n.t('rating.reasons')}</legend>
                ${settings.reasons.map(
                  (r) => html`<label class="reason">
                    <input
                      type="checkbox"
                      data-testid=${`rating-reason-${r.id}`}
                      .checked=${this.reasons.has(r.id)}
                      @change=${(e: Event) => this.toggle(r.id, (e.target as HTMLInputElement).checked)}
                    />
                    ${localized(r.label, locale)}
                  </label>`,
                )}
              </fieldset>
              <label>
                <span>${i18n.t('rating.comment')}</span>
                <textarea
                  maxlength="1000"
                  data-testid="rating-comment"
                  .value=${this.comment}
                  @input=${(e: Event) => {
                    this.comment = (e.target as HTMLTextAreaElement).value;
                  }}
                ></textarea>
              </label>
              <button
                type="button"
                class="submit"
                data-testid="rating-submit"
                ?disabled=${this.sending}
                @click=${() => this.level !== null && this.send(this.level)}
              >
                ${this.sending ? i18n.t('rating.sending') : i18n.t('rating.submit')}
              </button>`
          : nothing
      }`;
  }
}
