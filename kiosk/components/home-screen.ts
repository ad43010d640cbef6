// Home: the fields as big tiles (icon, name, people waiting now) and the procedure search with its
// on-screen keyboard. Emits `field-select`, `procedure-select`, `query-change`.
import { appointmentButton } from './checkin-button.js';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import { VISIT_KINDS, type VisitKind } from '../../shared/domain/model.js';
import type { Catalogue, WaitingCounts } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import { SearchIndex } from '../search.js';
import { kioskBase } from '../styles.js';
import { applyTone, backspace, typeKey } from '../vietnamese-input.js';
import { fieldIcon } from './field-icon.js';
import './onscreen-keyboard.js';
import type { KeyboardKey } from './onscreen-keyboard.js';
import { procedureItem, procedureItemStyles } from './procedure-item.js';

/** The visit tiles the centre configured (settings.kiosk.visits) whose procedure is offered, in
 *  the centre's order (kinds it did not order follow in the default order). */
function visitTiles(catalogue: Catalogue): { kind: VisitKind; procedureId: string; fieldId: string }[] {
  const visits = catalogue.kiosk.visits ?? {};
  const order = [...new Set([...(visits.order ?? []), ...VISIT_KINDS])];
  return order.flatMap((kind) => {
    const procedureId = visits[kind];
    const field = procedureId
      ? catalogue.fields.find((f) => f.procedures.some((p) => p.id === procedureId))
      : null;
    return procedureId && field ? [{ kind, procedureId, fieldId: field.id }] : [];
  });
}

