// The issued ticket: the big number, field and procedure, counters, people ahead, estimated wait,
// the QR to the phone page, the printing status with a reprint when the slip did not come out,
// and the countdown back to home. Emits `reprint` and `done`.
import { css, html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type {
  Catalogue,
  CatalogueField,
  CatalogueProcedure,
  IssuedTicket,
} from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { type KioskKey, kioskMessages } from '../i18n.js';
import type { QrPath } from '../qr.js';
import './phone-step.js';
import { kioskBase } from '../styles.js';

import type { PrintState } from '../printing.js';

@customElement('luot-ticket-screen')
export class TicketScreen extends LitElement {
  static override styles = [
    kioskBase,
    css`
      :host {
        display: flex;
        flex-direction: column;
      }
      .screen {
        flex: 1;
        display: grid;
        grid-template-areas: 'main' 'facts' 'qr' 'print' 'bottom';
        justify-items: center;
        align-content: space-evenly;
        text-align: center;
        gap: 32px;
      }
      .main {
        grid-area: main;
      }
      .label {
        font-size: 36px;
        font-weight: 700;
        text-transform: uppercase;
        color: var(--luot-text);
      }
      .number {
        font-size: 260px;
        line-height: 1.05;
        font-weight: 700;
        color: var(--luot-primary-strong);
        font-variant-numeric: tabular-nums;
        letter-spacing: 4px;
      }
      .what {
        font-size: 32px;
        font-weight: 500;
        margin-top: 12px;
      }
      .facts {
        grid-area: facts;
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 16px;
        width: 100%;
        margin: 0;
      }
      .facts div {
        background: var(--luot-surface);
        border-radius: var(--luot-radius);
        padding: 16px;
      }
      .facts dt {
        font-size: 24px;
        color: var(--luot-text-muted);
      }
      .facts dd {
        margin: 0;
        font-size: 40px;
        font-weight: 700;
        color: var(--luot-primary-strong);
      }
      .qr {
        grid-area: qr;
        display: flex;
        gap: 32px;
        align-items: center;
        text-align: left;
        max-width: 820px;
      }
      .qr svg {
        width: 280px;
        height: 280px;
        flex: none;
        background: #fff;
      }
      .print {
        grid-area: print;
        display: flex;
        gap: 20px;
        align-items: center;
        justify-content: center;
        flex-wrap: wrap;
      }
      .notice.ok {
        color: var(--luot-calling);
        background: var(--luot-calling-bg);
      }
      .bottom {
        grid-area: bottom;
        display: flex;
        flex-direction: column;
        gap: 12px;
        align-items: center;
      }
      .bottom .btn {
        min-width: 320px;
      }
      @media (min-aspect-ratio: 4/3) {
        .screen {
          grid-template-columns: 3fr 2fr;
          grid-template-areas: 'main facts' 'main qr' 'print print' 'bottom bottom';
          column-gap: 48px;
          gap: 24px 48px;
        }
        .number {
          font-size: 240px;
        }
        .facts {
          grid-template-columns: 1fr;
          gap: 12px;
        }
        .facts div {
          display: flex;
          justify-content: space-between;
          align-items: baseline;
          gap: 16px;
          text-align: left;
          padding: 12px 20px;
        }
        .facts dd {
          font-size: 34px;
          text-align: right;
        }
        .qr svg {
          width: 240px;
          height: 240px;
        }
        .bottom {
          flex-direction: row;
          gap: 32px;
        }
      }
    `,
  ];

  @property({ attribute: false }) issued: IssuedTicket | null = null;
  @property({ attribute: false }) field: CatalogueField | null = null;
  @property({ attribute: false }) procedure: CatalogueProcedure | null = null;
  @property({ attribute: false }) category: Catalogue['priorityCategories'][number] | null = null;
  @property() printState: PrintState = 'skipped';
  @property({ type: Boolean }) reprintBusy = false;
  @property({ type: Number }) secondsLeft = 0;

  private readonly i18n = new I18nController<KioskKey>(this, kioskMessages);
  private qrFor: string | null = null;
  private qr: QrPath | null = null;

  private fire(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private qrCode(url: string) {
    if (this.qrFor !== url) {
      // The QR drawing is not in the kiosk's first load: loaded on first use (usually fetched
      // already, a moment after the kiosk started).
      this.qrFor = url;
      this.qr = null;
      void import('../qr.js').then(({ qrPath }) => {
        if (this.qrFor !== url) return;
        this.qr = qrPath(url);
        this.requestUpdate();
      });
    }
    const qr = this.qr;
    if (!qr) return nothing;
    return html`<svg
      viewBox="0 0 ${qr.size} ${qr.size}"
      role="img"
      aria-label=${this.i18n.t('ticket.qr')}
      data-testid="ticket-qr"
      shape-rendering="crispEdges"
    >
      ${svg`<rect width=${qr.size} height=${qr.size} fill="#fff" /><path d=${qr.d} fill="#000" />`}
    </svg>`;
  }

  private printNotice() {
    const { i18n } = this;
    const state = this.printState;
    const text =
      state === 'printing'
        ? i18n.t('print.printing')
        : state === 'printed'
          ? i18n.t('print.printed')
          : state === 'failed'
            ? i18n.t('print.failed')
            : i18n.t('print.skipped');
    const kind = state === 'failed' ? 'error' : state === 'printed' ? 'ok' : 'warn';
    const icon = state === 'failed' ? '⚠' : state === 'printed' ? '✓' : 'ⓘ';
    const canReprint = state === 'failed' || (state === 'printing' && this.issued?.print.jobId);
    return html`<div class="print">
      <p class="notice ${kind}" role="status" data-testid="print-status" data-state=${state}>
        <span aria-hidden="true">${icon}</span> ${text}
      </p>
      ${
        canReprint
          ? html`<button
              type="button"
              class="btn"
              data-testid="reprint"
              ?disabled=${this.reprintBusy}
              @click=${() => this.fire('reprint')}
            >
              ${i18n.t('print.reprint')}
            </button>`
          : nothing
      }
    </div>`;
  }

  override render() {
    const { i18n, issued } = this;
    if (!issued) return nothing;
    const locale = i18n.locale;
    const counters = issued.counterNumbers.length
      ? i18n.t('common.counterN', { n: issued.counterNumbers.join(', ') })
      : '—';
    const eta =
      issued.etaMinutes > 0 ? i18n.t('ticket.etaValue', { n: issued.etaMinutes }) : i18n.t('ticket.etaSoon');
    return html`<div class="screen" aria-live="polite">
      <div class="main">
        <p class="label">${i18n.t('ticket.title')}</p>
        <p class="number" data-testid="ticket-number">${issued.ticket.displayNumber}</p>
        ${
          this.category
            ? html`<p>
                <span class="priority-mark" data-testid="ticket-priority">
                  <span aria-hidden="true">★</span>
                  ${i18n.t('ticket.priority', { name: localized(this.category.name, locale) })}
                </span>
              </p>
              ${this.category.requiresConfirmation ? html`<p>${i18n.t('ticket.toConfirm')}</p>` : nothing}`
            : nothing
        }
        <p class="what">
          ${this.field ? localized(this.field.name, locale) : ''}${this.procedure ? html` — ${localized(this.procedure.name, locale)}` : nothing}
        </p>
      </div>
      <dl class="facts">
        <div>
          <dt>${i18n.t('ticket.counters')}</dt>
          <dd data-testid="ticket-counters">${counters}</dd>
        </div>
        <div>
          <dt>${i18n.t('ticket.ahead')}</dt>
          <dd data-testid="ticket-ahead">${issued.ahead}</dd>
        </div>
        <div>
          <dt>${i18n.t('ticket.eta')}</dt>
          <dd data-testid="ticket-eta">${eta}</dd>
        </div>
      </dl>
      <div class="qr">
        ${this.qrCode(issued.statusUrl)}
        <p>${i18n.t('ticket.qr')}</p>
      </div>
      ${this.printNotice()}
      <div class="bottom">
        <luot-phone-step .statusToken=${issued.statusToken}></luot-phone-step>
        <button type="button" class="btn primary" data-testid="ticket-done" @click=${() => this.fire('done')}>
          ${i18n.t('ticket.done')}
        </button>
        <p class="muted">${i18n.t('ticket.returning', { n: this.secondsLeft })}</p>
      </div>
    </div>`;
  }
}
