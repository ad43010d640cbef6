// The ticket at the counter now: number, procedure, priority (icon + word), channel, how long it
// waited and a live service timer; or the counter's pause with its reason.
import { appointmentBadge } from './appointment-badge.js';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Params } from '../../shared/i18n/messages.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { CounterView, TicketView } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, reducedMotion, tokens } from '../../shared/ui/tokens.js';
import { clock, minutesBetween } from '../format.js';
import { type CounterText, counterMessages, pauseReasonKey } from '../i18n.js';
import type { Lookups } from '../lookups.js';
import { clockIcon, pauseIcon, priorityIcon, transferIcon } from './icons.js';
import { controls } from './styles.js';

@customElement('luot-current-ticket')
export class CurrentTicket extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: block;
      }
      .box {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 24px;
        min-height: 168px;
        padding: 16px 24px;
        border-radius: var(--luot-radius);
        border: 2px solid var(--luot-border);
        background: var(--luot-bg);
      }
      .strip {
        display: flex;
        align-items: center;
        gap: 8px;
        padding: 6px 14px;
        margin-bottom: 6px;
        border-radius: 10px;
        background: var(--luot-accent-bg);
        border: 2px solid var(--luot-accent);
        color: #5c2c05;
        font-weight: 700;
      }
      .strip .muted {
        font-weight: 500;
      }
      .box.calling {
        border-color: var(--luot-calling);
        background: var(--luot-calling-bg);
      }
      .box.serving {
        border-color: var(--luot-primary);
        background: #eef3fc;
      }
      .box.paused {
        border-color: var(--luot-accent);
        background: var(--luot-accent-bg);
      }
      .state {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        font-weight: 700;
        font-size: 0.95rem;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
      .calling .state {
        color: var(--luot-calling);
      }
      .serving .state {
        color: var(--luot-primary);
      }
      .paused .state {
        color: #7a3a06;
      }
      .number {
        font-size: 88px;
        line-height: 1;
        font-weight: 700;
        color: var(--luot-text);
        font-variant-numeric: tabular-nums;
        letter-spacing: 0.01em;
      }
      .calling .number {
        animation: arrive 0.6s ease-out;
      }
      @keyframes arrive {
        from {
          transform: scale(0.92);
          opacity: 0.4;
        }
      }
      .details {
        display: grid;
        gap: 6px;
        min-width: 0;
      }
      .procedure {
        font-size: 1.35rem;
        font-weight: 700;
        overflow: hidden;
        display: -webkit-box;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
      }
      .facts {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        align-items: center;
        font-size: 1rem;
      }
      .fact {
        display: inline-flex;
        align-items: center;
        gap: 6px;
      }
      .priority {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        padding: 3px 10px;
        border-radius: 999px;
        background: var(--luot-priority-bg);
        color: var(--luot-priority);
        font-weight: 700;
      }
      .timer {
        text-align: right;
        display: grid;
        gap: 4px;
        justify-items: end;
      }
      .timer .value {
        font-size: 44px;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        line-height: 1;
      }
      .timer .label {
        font-size: 0.95rem;
        color: var(--luot-text-muted);
      }
      .empty {
        font-size: 1.6rem;
        font-weight: 700;
      }
      .paused-reason {
        font-size: 1.6rem;
        font-weight: 700;
        color: #5c2c05;
      }
    `,
    reducedMotion,
  ];

  private readonly i18n = new I18nController(this, counterMessages);

  @property({ attribute: false }) counter: CounterView | null = null;
  @property({ attribute: false }) lookups: Lookups | null = null;
  @property({ type: Number }) now = Date.now();
  @property() timeZone = 'Asia/Ho_Chi_Minh';

  private readonly t = (key: CounterText, params?: Params) => this.i18n.t(key, params);

  override render() {
    const counter = this.counter;
    const state = counter?.state ?? 'idle';
    const ticket = counter?.current ?? null;
    const paused = counter?.paused ?? null;
    const look = ticket ? (ticket.status === 'serving' ? 'serving' : 'calling') : paused ? 'paused' : 'idle';
    return html`
      <section
        data-testid="current-ticket"
        data-state=${state}
        data-number=${ticket?.displayNumber ?? ''}
        aria-live="polite"
      >
        ${paused && ticket ? this.renderPauseStrip(paused) : nothing}
        <div class="box ${look}">
          ${ticket ? this.renderTicket(ticket) : paused ? this.renderPaused(paused) : this.renderEmpty()}
        </div>
      </section>
    `;
  }

  /** Paused while a ticket is still open: the ticket stays in view, the pause above it. */
  private renderPauseStrip(paused: NonNullable<CounterView['paused']>) {
    const reason = this.reasonLabel(paused.reason);
    return html`<div class="strip" data-testid="paused-reason">
      ${pauseIcon(18)} ${this.t('state.paused')} – ${reason}${paused.note ? html` – ${paused.note}` : nothing}
      <span class="muted">· ${this.t('paused.since', { time: formatLocalTime(paused.at, this.timeZone) })}</span>
    </div>`;
  }

  private renderEmpty() {
    return html`
      <div class="state">${this.t('state.idle')}</div>
      <div class="details">
        <div class="empty">${this.t('current.none')}</div>
        <div class="muted">${this.t('current.noneHint')}</div>
      </div>
      <div></div>
    `;
  }

  private renderPaused(paused: NonNullable<CounterView['paused']>) {
    const reason = this.reasonLabel(paused.reason);
    return html`
      <div class="state">${pauseIcon(22)} ${this.t('state.paused')}</div>
      <div class="details">
        <div class="paused-reason" data-testid="paused-reason">
          ${reason}${paused.note ? html` – ${paused.note}` : nothing}
        </div>
        <div>${this.t('paused.banner', { reason })}</div>
      </div>
      <div class="timer">
        <span class="value">${clock(this.now - paused.at)}</span>
        <span class="label">${this.t('paused.since', { time: formatLocalTime(paused.at, this.timeZone) })}</span>
      </div>
    `;
  }

  private reasonLabel(reason: string): string {
    return this.t(pauseReasonKey(reason));
  }

  private renderTicket(ticket: TicketView) {
    const locale = this.i18n.locale;
    const lookups = this.lookups;
    const serving = ticket.status === 'serving' && ticket.startedAt !== null;
    const waitedMs = (ticket.calledAt ?? this.now) - ticket.issuedAt;
    const timerFrom = serving ? (ticket.startedAt ?? this.now) : (ticket.calledAt ?? this.now);
    return html`
      <div class="state">${clockIcon(22)} ${this.t(serving ? 'state.serving' : 'state.calling')}</div>
      <div class="details">
        <div style="display:flex; gap:24px; align-items:center; min-width:0">
          <span class="number" data-testid="current-number">${ticket.displayNumber}</span>
          <div class="details">
            <div class="procedure">${lookups?.procedureName(ticket.procedureId, locale) ?? ''}</div>
            <div class="muted">${lookups?.fieldName(ticket.fieldId, locale) ?? ''}</div>
          </div>
        </div>
        <div class="facts">
          ${
            ticket.priorityId
              ? html`<span class="priority" data-testid="current-priority">
                  ${priorityIcon(18)} ${this.t('common.priority')} ·
                  ${lookups?.priorityName(ticket.priorityId, locale) ?? ''}
                  ${ticket.priorityToConfirm ? html` · ${this.t('current.toConfirm')}` : nothing}
                </span>`
              : nothing
          }
          <span class="fact">${this.t(`channel.${ticket.channel}`)}</span>
          ${appointmentBadge(ticket, this.timeZone, (k, p) => this.t(k, p))}
          <span class="fact num" data-testid="current-waited">
            ${this.t('current.waited', { t: this.t('common.minutes', { n: minutesBetween(0, waitedMs) }) })}
          </span>
          ${
            ticket.transferCount > 0
              ? html`<span class="fact">${transferIcon(18)} ${this.t('current.transferred')}</span>`
              : nothing
          }
          ${
            ticket.visit
              ? html`<span class="fact" data-testid="current-visit">${this.t('visit.step', {
                  step: ticket.visit.step,
                  total: ticket.visit.total,
                })}${
                  ticket.visit.nextProcedureId
                    ? ` · ${this.t('visit.next', { name: lookups?.procedureName(ticket.visit.nextProcedureId, locale) ?? '' })}`
                    : ''
                }</span>`
              : nothing
          }
          ${
            ticket.transferNote
              ? html`<span class="fact" data-testid="current-transfer-note">${this.t('waiting.note', { note: ticket.transferNote })}</span>`
              : nothing
          }
          ${
            ticket.recallCount > 0
              ? html`<span class="fact">${this.t('current.recalls', { n: ticket.recallCount })}</span>`
              : nothing
          }
        </div>
      </div>
      <div class="timer">
        <span class="value" data-testid="service-timer">${clock(this.now - timerFrom)}</span>
        <span class="label">
          ${
            serving
              ? this.t('current.serviceTimer')
              : html`${this.t('current.walk')}<br />${this.t('current.calledAt', {
                  time: formatLocalTime(ticket.calledAt ?? this.now, this.timeZone),
                })}`
          }
        </span>
      </div>
    `;
  }
}
