// Giám sát: every series with its waiting count and longest wait, every counter's state, and the
// waiting list with cancel, transfer and reactivate. Counters and counts come live from the
// socket snapshot; the lists are re-read after each change (debounced).
import './appointment-slots.js';
import '../../shared/ui/help-call-notice.js';
import { appointmentAdminMessages } from '../settings/appointments-i18n.js';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { MonitorView } from '../../shared/protocol/admin-views.js';
import type { CounterView, TicketView } from '../../shared/protocol/views.js';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { AdminElement } from '../ui/admin-page.js';
import { loc, matches, minutesBetween, siteTime } from '../ui/text.js';

const STATE_ICON: Record<CounterView['state'], string> = {
  idle: '○',
  calling: '➜',
  serving: '●',
  paused: '⏸',
};

@customElement('luot-monitor-page')
export class MonitorPage extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .columns {
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
        gap: 16px;
        align-items: start;
      }
      .number {
        font-weight: 700;
        font-size: 17px;
        font-variant-numeric: tabular-nums;
        color: var(--luot-primary-strong);
      }
      .transfer {
        display: flex;
        gap: 6px;
        align-items: center;
        flex-wrap: wrap;
      }
    `,
  ];

  @state() private lists: MonitorView | null = null;
  @state() private query = '';
  @state() private transferring: string | null = null;
  @state() private transferTarget = '';
  @state() private now = Date.now();
  private lastTick = -1;
  private lastSite = '';
  private refreshTimer: ReturnType<typeof setTimeout> | null = null;
  private clock: ReturnType<typeof setInterval> | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    this.clock = setInterval(() => {
      this.now = Date.now();
    }, 20_000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.clock) clearInterval(this.clock);
    if (this.refreshTimer) clearTimeout(this.refreshTimer);
  }

  protected override updated(): void {
    const env = this.env;
    if (!env) return;
    if (env.siteId !== this.lastSite) {
      this.lastSite = env.siteId;
      this.lists = null;
      this.lastTick = env.tick;
      void this.refresh();
    } else if (env.tick !== this.lastTick) {
      this.lastTick = env.tick;
      if (this.refreshTimer) clearTimeout(this.refreshTimer);
      this.refreshTimer = setTimeout(() => void this.refresh(), 250);
    }
  }

  private async refresh(): Promise<void> {
    const siteId = this.e.siteId;
    try {
      const lists = await api<MonitorView>(sitePath(siteId, '/monitor'));
      if (siteId === this.e.siteId) {
        this.lists = lists;
        this.now = Date.now();
      }
    } catch {
      // the next change retries; the connection banner says when we are offline
    }
  }

  /** Server time; this.now only makes the page re-render as minutes pass. */
  private serverNow(env: AdminEnv): number {
    return this.now > 0 ? env.serverNow() : 0;
  }

  private procedureName(id: string): string {
    const p = this.e.site?.config.procedures.find((x) => x.id === id);
    return p ? loc(p.name, this.locale) : id;
  }

  private async cancel(ticket: TicketView): Promise<void> {
    if (!confirm(this.t('monitor.cancelConfirm', { number: ticket.displayNumber }))) return;
    await this.run(
      () => api(sitePath(this.e.siteId, `/tickets/${ticket.id}/cancel`), { body: {} }),
      this.t('monitor.cancelDone', { number: ticket.displayNumber }),
    );
    void this.refresh();
  }

  private async transfer(ticket: TicketView): Promise<void> {
    const [kind, id] = this.transferTarget.split(':');
    if (!id) return;
    const body = kind === 'c' ? { toCounterId: id } : { toSeriesId: id };
    const ok = await this.run(
      () => api(sitePath(this.e.siteId, `/tickets/${ticket.id}/transfer`), { body }),
      this.t('monitor.transferDone', { number: ticket.displayNumber }),
    );
    if (ok) this.transferring = null;
    void this.refresh();
  }

  private async reactivate(ticket: TicketView): Promise<void> {
    await this.run(
      () => api(sitePath(this.e.siteId, `/tickets/${ticket.id}/reactivate`), { body: {} }),
      this.t('monitor.reactivateDone', { number: ticket.displayNumber }),
    );
    void this.refresh();
  }

  private renderSeries(env: AdminEnv) {
    const snap = env.snapshot;
    const config = env.site?.config;
    if (!snap || !config) return html`<p class="muted">${this.t('common.loading')}</p>`;
    const now = this.serverNow(env);
    return html`<table data-testid="monitor-series">
      <thead>
        <tr>
          <th>${this.t('monitor.series')}</th>
          <th class="num">${this.t('monitor.waiting')}</th>
          <th class="num">${this.t('monitor.longest')}</th>
          <th class="num">${this.t('monitor.target')}</th>
        </tr>
      </thead>
      <tbody>
        ${config.series.map((s) => {
          const waiting = snap.waiting.bySeries[s.id] ?? 0;
          const oldest = snap.waiting.oldestBySeries[s.id];
          const waited = oldest === undefined ? null : minutesBetween(oldest, now);
          const over = waited !== null && waited > s.targetWaitMinutes;
          return html`<tr data-testid=${`monitor-series-${s.id}`}>
            <td><strong>${s.prefix || '#'}</strong> ${loc(s.name, this.locale)}</td>
            <td class="num">${waiting}</td>
            <td class="num">
              ${waited === null ? this.t('common.none') : this.t('common.minutesShort', { n: waited })}
              ${over ? html`<span class="tag bad">⚠ ${this.t('monitor.overTarget')}</span>` : nothing}
            </td>
            <td class="num">${this.t('common.minutesShort', { n: s.targetWaitMinutes })}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  private renderCounters(env: AdminEnv) {
    const snap = env.snapshot;
    if (!snap) return nothing;
    const tz = snap.site.timeZone;
    return html`<table data-testid="monitor-counters">
      <thead>
        <tr>
          <th class="num">${this.t('common.counter')}</th>
          <th>${this.t('monitor.state')}</th>
          <th>${this.t('monitor.current')}</th>
          <th>${this.t('monitor.officer')}</th>
        </tr>
      </thead>
      <tbody>
        ${snap.counters.map(
          (c) => html`<tr data-testid=${`monitor-counter-${c.id}`}>
            <td class="num"><strong>${c.number}</strong></td>
            <td>
              ${
                c.closed
                  ? html`<span class="tag" data-testid="monitor-closed">✕ ${this.t('monitor.state.closed')}</span>`
                  : html`<span class="tag ${c.state === 'paused' ? 'warn' : c.state === 'idle' ? '' : 'ok'}">
                      ${STATE_ICON[c.state]} ${this.t(`monitor.state.${c.state}` as AdminKey)}
                    </span>`
              }
              ${
                c.paused
                  ? html`<div class="muted">
                    ${this.t(`pause.${c.paused.reason}` as AdminKey)}${c.paused.note ? ` – ${c.paused.note}` : ''}
                    ${this.t('monitor.pausedSince', { time: siteTime(c.paused.at, tz) })}
                  </div>`
                  : nothing
              }
            </td>
            <td>
              ${
                c.current
                  ? html`<span class="number">${c.current.displayNumber}</span>
                    <div class="muted">${this.procedureName(c.current.procedureId)}</div>`
                  : this.t('common.none')
              }
            </td>
            <td>${c.officer ? c.officer.fullName : html`<span class="muted">${this.t('monitor.notSignedIn')}</span>`}</td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private renderTransfer(env: AdminEnv, ticket: TicketView) {
    const config = env.site?.config;
    if (!config) return nothing;
    const options = [
      ...config.counters
        .filter((c) => !c.retired)
        .map((c) => ({ value: `c:${c.id}`, label: this.t('monitor.toCounter', { n: c.number }) })),
      ...config.series
        .filter((s) => s.id !== ticket.seriesId)
        .map((s) => ({
          value: `s:${s.id}`,
          label: this.t('monitor.toSeries', { name: loc(s.name, this.locale) }),
        })),
    ];
    return html`<div class="transfer">
      <label>
        ${this.t('monitor.transferTo', { number: ticket.displayNumber })}
        <select
          data-testid="transfer-target"
          @change=${(e: Event) => {
            this.transferTarget = (e.target as HTMLSelectElement).value;
          }}
        >
          <option value="">—</option>
          ${options.map((o) => html`<option value=${o.value}>${o.label}</option>`)}
        </select>
      </label>
      <button
        class="primary small"
        data-testid="transfer-confirm"
        ?disabled=${this.busy || !this.transferTarget}
        @click=${() => void this.transfer(ticket)}
      >
        ${this.t('common.confirm')}
      </button>
      <button class="small" @click=${() => (this.transferring = null)}>${this.t('common.cancel')}</button>
    </div>`;
  }

  private renderQueue(env: AdminEnv) {
    const lists = this.lists;
    if (!lists) return html`<p class="muted">${this.t('common.loading')}</p>`;
    const tz = env.snapshot?.site.timeZone ?? env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    const now = this.serverNow(env);
    const config = env.site?.config;
    const counterNumber = (id: string | null) => config?.counters.find((c) => c.id === id)?.number;
    const rows = lists.waiting.filter((t) =>
      matches(this.query, t.displayNumber, this.procedureName(t.procedureId)),
    );
    return html`
      <div class="toolbar">
        <input
          class="search"
          type="search"
          data-testid="monitor-search"
          placeholder=${this.t('common.search')}
          aria-label=${this.t('common.search')}
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
        <span class="muted">${this.t('common.count', { n: lists.waiting.length })}</span>
      </div>
      ${this.renderProblems()}
      ${
        rows.length === 0
          ? html`<p class="muted">${this.t('monitor.queueEmpty')}</p>`
          : html`<table data-testid="monitor-waiting">
            <thead>
              <tr>
                <th>${this.t('monitor.number')}</th>
                <th>${this.t('monitor.procedure')}</th>
                <th class="num">${this.t('monitor.issuedAt')}</th>
                <th class="num">${this.t('monitor.waited')}</th>
                <th>${this.t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (t) => html`<tr data-testid=${`waiting-${t.id}`}>
                  <td>
                    <span class="number">${t.displayNumber}</span>
                    ${t.priorityId ? html`<span class="tag priority">★ ${this.t('common.priority')}</span>` : nothing}
                    ${
                      t.targetCounterId
                        ? html`<span class="tag">${this.t('monitor.targetCounter', { n: counterNumber(t.targetCounterId) ?? '?' })}</span>`
                        : nothing
                    }
                  </td>
                  <td>${this.procedureName(t.procedureId)}</td>
                  <td class="num">${siteTime(t.issuedAt, tz)}</td>
                  <td class="num">${this.t('common.minutesShort', { n: minutesBetween(t.issuedAt, now) })}</td>
                  <td class="actions">
                    ${
                      this.transferring === t.id
                        ? this.renderTransfer(env, t)
                        : html`<button
                            class="small"
                            data-testid=${`transfer-${t.id}`}
                            @click=${() => {
                              this.transferring = t.id;
                              this.transferTarget = '';
                            }}
                          >
                            ${this.t('monitor.transfer')}
                          </button>
                          <button class="small danger" data-testid=${`cancel-${t.id}`} @click=${() => void this.cancel(t)}>
                            ${this.t('monitor.cancel')}
                          </button>`
                    }
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
      ${
        lists.noShows.length > 0
          ? html`<h3>${this.t('monitor.noShows')}</h3>
            <table data-testid="monitor-noshows">
              <tbody>
                ${lists.noShows.map(
                  (t) => html`<tr>
                    <td><span class="number">${t.displayNumber}</span></td>
                    <td>${this.procedureName(t.procedureId)}</td>
                    <td>${t.counterNumber ? this.t('common.counterN', { n: t.counterNumber }) : ''}</td>
                    <td>
                      <button class="small" data-testid=${`reactivate-${t.id}`} @click=${() => void this.reactivate(t)}>
                        ${this.t('monitor.reactivate')}
                      </button>
                    </td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }
    `;
  }

  protected override renderPage(env: AdminEnv) {
    return html`
      <h1>${this.t('nav.monitor')}</h1>
      <luot-help-call-notice
        .siteId=${env.siteId}
        .locale=${this.locale}
        .timeZone=${env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh'}
      ></luot-help-call-notice>
      <div class="columns">
        <section>
          <h2>${this.t('monitor.series')}</h2>
          ${this.renderSeries(env)}
          <h2>${this.t('monitor.counters')}</h2>
          ${this.renderCounters(env)}
        </section>
        <section>
          <h2>${this.t('monitor.queue')}</h2>
          ${this.renderQueue(env)}
          <h2>${appointmentAdminMessages.t(this.locale, 'appt.today')}</h2>
          <luot-appointment-slots
            .siteId=${env.siteId}
            .timeZone=${env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh'}
            .procedureName=${(id: string) => env.site?.config.procedures.find((p) => p.id === id)?.name}
          ></luot-appointment-slots>
        </section>
      </div>
    `;
  }
}
