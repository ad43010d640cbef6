// One procedure: name and code, documents to bring, processing time, fee, counters, people waiting,
// the big "Lấy số" button and, when configured, the way to the priority step.
// Emits `take`, `priority-open`, `back`.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { CatalogueField, CatalogueProcedure } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { backIcon, kioskBase } from '../styles.js';

@customElement('luot-procedure-screen')
export class ProcedureScreen extends LitElement {
  static override styles = [
    kioskBase,
    css`
      h2.name {
        font-size: 40px;
        line-height: 1.2;
        color: var(--luot-primary-strong);
      }
      .facts {
        display: grid;
        grid-template-columns: repeat(2, 1fr);
        gap: 16px;
        margin: 0;
      }
      .facts div {
        background: var(--luot-surface);
        border-radius: var(--luot-radius);
        padding: 16px 20px;
      }
      .facts dt {
        font-size: 24px;
        color: var(--luot-text-muted);
      }
      .facts dd {
        margin: 0;
        font-weight: 700;
      }
      .facts .wide {
        grid-column: 1 / -1;
      }
      h3 {
        font-size: 28px;
      }
      .docs {
        margin: 8px 0 0;
        padding-left: 36px;
      }
      .docs li {
        margin-bottom: 8px;
      }
      .actions {
        display: flex;
        flex-direction: column;
        gap: 20px;
        margin-top: 8px;
      }
      .btn.big {
        width: 100%;
      }
      .btn.priority:enabled {
        border-color: var(--luot-priority);
        color: var(--luot-priority);
      }
      @media (min-aspect-ratio: 4/3) {
        .layout {
          display: grid;
          grid-template-columns: 3fr 2fr;
          gap: 40px;
          align-items: start;
        }
        .facts {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  @property({ attribute: false }) procedure: CatalogueProcedure | null = null;
  @property({ attribute: false }) field: CatalogueField | null = null;
  @property({ type: Number }) waitingNow = 0;
  @property({ type: Boolean }) online = true;
  @property({ type: Boolean }) busy = false;
  @property({ type: Boolean }) priorityEnabled = false;
  /** The last take failed with this code: the button becomes "Thử lại" (same request id). */
  @property() errorCode: string | null = null;

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);

  private fire(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private timeText(p: CatalogueProcedure): string {
    const time = p.processingTime;
    if (!time) return '—';
    if (time.unit === 'same_day') return this.i18n.t('time.same_day');
    const key = `time.${time.unit}` as KioskKey;
    return kioskMessages.has(key) ? this.i18n.t(key, { n: time.value }) : `${time.value}`;
  }

  override render() {
    const { i18n, procedure: p } = this;
    if (!p) return nothing;
    const locale = i18n.locale;
    const docs = p.documents ?? [];
    const disabled = !this.online || this.busy;
    return html`<div class="screen">
      <div class="screen-head">
        <button type="button" class="btn" data-testid="back" @click=${() => this.fire('back')}>
          <span aria-hidden="true">${backIcon}</span> ${i18n.t('common.back')}
        </button>
        <span class="muted">${this.field ? localized(this.field.name, locale) : ''}</span>
      </div>
      <div>
        <h2 class="name">${localized(p.name, locale)}</h2>
      </div>
      <div class="layout">
        <div>
          <dl class="facts">
            <div>
              <dt>${i18n.t('procedure.time')}</dt>
              <dd data-testid="procedure-time">${this.timeText(p)}</dd>
            </div>
            <div>
              <dt>${i18n.t('procedure.waiting')}</dt>
              <dd data-testid="procedure-waiting">${i18n.t('procedure.waitingN', { n: this.waitingNow })}</dd>
            </div>
            <div class="wide">
              <dt>${i18n.t('procedure.counters')}</dt>
              <dd>
                ${p.counterNumbers.length ? i18n.t('common.counterN', { n: p.counterNumbers.join(', ') }) : '—'}
              </dd>
            </div>
            <div class="wide">
              <dt>${i18n.t('procedure.fee')}</dt>
              <dd>${p.fee ? localized(p.fee, locale) : '—'}</dd>
            </div>
          </dl>
          <h3>${i18n.t('procedure.documents')}</h3>
          ${
            docs.length
              ? html`<ol class="docs">
                  ${docs.map((d) => html`<li>${localized(d, locale)}</li>`)}
                </ol>`
              : html`<p class="muted">${i18n.t('procedure.noDocuments')}</p>`
          }
        </div>
        <div class="actions">
          ${
            this.errorCode
              ? html`<p class="notice error" role="alert" data-testid="take-error">
                  ${i18n.t('error.title')}: ${i18n.error(this.errorCode)}
                </p>`
              : nothing
          }
          ${this.online ? nothing : html`<p class="notice error" role="status">${i18n.t('offline.take')}</p>`}
          <button
            type="button"
            class="btn primary big"
            data-testid="take-ticket"
            ?disabled=${disabled}
            aria-busy=${this.busy ? 'true' : 'false'}
            @click=${() => this.fire('take')}
          >
            ${this.busy ? i18n.t('take.busy') : this.errorCode ? i18n.t('take.retry') : i18n.t('take.button')}
          </button>
          ${
            this.priorityEnabled
              ? html`<button
                  type="button"
                  class="btn priority"
                  data-testid="priority-open"
                  ?disabled=${disabled}
                  @click=${() => this.fire('priority-open')}
                >
                  <span aria-hidden="true">★</span> ${i18n.t('take.priority')}
                </button>`
              : nothing
          }
        </div>
      </div>
    </div>`;
  }
}