@customElement('luot-home-screen')
export class HomeScreen extends LitElement {
  static override styles = [
    kioskBase,
    procedureItemStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100%;
      }
      .screen {
        flex: 1;
        gap: 20px;
      }
      h2 {
        font-size: 34px;
        color: var(--luot-primary-strong);
      }
      /* Search and "Tôi đã đặt lịch hẹn": stacked in portrait, side by side in landscape. */
      .top {
        display: grid;
        gap: 16px;
      }
      .fields {
        display: grid;
        grid-template-columns: repeat(2, 1fr);
        gap: 16px;
      }
      /* The field tiles take the height the screen has left (bigger tiles on a portrait kiosk),
         never less than a comfortable touch target; the visit tiles stay one row below them,
         so every tile is on screen without scrolling at 1080×1920 and 1920×1080. */
      .fields.main {
        flex: 1 0 auto;
        grid-auto-rows: minmax(116px, auto);
        align-content: stretch;
      }
      .fields.visits {
        grid-template-columns: repeat(3, 1fr);
      }
      @media (min-aspect-ratio: 4/3) {
        .top {
          grid-template-columns: 1fr auto;
        }
        .fields,
        .fields.visits {
          grid-template-columns: repeat(4, 1fr);
        }
        .fields.main {
          grid-auto-rows: minmax(108px, auto);
        }
      }
      .field {
        min-height: 108px;
        display: grid;
        grid-template-columns: 72px 1fr;
        grid-template-rows: auto auto;
        align-items: center;
        align-content: center;
        gap: 4px 20px;
        padding: 16px 24px;
        text-align: left;
        border-radius: 16px;
        border: 3px solid var(--luot-primary);
        background: var(--luot-bg);
        color: var(--luot-text);
      }
      .visits .field {
        min-height: 100px;
        grid-template-columns: 56px 1fr;
        gap: 2px 14px;
        padding: 14px 16px;
        border-color: var(--luot-primary-strong);
      }
      .visits .field .icon,
      .visits .field .icon-text {
        width: 56px;
        height: 56px;
        font-size: 44px;
        line-height: 56px;
      }
      .visits .field .name {
        font-size: 26px;
      }
      .visits .field .waiting {
        font-size: 20px;
      }
      .field:active {
        background: var(--luot-surface);
      }
      .field .icon,
      .field .icon-text {
        grid-row: 1 / span 2;
        width: 72px;
        height: 72px;
        color: var(--luot-primary);
        font-size: 56px;
        line-height: 72px;
        text-align: center;
      }
      .field .name {
        font-size: 30px;
        font-weight: 700;
        color: var(--luot-primary-strong);
        line-height: 1.2;
      }
      .field .waiting {
        font-size: 24px;
        color: var(--luot-text-muted);
      }
      .search {
        display: flex;
        gap: 16px;
        align-items: stretch;
      }
      .search label {
        flex: 1;
        display: flex;
        align-items: center;
        gap: 12px;
        border: 3px solid var(--luot-primary);
        border-radius: var(--luot-radius);
        padding: 0 20px;
        background: var(--luot-bg);
      }
      .search input {
        flex: 1;
        min-height: 80px;
        border: 0;
        font: inherit;
        font-size: 30px;
        color: var(--luot-text);
        background: transparent;
      }
      .search input:focus-visible {
        outline: none;
      }
      .search label:focus-within {
        outline: 4px solid var(--luot-focus);
        outline-offset: 2px;
      }
      .search svg {
        width: 40px;
        height: 40px;
        color: var(--luot-primary);
      }
      luot-onscreen-keyboard {
        position: sticky;
        bottom: 0;
      }
    `,
  ];

  @property({ attribute: false }) catalogue: Catalogue | null = null;
  @property({ attribute: false }) waiting: WaitingCounts | null = null;
  @property() query = '';
  @property({ type: Boolean }) keyboard = false;
  /** Shows "Tôi đã đặt lịch hẹn" (the site takes bookings). */
  @property({ type: Boolean }) appointments = false;

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);
  private index: SearchIndex | null = null;
  private indexed: Catalogue | null = null;

  private searchIndex(catalogue: Catalogue): SearchIndex {
    if (this.indexed !== catalogue || !this.index) {
      this.index = new SearchIndex(catalogue);
      this.indexed = catalogue;
    }
    return this.index;
  }

  private fire(name: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private onKey(key: KeyboardKey): void {
    if (key.type === 'hide') {
      this.fire('keyboard-toggle', false);
      return;
    }
    const q = this.query;
    const next =
      key.type === 'char'
        ? typeKey(q, key.value)
        : key.type === 'tone'
          ? applyTone(q, key.tone)
          : backspace(q);
    this.fire('query-change', next);
  }

  private waitingText(n: number): string {
    return n > 0 ? this.i18n.t('home.waiting', { n }) : this.i18n.t('home.noneWaiting');
  }

  override render() {
    const { i18n, catalogue } = this;
    if (!catalogue) return html`<div class="screen"><p>${i18n.t('common.loading')}</p></div>`;
    const q = this.query.trim();
    return html`<div class="screen">
        <div class="top">
        <div class="search" role="search">
          <label>
            <svg viewBox="0 0 24 24" aria-hidden="true">
              <circle cx="10" cy="10" r="6.5" fill="none" stroke="currentColor" stroke-width="2.4" />
              <path d="M15 15l6 6" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" />
            </svg>
            <span class="visually-hidden">${i18n.t('search.label')}</span>
            <input
              type="text"
              inputmode="none"
              autocomplete="off"
              spellcheck="false"
              data-testid="search-input"
              .value=${this.query}
              placeholder=${i18n.t('search.placeholder')}
              @focus=${() => this.fire('keyboard-toggle', true)}
              @click=${() => this.fire('keyboard-toggle', true)}
              @input=${(e: Event) => this.fire('query-change', (e.target as HTMLInputElement).value)}
            />
          </label>
          ${
            this.query
              ? html`<button
                  type="button"
                  class="btn"
                  data-testid="search-clear"
                  @click=${() => this.fire('query-change', '')}
                >
                  ${i18n.t('search.clear')}
                </button>`
              : nothing
          }
        </div>
        ${q ? nothing : appointmentButton(this.appointments, () => this.fire('checkin-open', null))}
        </div>
        ${q ? this.renderResults(catalogue, q) : this.renderFields(catalogue)}
      </div>
      ${
        this.keyboard
          ? html`<luot-onscreen-keyboard
              @kb-key=${(e: CustomEvent<KeyboardKey>) => this.onKey(e.detail)}
            ></luot-onscreen-keyboard>`
          : nothing
      }`;
  }

  private renderFields(catalogue: Catalogue) {
    const locale = this.i18n.locale;
    const visits = visitTiles(catalogue);
    const onlyVisits = new Set(visits.map((v) => v.procedureId));
    // A field holding nothing but visit procedures is offered by its visit tiles alone.
    const fields = catalogue.fields.filter((f) => !f.procedures.every((p) => onlyVisits.has(p.id)));
    return html`<h2>${this.i18n.t('home.title')}</h2>
      <div class="fields main">
        ${fields.map(
          (f) => html`<button
            type="button"
            class="field"
            data-testid=${`field-${f.code}`}
            @click=${() => this.fire('field-select', f.id)}
          >
            ${fieldIcon(f.code, f.icon)}
            <span class="name">${localized(f.name, locale)}</span>
            <span class="waiting">${this.waitingText(this.waiting?.byField[f.id] ?? 0)}</span>
          </button>`,
        )}
      </div>
      ${
        visits.length > 0
          ? html`<h2>${this.i18n.t('visit.title')}</h2>
              <div class="fields visits">
                ${visits.map(
                  (v) => html`<button
                    type="button"
                    class="field visit"
                    data-testid=${`visit-${v.kind}`}
                    @click=${() => this.fire('procedure-select', v.procedureId)}
                  >
                    ${fieldIcon(`visit-${v.kind}`, undefined)}
                    <span class="name">${this.visitLabel(catalogue, v.kind)}</span>
                    <span class="waiting">${this.waitingText(this.waiting?.byField[v.fieldId] ?? 0)}</span>
                  </button>`,
                )}
              </div>`
          : nothing
      }`;
  }

  /** The centre's words for a visit tile, or the kiosk's own. */
  private visitLabel(catalogue: Catalogue, kind: VisitKind): string {
    const label = catalogue.kiosk.visits?.labels?.[kind];
    return label ? localized(label, this.i18n.locale) : this.i18n.t(`visit.${kind}`);
  }

  private renderResults(catalogue: Catalogue, q: string) {
    const locale = this.i18n.locale;
    const hits = this.searchIndex(catalogue).search(q);
    return html`<h2 aria-live="polite">${this.i18n.t('search.results')}</h2>
      ${
        hits.length === 0
          ? html`<p class="notice warn" role="status">${this.i18n.t('search.none')}</p>`
          : html`<ul class="procedures">
              ${hits.map((h) =>
                procedureItem(h.procedure, locale, localized(h.field.name, locale), () =>
                  this.fire('procedure-select', h.procedure.id),
                ),
              )}
            </ul>`
      }`;
  }
}
