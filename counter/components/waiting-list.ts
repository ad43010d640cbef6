// The counter's waiting list in the order call-next takes it, with wait times; tickets past
// their series' target wait are flagged (icon + word, not colour alone). Any row can be called.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import type { TicketView } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { isLate, minutesBetween } from '../format.js';
import { type CounterText, counterMessages } from '../i18n.js';
import type { Lookups } from '../lookups.js';
import { alertIcon, priorityIcon } from './icons.js';
import { controls } from './styles.js';

const SHOWN = 150;

export type CallTicketEvent = CustomEvent<{ ticket: TicketView }>;

@customElement('luot-waiting-list')
export class WaitingList extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
      }
      .panel {
        display: flex;
        flex-direction: column;
        min-height: 0;
        flex: 1;
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
      }
      .scroll {
        overflow: auto;
        min-height: 0;
        flex: 1;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 1rem;
      }
      th {
        position: sticky;
        top: 0;
        background: var(--luot-bg);
        text-align: left;
        font-size: 0.85rem;
        color: var(--luot-text-muted);
        font-weight: 500;
        padding: 4px 8px;
        border-bottom: 1px solid var(--luot-border);
      }
      td {
        padding: 6px 8px;
        border-bottom: 1px solid #e5e9f0;
        vertical-align: middle;
      }
      tr.next td {
        background: #eef3fc;
      }
      .pos {
        width: 2.5em;
        color: var(--luot-text-muted);
      }
      .number {
        font-weight: 700;
        font-size: 1.2rem;
        white-space: nowrap;
      }
      .procedure {
        max-width: 0;
        width: 100%;
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .tag {
        display: inline-flex;
        align-items: center;
        gap: 4px;
        font-size: 0.85rem;
        font-weight: 700;
        padding: 1px 8px;
        border-radius: 999px;
        margin-right: 6px;
        vertical-align: middle;
      }
      .tag.priority {
        background: var(--luot-priority-bg);
        color: var(--luot-priority);
      }
      .tag.next {
        background: var(--luot-primary);
        color: #fff;
      }
      .tag.targeted {
        background: var(--luot-surface);
        color: var(--luot-text);
        border: 1px solid var(--luot-border);
      }
      .waited {
        white-space: nowrap;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .late {
        color: var(--luot-error);
        font-weight: 700;
        display: inline-flex;
        align-items: center;
        gap: 4px;
      }
      .empty {
        padding: 24px 8px;
        text-align: center;
      }
      .call {
        width: 1%;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);
  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  /** The head of the list (the socket carries no more). */
  @property({ attribute: false }) tickets: TicketView[] = [];
  /** How many wait in all. */
  @property({ type: Number }) total = 0;
  @property({ attribute: false }) lookups: Lookups | null = null;
  @property() counterId = '';
  @property({ type: Number }) now = Date.now();

  private call(ticket: TicketView): void {
    this.dispatchEvent(new CustomEvent('call-ticket', { detail: { ticket }, bubbles: true, composed: true }));
  }

  private row(ticket: TicketView, index: number) {
    const locale = this.i18n.locale;
    const series = this.lookups?.seriesOf(ticket.seriesId);
    const late = isLate(ticket.issuedAt, this.now, series?.targetWaitMinutes);
    return html`
      <tr class=${index === 0 ? 'next' : ''} data-testid="waiting-${ticket.displayNumber}" data-late=${late}>
        <td class="pos num">${index + 1}</td>
        <td class="number">${ticket.displayNumber}</td>
        <td class="procedure" title=${this.lookups?.procedureName(ticket.procedureId, locale) ?? ''}>
          ${index === 0 ? html`<span class="tag next">${this.t('queue.next')}</span>` : nothing}
          ${
            ticket.priorityId
              ? html`<span class="tag priority">${priorityIcon(14)} ${this.t('common.priority')}</span>`
              : nothing
          }
          ${
            ticket.targetCounterId === this.counterId
              ? html`<span class="tag targeted">${this.t('queue.targeted')}</span>`
              : nothing
          }
          ${this.lookups?.procedureName(ticket.procedureId, locale) ?? ''}
          ${
            ticket.transferNote
              ? html`<div class="muted" data-testid="transfer-note-${ticket.displayNumber}">
                  ${this.t('waiting.note', { note: ticket.transferNote })}
                </div>`
              : nothing
          }
        </td>
        <td class="waited">
          ${
            late
              ? html`<span
                  class="late"
                  title=${this.t('queue.lateTitle', { n: series?.targetWaitMinutes ?? 0 })}
                  data-testid="late-${ticket.displayNumber}"
                  >${alertIcon(16)} ${this.t('queue.late')} ·
                  ${this.t('common.minutes', { n: minutesBetween(ticket.issuedAt, this.now) })}</span
                >`
              : this.t('common.minutes', { n: minutesBetween(ticket.issuedAt, this.now) })
          }
        </td>
        <td class="call">
          <button
            class="btn small"
            type="button"
            data-testid="call-${ticket.displayNumber}"
            aria-label="${this.t('action.call')} ${ticket.displayNumber}"
            @click=${() => this.call(ticket)}
          >
            ${this.t('action.call')}
          </button>
        </td>
      </tr>
    `;
  }

  override render() {
    const shown = this.tickets.slice(0, SHOWN);
    const total = Math.max(this.total, this.tickets.length);
    return html`
      <section class="panel" data-testid="waiting-list">
        <header>
          <h2>${this.t('queue.title')}</h2>
          <span class="muted num" data-testid="waiting-count">${this.t('queue.count', { n: total })}</span>
        </header>
        <div class="scroll">
          ${
            shown.length === 0
              ? html`<p class="empty muted">${this.t('queue.empty')}</p>`
              : html`<table>
                  <thead>
                    <tr>
                      <th>#</th>
                      <th>${this.t('queue.col.number')}</th>
                      <th>${this.t('queue.col.procedure')}</th>
                      <th style="text-align:right">${this.t('queue.col.waited')}</th>
                      <th><span class="visually-hidden">${this.t('action.call')}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${shown.map((t, i) => this.row(t, i))}
                  </tbody>
                </table>`
          }
          ${
            total > shown.length
              ? html`<p class="muted">${this.t('queue.more', { n: total - shown.length })}</p>`
              : nothing
          }
        </div>
      </section>
    `;
  }
}
