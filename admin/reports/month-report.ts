// <luot-month-report .siteId .options>: the centre's monthly report, ready to print on A4
// portrait the way Vietnamese administrative reports look (agency and national motto heading,
// date line, numbered sections, signature block). Every figure comes from the report API
// (summary, fields, procedures and officers reports of the chosen month); nothing is computed here.
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { FINISH_OUTCOMES } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalDateTime } from '../../shared/i18n/time.js';
import type {
  GroupedReport,
  GroupRowView,
  ReportOptions,
  SummaryReport,
} from '../../shared/protocol/report-views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import * as fmt from './format.js';
import { reportMessages } from './i18n.js';
import { type MonthKey, monthMessages } from './month-i18n.js';
import { monthOf, monthRange, recentMonths } from './month-period.js';
import { monthReportStyles } from './month-report-styles.js';
import { reportStyles } from './styles.js';

interface MonthData {
  month: string;
  from: string;
  to: string;
  summary: SummaryReport;
  fields: GroupedReport;
  procedures: GroupedReport;
  officers: GroupedReport;
}

/** A4 portrait for the monthly report, set on the document while it is shown (the console's
 *  other reports print on A4 landscape, admin/index.html). */
const PAGE_STYLE_ID = 'luot-month-report-page';
const PAGE_RULE = '@page { size: A4 portrait; margin: 15mm 15mm 15mm 20mm; }';

@customElement('luot-month-report')
export class MonthReport extends LitElement {
  static override styles = [tokens, base, reportStyles, monthReportStyles];

  @property({ attribute: false }) siteId = '';
  @property({ attribute: false }) options: ReportOptions | null = null;
  @state() private month = '';
  @state() private data: MonthData | null = null;
  @state() private error = '';
  private request = 0;

  private readonly i18n = new I18nController(this, monthMessages);

  override connectedCallback(): void {
    super.connectedCallback();
    if (!document.getElementById(PAGE_STYLE_ID)) {
      const style = document.createElement('style');
      style.id = PAGE_STYLE_ID;
      style.textContent = PAGE_RULE;
      document.head.append(style);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.getElementById(PAGE_STYLE_ID)?.remove();
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('options') && this.options && !this.month) {
      this.month = monthOf(this.options.today);
      void this.load();
    }
  }

  private t(key: MonthKey, params?: Record<string, string | number>): string {
    return monthMessages.t(this.i18n.locale, key, params);
  }

  private async load(): Promise<void> {
    const o = this.options;
    const range = o ? monthRange(this.month, o.today) : null;
    if (!range) return;
    const id = ++this.request;
    this.error = '';
    const query = `from=${range.from}&to=${range.to}`;
    const get = <T>(name: string) =>
      api<T>(`/api/sites/${encodeURIComponent(this.siteId)}/reports/${name}?${query}`, {
        timeoutMs: 120_000,
      });
    try {
      const [summary, fields, procedures, officers] = await Promise.all([
        get<SummaryReport>('summary'),
        get<GroupedReport>('fields'),
        get<GroupedReport>('procedures'),
        get<GroupedReport>('officers'),
      ]);
      if (id === this.request)
        this.data = { month: this.month, ...range, summary, fields, procedures, officers };
    } catch (error) {
      if (id === this.request) {
        this.data = null;
        this.error = this.i18n.error(error instanceof ApiRequestError ? error.code : undefined);
      }
    }
  }

  private choose(month: string): void {
    this.month = month;
    this.data = null;
    void this.load();
  }

  private close(): void {
    this.dispatchEvent(new CustomEvent('close', { bubbles: true, composed: true }));
  }

  // Numbers in the user's language.
  private count = (n: number) => fmt.count(n, this.i18n.locale);
  private min = (ms: number | null) => fmt.minutes(ms, this.i18n.locale);
  private pct = (p: number | null) => fmt.percent(p, this.i18n.locale);
  private share(p: number | null, part: number, whole: number): string {
    if (p === null) return fmt.DASH;
    return this.t('month.share', { pct: this.pct(p), part: this.count(part), whole: this.count(whole) });
  }
  private minutes(ms: number | null): string {
    return ms === null ? fmt.DASH : this.t('month.minutes', { n: this.min(ms) });
  }

