// <luot-reports-page .siteId>: the "Báo cáo" page of the admin console. Filters, one tab per
// report (summary, wait/service times, load, satisfaction, officers' time, on-time dossiers),
// charts beside tables, CSV/XLSX export of the report shown, and a print view.
import './appointment-report-view.js';
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { ReportName, ReportOptions } from '../../shared/protocol/report-views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, reducedMotion, tokens } from '../../shared/ui/tokens.js';
import { localDate } from './format.js';
import { type ReportKey, reportMessages } from './i18n.js';
import './load-view.js';
import { monthMessages } from './month-i18n.js';
import './month-report.js';
import './officer-time-view.js';
import './on-time-view.js';
import { EMPTY_FILTERS, type FilterValues } from './report-filters.js';
import './report-filters.js';
import './satisfaction-view.js';
import { reportStyles } from './styles.js';
import './summary-view.js';
import './times-view.js';

const TABS = ['summary', 'times', 'load', 'satisfaction', 'officers', 'ontime'] as const;
type Tab = (typeof TABS)[number];

const TIME_GROUPS = ['procedures', 'fields', 'series', 'counters', 'officers', 'days', 'months'] as const;
type TimeGroup = (typeof TIME_GROUPS)[number];
const TIME_GROUP_KEY: Record<TimeGroup, ReportKey> = {
  procedures: 'rp.by.procedure',
  fields: 'rp.by.field',
  series: 'rp.by.series',
  counters: 'rp.by.counter',
  officers: 'rp.by.officer',
  days: 'rp.by.day',
  months: 'rp.by.month',
};
const SAT_GROUPS = ['month', 'counter', 'officer', 'procedure'] as const;
type SatGroup = (typeof SAT_GROUPS)[number];

function addDays(day: string, n: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}

