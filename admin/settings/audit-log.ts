// The centre's audit log, month by month: who changed what, when (site time).
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuditEntryView } from '../../shared/protocol/admin-views.js';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';
import { matches, siteDateTime } from '../ui/text.js';

@customElement('luot-audit-log')
export class AuditLog extends AdminElement {
  @state() private month = '';
  @state() private entries: AuditEntryView[] | null = null;
  @state() private query = '';
  private loadedKey = '';

  protected override updated(): void {
    if (!this.env) return;
    if (!this.month) this.month = new Date(this.env.serverNow()).toISOString().slice(0, 7);
    const key = `${this.env.siteId}|${this.month}`;
    if (key === this.loadedKey) return;
    this.loadedKey = key;
    void this.run(() =>
      api<{ entries: AuditEntryView[] }>(sitePath(this.e.siteId, `/audit?month=${this.month}`)),
    ).then((r) => {
      this.entries = r?.entries ?? [];
    });
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    const tz = env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    const rows = (this.entries ?? []).filter((e) => matches(this.query, e.actor, e.action, e.target));
    return html`
      <div class="toolbar">
        <label
          >${t('audit.month')}
          <input type="month" data-testid="audit-month" .value=${this.month} @change=${(e: Event) => (this.month = (e.target as HTMLInputElement).value)}
        /></label>
        <input class="search" type="search" placeholder=${t('common.search')} aria-label=${t('common.search')} .value=${this.query} @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)} />
        <span class="muted">${t('common.count', { n: rows.length })}</span>
      </div>
      ${this.renderProblems()}
      ${this.entries && rows.length === 0 ? html`<p class="muted">${t('audit.empty')}</p>` : nothing}
      ${
        rows.length > 0
          ? html`<table data-testid="audit-table">
            <thead>
              <tr>
                <th>${t('audit.at')}</th>
                <th>${t('audit.actor')}</th>
                <th>${t('audit.action')}</th>
                <th>${t('audit.target')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (e) => html`<tr>
                  <td>${siteDateTime(e.at, tz)}</td>
                  <td>${e.actor}</td>
                  <td class="code">${e.action}</td>
                  <td>${e.target ?? ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
    `;
  }
}