  private renderBar() {
    const o = this.options;
    if (!o) return nothing;
    return html`<div class="bar">
      <button type="button" data-testid="month-back" @click=${this.close}>← ${this.t('month.back')}</button>
      <label>
        ${this.t('month.pick')}
        <select data-testid="month-pick" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
          ${recentMonths(o.today).map((m) => {
            const [y, mm] = m.split('-');
            return html`<option value=${m} ?selected=${m === this.month}>${this.t('month.option', { m: mm, y })}</option>`;
          })}
        </select>
      </label>
      <button class="primary" type="button" data-testid="month-print" ?disabled=${!this.data} @click=${() => window.print()}>
        ${this.t('month.print')}
      </button>
    </div>`;
  }

  private renderHeading(o: ReportOptions, d: MonthData) {
    const loc = this.i18n.locale;
    const [ty, tm, td] = o.today.split('-');
    const [y, m] = d.month.split('-');
    return html`<div class="heading">
        <div>
          <p class="agency-parent">${localized(o.ward, loc)}</p>
          <p class="agency" data-testid="month-agency">${localized(o.siteName, loc)}</p>
          <div class="rule"></div>
        </div>
        <div>
          <p class="nation">${this.t('month.nation')}</p>
          <p class="motto">${this.t('month.motto')}</p>
          <div class="rule"></div>
        </div>
      </div>
      <p class="date-line" data-testid="month-date-line">
        ${this.t('month.dateLine', { place: localized(o.province, loc), d: td, m: tm, y: ty })}
      </p>
      <h1>${this.t('month.title')}</h1>
      <p class="subtitle" data-testid="month-subtitle">${this.t('month.subtitle', { m, y })}</p>
      <p class="range">${this.t('month.range', { from: fmt.localDate(d.from), to: fmt.localDate(d.to) })}</p>`;
  }

  private renderFigures(total: GroupRowView) {
    const rows: [string, string, string][] = [
      ['issued', this.t('month.fig.issued'), this.count(total.issued)],
      ['served', this.t('month.fig.served'), this.count(total.served)],
      ['no-show', this.t('month.fig.noShow'), this.count(total.noShow)],
      ['cancelled', this.t('month.fig.cancelled'), this.count(total.cancelled + total.expired)],
      ['wait-mean', this.t('month.fig.waitMean'), this.minutes(total.wait.mean)],
      ['wait-max', this.t('month.fig.waitMax'), this.minutes(total.wait.max)],
      ['service-mean', this.t('month.fig.service'), this.minutes(total.service.mean)],
      [
        'on-time',
        this.t('month.fig.onTime'),
        this.share(total.serviceLevel.pct, total.serviceLevel.within, total.serviceLevel.total),
      ],
      [
        'satisfaction',
        this.t('month.fig.satisfaction'),
        this.share(total.satisfaction.rate, total.satisfaction.satisfied, total.satisfaction.ratings),
      ],
    ];
    return html`<h2>${this.t('month.section.figures')}</h2>
      <table data-testid="month-figures">
        <colgroup><col class="no" /><col class="figure" /><col /></colgroup>
        <thead><tr><th>${this.t('month.col.no')}</th><th>${this.t('month.col.figure')}</th><th>${this.t('month.col.value')}</th></tr></thead>
        <tbody>
          ${rows.map(
            ([id, label, value], i) => html`<tr>
              <td class="no">${i + 1}</td><td>${label}</td><td class="num" data-testid="month-fig-${id}">${value}</td>
            </tr>`,
          )}
        </tbody>
      </table>`;
  }

