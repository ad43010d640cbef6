// The "Báo cáo" entry: loads the reports page (admin/reports, built separately) on first use.
// import.meta.glob keeps the build working while that page does not exist yet.
import { html, nothing } from 'lit';
import './province-reports.js';
import { customElement, state } from 'lit/decorators.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';

declare global {
  interface ImportMeta {
    glob(pattern: string): Record<string, () => Promise<unknown>>;
  }
}

const reportsLoaders = import.meta.glob('../reports/reports-page.ts');

@customElement('luot-reports-host')
export class ReportsHost extends AdminElement {
  @state() private loaded: 'loading' | 'ready' | 'missing' = 'loading';

  override connectedCallback(): void {
    super.connectedCallback();
    const load = Object.values(reportsLoaders)[0];
    if (!load) {
      this.loaded = 'missing';
      return;
    }
    load().then(
      () => {
        this.loaded = 'ready';
      },
      () => {
        this.loaded = 'missing';
      },
    );
  }

  protected override renderPage(env: AdminEnv) {
    if (this.loaded === 'loading') return html`<p class="muted">${this.t('common.loading')}</p>`;
    if (this.loaded === 'missing') {
      return html`<h1>${this.t('nav.reports')}</h1>
        <p class="panel" data-testid="reports-unavailable">${this.t('reports.unavailable')}</p>`;
    }
    // Reports over several centres live on the province page when there is one (a hub on
    // PostgreSQL, the province role); a manager of several centres on one hub finds them here.
    const across = !env.ctx.provinceView && env.ctx.sites.length > 1;
    return html`<luot-reports-page .siteId=${env.siteId}></luot-reports-page>
      ${across ? html`<luot-province-reports .env=${env}></luot-province-reports>` : nothing}`;
  }
}
