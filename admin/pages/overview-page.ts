// Tổng quan: today's queue at a glance, the catalogue's size and the latest changes.
import { figureCards } from '../ui/figure-cards.js';
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuditEntryView } from '../../shared/protocol/admin-views.js';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';
import '../ui/system-warnings.js';
import { loc, siteDateTime } from '../ui/text.js';

@customElement('luot-overview-page')
export class OverviewPage extends AdminElement {
  static override styles = [...AdminElement.styles, figureCards];

  @state() private audit: AuditEntryView[] = [];
  private loadedFor = '';

  protected override updated(): void {
    if (this.env && this.loadedFor !== this.env.siteId) {
      this.loadedFor = this.env.siteId;
      void api<{ entries: AuditEntryView[] }>(sitePath(this.env.siteId, '/audit')).then(
        (r) => {
          this.audit = r.entries.slice(0, 12);
        },
        () => {
          this.audit = [];
        },
      );
    }
  }

  protected override renderPage(env: AdminEnv) {
    const { snapshot, site } = env;
    const t = this.t;
    const counters = snapshot?.counters ?? [];
    const count = (state: string) => counters.filter((c) => c.state === state).length;
    const timeZone = snapshot?.site.timeZone ?? site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    const card = (label: string, value: string | number, testid: string) =>
      html`<div class="card"><div class="value" data-testid=${testid}>${value}</div>${label}</div>`;
    return html`
      <h1>${site ? loc(site.config.site.name, this.locale) : t('nav.overview')}</h1>
      <luot-system-warnings .env=${env} siteId=${env.siteId}></luot-system-warnings>
      ${
        site
          ? html`<p class="muted">
            ${loc(site.config.site.ward, this.locale)}, ${loc(site.config.site.province, this.locale)}
            ${snapshot ? html` · ${t('overview.day', { day: snapshot.day })}` : nothing}
          </p>`
          : nothing
      }
      <div class="cards">
        ${card(t('overview.waiting'), snapshot ? snapshot.waiting.total : '…', 'overview-waiting')}
        ${card(t('overview.serving'), snapshot ? count('serving') + count('calling') : '…', 'overview-serving')}
        ${card(t('overview.paused'), snapshot ? count('paused') : '…', 'overview-paused')}
        ${card(t('overview.idle'), snapshot ? count('idle') : '…', 'overview-idle')}
        ${card(t('overview.officers'), snapshot ? counters.filter((c) => c.officer).length : '…', 'overview-officers')}
      </div>
      <div class="grid">
        <div class="panel">
          <h2>${t('overview.issuing')}</h2>
          ${
            snapshot
              ? snapshot.issuing.open
                ? html`<span class="tag ok">✓ ${t('overview.issuingOpen')}</span>`
                : html`<span class="tag warn">⏸ ${t('overview.issuingClosed')}</span>
                  ${snapshot.issuing.reason ? html` · ${this.i18n.error(snapshot.issuing.reason)}` : nothing}
                  ${
                    snapshot.issuing.nextOpening
                      ? html` · ${siteDateTime(snapshot.issuing.nextOpening, timeZone)}`
                      : nothing
                  }`
              : '…'
          }
        </div>
        <div class="panel">
          <h2>${t('overview.catalogue')}</h2>
          ${
            site
              ? t('overview.catalogueLine', {
                  fields: site.config.fields.filter((f) => !f.retired).length,
                  procedures: site.config.procedures.filter((p) => !p.retired).length,
                  series: site.config.series.length,
                  counters: site.config.counters.filter((c) => !c.retired).length,
                })
              : '…'
          }
        </div>
      </div>
      <h2>${t('overview.recent')}</h2>
      ${
        this.audit.length === 0
          ? html`<p class="muted">${t('overview.noRecent')}</p>`
          : html`<table data-testid="overview-audit">
            <thead>
              <tr>
                <th>${t('audit.at')}</th>
                <th>${t('audit.actor')}</th>
                <th>${t('audit.action')}</th>
                <th>${t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              ${this.audit.map(
                (e) => html`<tr>
                  <td>${siteDateTime(e.at, timeZone)}</td>
                  <td>${e.actor}</td>
                  <td class="code">${e.action}</td>
                  <td>${e.target ?? ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }
    `;
  }
}