@customElement('luot-reports-page')
export class ReportsPage extends LitElement {
  static override styles = [
    tokens,
    base,
    reducedMotion,
    reportStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        justify-content: space-between;
        gap: 8px 24px;
        margin-bottom: 12px;
      }
      h1 {
        margin: 0;
        font-size: 1.5rem;
      }
      [role='tablist'] {
        display: flex;
        flex-wrap: wrap;
        gap: 4px;
        border-bottom: 2px solid var(--luot-border);
        margin-bottom: 12px;
      }
      [role='tab'] {
        border: none;
        border-bottom: 3px solid transparent;
        border-radius: 0;
        background: none;
        color: var(--luot-text-muted);
        margin-bottom: -2px;
      }
      [role='tab'][aria-selected='true'] {
        color: var(--luot-primary);
        border-bottom-color: var(--luot-primary);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        align-items: center;
        margin-bottom: 12px;
      }
      .toolbar .spacer {
        flex: 1;
      }
      .toolbar select {
        font: inherit;
        min-height: 40px;
        border-radius: 8px;
        border: 1px solid var(--luot-border);
        padding: 4px 8px;
      }
      .error {
        color: var(--luot-error);
        background: var(--luot-error-bg);
        padding: 10px 14px;
        border-radius: 8px;
        font-weight: 600;
      }
      @media print {
        header .muted {
          color: #000;
        }
      }
    `,
  ];

  @property({ attribute: 'site-id' }) siteId = '';
  @state() private options: ReportOptions | null = null;
  @state() private filters: FilterValues | null = null;
  @state() private tab: Tab = 'summary';
  @state() private timeGroup: TimeGroup = 'procedures';
  @state() private satGroup: SatGroup = 'month';
  @state() private report: unknown = null;
  @state() private loading = false;
  @state() private error = '';
  /** The printable monthly report is shown instead of the tabs. */
  @state() private monthly = false;
  private loadedFor = '';
  private request = 0;

  private readonly i18n = new I18nController(this, reportMessages);

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('siteId') && this.siteId && this.siteId !== this.loadedFor) {
      this.loadedFor = this.siteId;
      void this.loadOptions();
    }
  }

  private async loadOptions(): Promise<void> {
    this.options = null;
    this.report = null;
    this.error = '';
    try {
      const options = await api<ReportOptions>(
        `/api/sites/${encodeURIComponent(this.siteId)}/reports/options`,
      );
      this.options = options;
      this.filters = { from: addDays(options.today, -29), to: options.today, ...EMPTY_FILTERS };
      await this.load();
    } catch (error) {
      this.error = this.i18n.error(error instanceof ApiRequestError ? error.code : undefined);
    }
  }

  /** The report the current tab shows. */
  private get reportName(): ReportName {
    switch (this.tab) {
      case 'summary':
        return 'summary';
      case 'times':
        return this.timeGroup;
      case 'load':
        return 'load';
      case 'satisfaction':
        return 'satisfaction';
      case 'officers':
        return 'officer-time';
      default:
        return 'on-time';
    }
  }

  private query(): string {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(this.filters ?? {})) if (v) params.set(k, v);
    if (this.tab === 'satisfaction') params.set('by', this.satGroup);
    return params.toString();
  }

  private path(ext = '', name: string = this.reportName): string {
    return `/api/sites/${encodeURIComponent(this.siteId)}/reports/${name}${ext}?${this.query()}`;
  }

  private async load(): Promise<void> {
    if (!this.filters) return;
    const id = ++this.request;
    this.loading = true;
    this.error = '';
    try {
      const report = await api<unknown>(this.path(), { timeoutMs: 120_000 });
      if (id === this.request) this.report = report;
    } catch (error) {
      if (id === this.request) {
        this.report = null;
        this.error = this.i18n.error(error instanceof ApiRequestError ? error.code : undefined);
      }
    } finally {
      if (id === this.request) this.loading = false;
    }
  }

  private choose(tab: Tab): void {
    if (tab === this.tab) return;
    this.tab = tab;
    this.report = null;
    void this.load();
  }

  private onTabKey(event: KeyboardEvent): void {
    const i = TABS.indexOf(this.tab);
    const next = event.key === 'ArrowRight' ? i + 1 : event.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    const tab = TABS[(next + TABS.length) % TABS.length];
    this.choose(tab);
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLButtonElement>(`[data-testid="reports-tab-${tab}"]`)?.focus(),
    );
  }

  private renderTabs() {
    return html`<div role="tablist" class="no-print" @keydown=${this.onTabKey}>
      ${TABS.map(
        (tab) => html`<button
          role="tab"
          type="button"
          aria-selected=${tab === this.tab ? 'true' : 'false'}
          tabindex=${tab === this.tab ? 0 : -1}
          data-testid="reports-tab-${tab}"
          @click=${() => this.choose(tab)}
        >
          ${this.i18n.t(`rp.tab.${tab}`)}
        </button>`,
      )}
    </div>`;
  }

  private renderToolbar() {
    const group =
      this.tab === 'times'
        ? html`<label>
            ${this.i18n.t('rp.groupBy')}
            <select data-testid="reports-group" @change=${(e: Event) => {
              this.timeGroup = (e.target as HTMLSelectElement).value as TimeGroup;
              void this.load();
            }}>
              ${TIME_GROUPS.map((g) => html`<option value=${g} ?selected=${g === this.timeGroup}>${this.i18n.t(TIME_GROUP_KEY[g])}</option>`)}
            </select>
          </label>`
        : this.tab === 'satisfaction'
          ? html`<label>
              ${this.i18n.t('rp.groupBy')}
              <select data-testid="reports-sat-group" @change=${(e: Event) => {
                this.satGroup = (e.target as HTMLSelectElement).value as SatGroup;
                void this.load();
              }}>
                ${SAT_GROUPS.map((g) => html`<option value=${g} ?selected=${g === this.satGroup}>${this.i18n.t(`rp.by.${g}`)}</option>`)}
              </select>
            </label>`
          : nothing;
    return html`<div class="toolbar no-print">
      ${group}
      <span class="spacer"></span>
      <a class="button" href=${this.path('.csv')} download data-testid="reports-export-csv">⬇ ${this.i18n.t('rp.exportCsv')}</a>
      <a class="button" href=${this.path('.xlsx')} download data-testid="reports-export-xlsx">⬇ ${this.i18n.t('rp.exportXlsx')}</a>
      <button type="button" data-testid="reports-print" @click=${() => window.print()}>${this.i18n.t('rp.print')}</button>
      <button type="button" data-testid="reports-monthly" @click=${() => {
        this.monthly = true;
      }}>${monthMessages.t(this.i18n.locale, 'month.open')}</button>
      ${
        this.tab === 'ontime'
          ? html`<a class="button" href=${this.path('.xlsx', 'index')} download data-testid="reports-export-index">⬇ ${this.i18n.t('rp.exportIndex')}</a>`
          : nothing
      }
    </div>`;
  }

  private renderReport() {
    if (this.error) return html`<p class="error" role="alert" data-testid="reports-error">${this.error}</p>`;
    if (!this.report) return html`<p class="muted" role="status">${this.i18n.t('rp.loading')}</p>`;
    const r = this.report;
    switch (this.tab) {
      case 'summary':
        return html`<luot-report-summary .report=${r} .options=${this.options}></luot-report-summary>
          <luot-appointment-report .siteId=${this.siteId} .from=${this.filters?.from ?? ''} .to=${this.filters?.to ?? ''}></luot-appointment-report>`;
      case 'times':
        return html`<luot-report-times .report=${r} .options=${this.options}></luot-report-times>`;
      case 'load':
        return html`<luot-report-load .report=${r} .options=${this.options}></luot-report-load>`;
      case 'satisfaction':
        return html`<luot-report-satisfaction .report=${r} .options=${this.options}></luot-report-satisfaction>`;
      case 'officers':
        return html`<luot-report-officer-time .report=${r} .options=${this.options}></luot-report-officer-time>`;
      case 'ontime':
        return html`<luot-report-on-time
          .report=${r}
          .options=${this.options}
          .siteId=${this.siteId}
          @imported=${() => void this.load()}
        ></luot-report-on-time>`;
    }
  }

  override render() {
    const o = this.options;
    const f = this.filters;
    if (this.monthly && o) {
      return html`<luot-month-report
        .siteId=${this.siteId}
        .options=${o}
        @close=${() => {
          this.monthly = false;
        }}
      ></luot-month-report>`;
    }
    return html`
      <header>
        <h1>${this.i18n.t('rp.title')} – ${this.i18n.t(`rp.tab.${this.tab}`)}</h1>
        ${o ? html`<span class="muted">${localized(o.siteName, this.i18n.locale)} · ${this.i18n.t('rp.subtitle', { zone: o.timeZone })}</span>` : nothing}
      </header>
      ${f ? html`<p class="print-only">${this.i18n.t('rp.printedRange', { from: localDate(f.from), to: localDate(f.to) })}</p>` : nothing}
      <section class="panel no-print">
        <luot-report-filters
          .options=${o}
          .values=${f}
          @apply=${(e: CustomEvent<FilterValues>) => {
            this.filters = e.detail;
            void this.load();
          }}
        ></luot-report-filters>
      </section>
      ${this.renderTabs()}
      <section class="panel" aria-busy=${this.loading ? 'true' : 'false'} data-testid="reports-content">
        ${o ? this.renderToolbar() : nothing}
        ${this.renderReport()}
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-reports-page': ReportsPage;
  }
}
