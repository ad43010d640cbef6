// Báo cáo nhiều trung tâm, under the province view: pick centres (all, those of one province, or a
// list), a period, and a grouping (centre, field, procedure); see the table and download it as CSV
// or XLSX (GET /api/centre-reports/…). The server checks who may read which centre; a manager is
// offered only their own centres.
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import { addDays, localDay } from '../../shared/i18n/time.js';
import {
  CENTRE_REPORTS,
  type CentreReportName,
  type CentreSetReport,
  type CentreSetRow,
} from '../../shared/protocol/centre-report-views.js';
import type { GroupRowView } from '../../shared/protocol/report-views.js';
import type { SiteSummary } from '../../shared/protocol/views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { api } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { formatDay, parseDay } from '../ui/dates.js';
import { count, localDate, minutes, percent } from '../reports/format.js';
import { PERIODS, type Period, periodOf, periodRange } from '../reports/periods.js';
import { AdminElement } from '../ui/admin-page.js';
import { provinceReportMessages } from './province-reports-i18n.js';

const ZONE = 'Asia/Ho_Chi_Minh';
type Scope = 'all' | 'province' | 'list';

@customElement('luot-province-reports')
export class ProvinceReports extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .row {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        align-items: end;
        margin-block: 8px;
      }
      fieldset {
        border: 1px solid var(--luot-border);
        border-radius: 8px;
        margin: 0;
      }
      .sites {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(240px, 1fr));
        gap: 4px 16px;
        max-height: 220px;
        overflow: auto;
      }
      .chip[aria-pressed='true'] {
        background: var(--luot-primary);
        color: #fff;
      }
      tr.total td {
        font-weight: 700;
      }
      .only {
        font-size: 13px;
      }
    `,
  ];

  @state() private scope: Scope = 'all';
  @state() private province = '';
  @state() private picked = new Set<string>();
  @state() private from = '';
  @state() private to = '';
  @state() private view: CentreReportName = 'centres';
  @state() private report: CentreSetReport | null = null;
  private readonly pr = new I18nController(this, provinceReportMessages);

  private get sites(): SiteSummary[] {
    return this.env?.ctx.sites ?? [];
  }

  /** A typed date, dd/mm/yyyy whatever the browser's language: kept when real, refused in words. */
  private setDay(which: 'from' | 'to', event: Event): void {
    const input = event.target as HTMLInputElement;
    const day = parseDay(input.value);
    input.setCustomValidity(day ? '' : this.pr.t('pr.badDate'));
    if (!day) {
      input.reportValidity();
      return;
    }
    this[which] = day;
    input.value = formatDay(day);
  }

  private today(): string {
    return localDay(this.env?.serverNow() ?? Date.now(), ZONE);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const today = this.today();
    this.from = addDays(today, -29);
    this.to = today;
  }

  private chosen(): string[] {
    if (this.scope === 'all') return this.sites.map((s) => s.id);
    if (this.scope === 'province') {
      const province = this.chosenProvince();
      return this.sites.filter((s) => s.province.vi === province).map((s) => s.id);
    }
    return this.sites.filter((s) => this.picked.has(s.id)).map((s) => s.id);
  }

  private provinces(): string[] {
    return [...new Set(this.sites.map((s) => s.province.vi))].sort((a, b) => a.localeCompare(b, 'vi'));
  }

  /** The province picked, or the first one until one is. */
  private chosenProvince(): string {
    return this.province || (this.provinces()[0] ?? '');
  }

  private path(ext = ''): string {
    const q = new URLSearchParams({ siteIds: this.chosen().join(','), from: this.from, to: this.to });
    return `/api/centre-reports/${this.view}${ext}?${q}`;
  }

  private async show(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.chosen().length === 0) return;
    const report = await this.run(() => api<CentreSetReport>(this.path()));
    if (report) this.report = report;
  }

  private setView(view: CentreReportName): void {
    this.view = view;
    if (this.report) void this.show();
  }

  private renderCentres() {
    const t = this.pr.t.bind(this.pr);
    const provinces = this.provinces();
    const province = this.chosenProvince();
    const scopeButton = (scope: Scope, label: string) =>
      html`<button type="button" class="chip" aria-pressed=${this.scope === scope} data-testid=${`pr-scope-${scope}`}
        @click=${() => {
          this.scope = scope;
        }}>${label}</button>`;
    return html`<fieldset>
      <legend>${t('pr.centres')}</legend>
      <div class="row">
        ${scopeButton('all', t('pr.scope.all', { n: this.sites.length }))}
        ${scopeButton('province', t('pr.scope.province'))} ${scopeButton('list', t('pr.scope.list'))}
        <span class="muted" data-testid="pr-selected">${t('pr.selected', { n: this.chosen().length })}</span>
      </div>
      ${
        this.scope === 'province'
          ? html`<label>${t('pr.province')}
              <select data-testid="pr-province" @change=${(e: Event) => {
                this.province = (e.target as HTMLSelectElement).value;
              }}>
                ${provinces.map((p) => html`<option .value=${p} ?selected=${p === province}>${p}</option>`)}
              </select></label>`
          : nothing
      }
      ${
        this.scope === 'list'
          ? html`<div class="sites">
              ${this.sites.map(
                (s) => html`<label><input type="checkbox" data-testid="pr-site" data-site=${s.id}
                  .checked=${this.picked.has(s.id)}
                  @change=${(e: Event) => {
                    const next = new Set(this.picked);
                    if ((e.target as HTMLInputElement).checked) next.add(s.id);
                    else next.delete(s.id);
                    this.picked = next;
                  }} /> ${localized(s.name, this.pr.locale)}</label>`,
              )}
            </div>`
          : nothing
      }
    </fieldset>`;
  }

  private renderPeriod() {
    const t = this.pr.t.bind(this.pr);
    const today = this.today();
    const current = periodOf({ from: this.from, to: this.to }, today);
    return html`<div class="row">
      ${PERIODS.map(
        (
          p: Period,
        ) => html`<button type="button" class="chip" aria-pressed=${current === p} data-testid=${`pr-period-${p}`}
          @click=${() => {
            ({ from: this.from, to: this.to } = periodRange(p, today));
          }}>${t(`pr.period.${p}`)}</button>`,
      )}
      <label>${t('pr.from')} <input type="text" inputmode="numeric" placeholder="dd/mm/yyyy" data-testid="pr-from"
        .value=${formatDay(this.from)} required @change=${(e: Event) => this.setDay('from', e)} /></label>
      <label>${t('pr.to')} <input type="text" inputmode="numeric" placeholder="dd/mm/yyyy" data-testid="pr-to"
        .value=${formatDay(this.to)} required @change=${(e: Event) => this.setDay('to', e)} /></label>
      <button type="submit" class="primary" data-testid="pr-show" ?disabled=${this.busy || this.chosen().length === 0}>
        ${t('pr.show')}
      </button>
    </div>`;
  }

  private cells(r: GroupRowView) {
    const l = this.pr.locale;
    return html`<td class="num">${count(r.issued, l)}</td>
      <td class="num">${count(r.served, l)}</td>
      <td class="num">${count(r.noShow, l)}</td>
      <td class="num">${minutes(r.wait.mean, l)}</td>
      <td class="num">${minutes(r.wait.max, l)}</td>
      <td class="num">${minutes(r.service.mean, l)}</td>
      <td class="num">${percent(r.serviceLevel.pct, l)}</td>
      <td class="num">${percent(r.satisfaction.rate, l)}</td>`;
  }

  private renderTable(report: CentreSetReport) {
    const t = this.pr.t.bind(this.pr);
    const l = this.pr.locale;
    const byCentre = report.report === 'centres';
    const names = new Map(report.centres.map((c) => [c.siteId, localized(c.name, l)]));
    const head = byCentre
      ? 'pr.col.centre'
      : report.report === 'fields'
        ? 'pr.col.field'
        : 'pr.col.procedure';
    const lead = (r: CentreSetRow) =>
      byCentre
        ? html`<td>${localized(r.label, l)}</td>`
        : html`<td>${r.code ?? ''}</td>
            <td>${localized(r.label, l)}${
              r.siteIds.length === 1 && report.centres.length > 1 && r.code
                ? html` <span class="muted only">(${t('pr.onlyIn', { centre: names.get(r.siteIds[0]) ?? '' })})</span>`
                : nothing
            }</td>
            <td class="num">${r.siteIds.length}</td>`;
    return html`<p class="muted" data-testid="pr-period-text">
        ${t('pr.period', { from: localDate(report.from), to: localDate(report.to) })} ·
        ${t('pr.selected', { n: report.centres.length })}
      </p>
      ${
        report.total.issued === 0
          ? html`<p data-testid="pr-empty">${t('pr.empty')}</p>`
          : html`<table data-testid="pr-table">
          <thead>
            <tr>
              ${byCentre ? nothing : html`<th>${t('pr.col.code')}</th>`}
              <th>${t(head)}</th>
              ${byCentre ? nothing : html`<th class="num">${t('pr.col.centres')}</th>`}
              <th class="num">${t('pr.col.issued')}</th>
              <th class="num">${t('pr.col.served')}</th>
              <th class="num">${t('pr.col.noShow')}</th>
              <th class="num">${t('pr.col.waitMean')}</th>
              <th class="num">${t('pr.col.waitMax')}</th>
              <th class="num">${t('pr.col.serviceMean')}</th>
              <th class="num">${t('pr.col.onTime')}</th>
              <th class="num">${t('pr.col.satisfaction')}</th>
            </tr>
          </thead>
          <tbody>
            ${report.rows.map((r) => html`<tr data-testid="pr-row" data-key=${r.key ?? ''}>${lead(r)}${this.cells(r)}</tr>`)}
            <tr class="total" data-testid="pr-total">
              ${byCentre ? nothing : html`<td></td>`}
              <td>${t('pr.total')}</td>
              ${byCentre ? nothing : html`<td class="num">${report.centres.length}</td>`}
              ${this.cells(report.total)}
            </tr>
          </tbody>
        </table>
        <p class="muted">${t('pr.note')}</p>`
      }`;
  }

  protected override renderPage(_env: AdminEnv) {
    const t = this.pr.t.bind(this.pr);
    const report = this.report;
    return html`<section class="panel" data-testid="province-reports">
      <h2>${t('pr.title')}</h2>
      <p class="muted">${t('pr.intro')}</p>
      <form @submit=${(e: Event) => void this.show(e)}>${this.renderCentres()} ${this.renderPeriod()}</form>
      ${this.chosen().length === 0 ? html`<p data-testid="pr-none">${t('pr.none')}</p>` : nothing}
      ${this.renderProblems()}
      <div class="row" role="group" aria-label=${t('pr.view')}>
        <span>${t('pr.view')}:</span>
        ${CENTRE_REPORTS.map(
          (
            v,
          ) => html`<button type="button" class="chip" aria-pressed=${this.view === v} data-testid=${`pr-view-${v}`}
            @click=${() => this.setView(v)}>${t(`pr.view.${v}`)}</button>`,
        )}
        ${
          report
            ? html`<a class="button" href=${this.path('.csv')} download data-testid="pr-export-csv">⬇ ${t('pr.exportCsv')}</a>
                <a class="button" href=${this.path('.xlsx')} download data-testid="pr-export-xlsx">⬇ ${t('pr.exportXlsx')}</a>`
            : nothing
        }
      </div>
      ${report ? this.renderTable(report) : nothing}
    </section>`;
  }
}
