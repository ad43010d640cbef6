// The centre's audit log, month by month: who did what, when (site time), in sentences with
// names ("Nguyễn Thị Thu Hà gọi số A012."), the raw action kept small for searching.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AuditEntryView } from '../../shared/protocol/admin-views.js';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';
import { matches, siteDateTime } from '../ui/text.js';
import { auditSentence } from './audit-sentence.js';

/** The current month and the ones before it, "YYYY-MM", newest first (shown mm/yyyy). */
function lastMonths(now: number, count: number): string[] {
  const d = new Date(now);
  let [y, m] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    months.push(`${y}-${String(m).padStart(2, '0')}`);
    m -= 1;
    if (m === 0) [y, m] = [y - 1, 12];
  }
  return months;
}

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
    const rows = (this.entries ?? [])
      .map((e) => ({ ...e, sentence: auditSentence(e, this.locale) }))
      .filter((e) => matches(this.query, e.sentence, e.actor, e.action, e.target));
    return html`
      <div class="toolbar">
        <label
          >${t('audit.month')}
          <select data-testid="audit-month" .value=${this.month} @change=${(e: Event) => (this.month = (e.target as HTMLSelectElement).value)}>
            ${lastMonths(env.serverNow(), 24).map((m) => html`<option value=${m} ?selected=${m === this.month}>${m.slice(5)}/${m.slice(0, 4)}</option>`)}
          </select></label>
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
                <th>${t('audit.action')}</th>
              </tr>
            </thead>
            <tbody>
              ${rows.map(
                (e) => html`<tr>
                  <td>${siteDateTime(e.at, tz)}</td>
                  <td data-testid="audit-sentence">${e.sentence} <span class="muted code">${e.action}</span></td>
                </tr>`,
              )}
            </tbody>
          </table>`
          : nothing
      }
    `;
  }
}
