// Toàn tỉnh: every centre the account may see (hosted by the province or feeding it), with today's
// figures, ranked by who needs help now (the server ranks and flags: server/province). Read only;
// refreshed every 15 seconds. Below it, the reports over a set of centres (province-reports.ts).
import { figureCards } from '../ui/figure-cards.js';
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ProvinceCentre, ProvinceOverview } from '../../shared/protocol/province-views.js';
import { api } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';
import { siteDateTime } from '../ui/text.js';
import './province-reports.js';

const REFRESH_MS = 15_000;
const TIME_ZONE = 'Asia/Ho_Chi_Minh';

@customElement('luot-province-page')
export class ProvincePage extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    figureCards,
    css`
      th,
      td {
        padding: 8px;
      }
      tr.help td {
        background: var(--luot-warning-bg, #fff4e5);
      }
      .badge {
        display: inline-block;
        margin-inline-start: 8px;
        padding: 2px 8px;
        border-radius: 999px;
        font-size: 13px;
        font-weight: 600;
        background: var(--luot-danger, #b42318);
        color: #fff;
      }
    `,
  ];

  @state() private overview: ProvinceOverview | null = null;
  private timer: number | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    this.timer = window.setInterval(() => void this.load(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.timer !== null) window.clearInterval(this.timer);
  }

  private async load(): Promise<void> {
    const overview = await this.run(() => api<ProvinceOverview>('/api/province/overview'));
    if (overview) this.overview = overview;
  }

  private row(c: ProvinceCentre, rank: number) {
    const t = this.t;
    const f = c.figures;
    return html`<tr class=${c.needsHelp ? 'help' : ''} data-testid="province-row" data-centre=${c.centreId}>
      <td class="num">${rank}</td>
      <td>
        ${c.name}${c.needsHelp ? html`<span class="badge" data-testid="province-help">${t('province.help')}</span>` : nothing}
      </td>
      <td>${t(c.kind === 'hosted' ? 'province.kind.hosted' : 'province.kind.fed')}</td>
      <td class="num">${f.waiting}</td>
      <td class="num">${t('province.minutes', { n: f.longestWaitMinutes })}</td>
      <td class="num">${f.countersOpen}</td>
      <td class="num">${f.countersPaused}</td>
      <td class="num">${f.servedToday}</td>
      <td class="num">${f.satisfaction === null ? t('province.noRating') : `${Math.round(f.satisfaction * 100)}%`}</td>
    </tr>`;
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    const o = this.overview;
    const centres = o?.centres ?? [];
    const sum = (pick: (c: ProvinceCentre) => number) => centres.reduce((n, c) => n + pick(c), 0);
    const card = (label: string, value: string | number, testid: string) =>
      html`<div class="card"><div class="value" data-testid=${testid}>${value}</div>${label}</div>`;
    return html`
      <h1>${t('province.title')}</h1>
      <p class="muted">${t('province.intro')}</p>
      ${this.renderProblems()}
      <div class="cards">
        ${card(t('province.centres'), o ? centres.length : '…', 'province-centres')}
        ${card(t('province.needHelp'), o ? centres.filter((c) => c.needsHelp).length : '…', 'province-need-help')}
        ${card(t('province.waitingTotal'), o ? sum((c) => c.figures.waiting) : '…', 'province-waiting')}
        ${card(t('province.servedTotal'), o ? sum((c) => c.figures.servedToday) : '…', 'province-served')}
      </div>
      ${
        o && centres.length === 0
          ? html`<p>${t('province.empty')}</p>`
          : html`<table data-testid="province-table">
              <thead>
                <tr>
                  <th>${t('province.rank')}</th>
                  <th>${t('province.centre')}</th>
                  <th>${t('province.kind')}</th>
                  <th>${t('province.waiting')}</th>
                  <th>${t('province.longestWait')}</th>
                  <th>${t('province.countersOpen')}</th>
                  <th>${t('province.countersPaused')}</th>
                  <th>${t('province.served')}</th>
                  <th>${t('province.satisfaction')}</th>
                </tr>
              </thead>
              <tbody>
                ${centres.map((c, i) => this.row(c, i + 1))}
              </tbody>
            </table>`
      }
      ${o ? html`<p class="muted">${t('province.updated', { time: siteDateTime(o.generatedAt, TIME_ZONE) })}</p>` : nothing}
      <luot-province-reports .env=${env}></luot-province-reports>
    `;
  }
}