  /** A table of groups: number, name (and code), then the counts and times of each. */
  private renderGroups(
    id: string,
    title: string,
    nameHeading: string,
    report: GroupedReport,
    withCode: boolean,
  ) {
    const loc = this.i18n.locale;
    const cells = (r: GroupRowView) => html`
      <td class="num">${this.count(r.issued)}</td>
      <td class="num">${this.count(r.served)}</td>
      <td class="num">${this.count(r.noShow)}</td>
      <td class="num">${this.min(r.wait.mean)}</td>
      <td class="num">${this.min(r.service.mean)}</td>
      <td class="num">${this.pct(r.serviceLevel.pct)}</td>`;
    return html`<h2>${title}</h2>
      ${
        report.rows.length === 0
          ? html`<p class="none">${this.t('month.none')}</p>`
          : html`<table data-testid="month-${id}">
              <colgroup><col class="no" /><col /><col class="n" /><col class="n" /><col class="n" /><col class="n" /><col class="n" /><col class="n" /></colgroup>
              <thead><tr>
                <th>${this.t('month.col.no')}</th><th>${nameHeading}</th><th>${this.t('month.col.issued')}</th>
                <th>${this.t('month.col.served')}</th><th>${this.t('month.col.noShow')}</th><th>${this.t('month.col.wait')}</th>
                <th>${this.t('month.col.service')}</th><th>${this.t('month.col.onTime')}</th>
              </tr></thead>
              <tbody>
                ${report.rows.map(
                  (r, i) => html`<tr data-key=${r.key ?? ''}>
                    <td class="no">${i + 1}</td>
                    <td>${localized(r.label, loc)}${withCode && r.code ? html`<span class="code">${r.code}</span>` : nothing}</td>
                    ${cells(r)}
                  </tr>`,
                )}
                <tr class="total"><td></td><td>${this.t('month.total')}</td>${cells(report.total)}</tr>
              </tbody>
            </table>`
      }`;
  }

  private renderOutcomes(total: GroupRowView) {
    const loc = this.i18n.locale;
    const sum = FINISH_OUTCOMES.reduce((n, o) => n + total.outcomes[o], 0);
    return html`<h2>${this.t('month.section.outcomes')}</h2>
      <table data-testid="month-outcomes">
        <colgroup><col class="no" /><col class="figure" /><col /></colgroup>
        <thead><tr><th>${this.t('month.col.no')}</th><th>${this.t('month.col.outcome')}</th><th>${this.t('month.col.count')}</th></tr></thead>
        <tbody>
          ${FINISH_OUTCOMES.map(
            (o, i) => html`<tr>
              <td class="no">${i + 1}</td><td>${reportMessages.t(loc, `rp.outcome.${o}`)}</td>
              <td class="num" data-testid="month-outcome-${o}">${this.count(total.outcomes[o])}</td>
            </tr>`,
          )}
          <tr class="total"><td></td><td>${this.t('month.total')}</td><td class="num">${this.count(sum)}</td></tr>
        </tbody>
      </table>`;
  }

  private renderSignatures() {
    return html`<div class="signatures" data-testid="month-signatures">
      <div><p class="role">${this.t('month.preparer')}</p><p class="hint">${this.t('month.signHint')}</p></div>
      <div><p class="role">${this.t('month.director')}</p><p class="hint">${this.t('month.sealHint')}</p></div>
    </div>`;
  }

  override render() {
    const o = this.options;
    const d = this.data;
    return html`${this.renderBar()}
      ${this.error ? html`<p class="error" role="alert" data-testid="month-error">${this.error}</p>` : nothing}
      ${
        !o || !d
          ? this.error
            ? nothing
            : html`<p class="muted" role="status">${this.t('month.loading')}</p>`
          : html`<article class="sheet" data-testid="month-report" data-month=${d.month}>
              ${this.renderHeading(o, d)}
              ${this.renderFigures(d.summary.total)}
              ${this.renderGroups('fields', this.t('month.section.fields'), this.t('month.col.field'), d.fields, false)}
              ${this.renderGroups('procedures', this.t('month.section.procedures'), this.t('month.col.procedure'), d.procedures, true)}
              ${this.renderOutcomes(d.summary.total)}
              ${this.renderGroups('officers', this.t('month.section.officers'), this.t('month.col.officer'), d.officers, false)}
              ${this.renderSignatures()}
              <p class="footer">${this.t('month.footer', { at: formatLocalDateTime(d.summary.generatedAt, o.timeZone), zone: o.timeZone })}</p>
            </article>`
      }`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-month-report': MonthReport;
  }
}
