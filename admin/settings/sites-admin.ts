// The centres on this server (administrators): the list, and a new centre created with its
// names, ward/commune, province and time zone. It starts with one series and no counters.
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Site } from '../../shared/domain/model.js';
import { api } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';
import { textInput } from '../ui/form.js';
import { loc } from '../ui/text.js';
import { siteFields } from './site-form.js';

const WORKDAY = [
  { start: '07:30', end: '11:30' },
  { start: '13:30', end: '17:00' },
];

function blankSite(): Site {
  return {
    id: '',
    name: { vi: 'Trung tâm Phục vụ hành chính công ' },
    ward: { vi: 'Phường ' },
    province: { vi: 'Tỉnh ' },
    timeZone: 'Asia/Ho_Chi_Minh',
    openingHours: {
      '1': WORKDAY,
      '2': WORKDAY,
      '3': WORKDAY,
      '4': WORKDAY,
      '5': WORKDAY,
      '6': [{ start: '07:30', end: '11:30' }],
    },
    holidays: [],
  };
}

@customElement('luot-sites-admin')
export class SitesAdmin extends AdminElement {
  @state() private draft: Site = blankSite();

  private async create(): Promise<void> {
    const env = this.e;
    const { agencyCode, closedMessage, ...rest } = this.draft;
    const body = {
      ...rest,
      ...(agencyCode ? { agencyCode } : {}),
      ...(closedMessage?.vi ? { closedMessage } : {}),
    };
    const created = await this.run(() => api<{ site: { name: Site['name'] } }>('/api/admin/sites', { body }));
    if (!created) return;
    env.notify(this.t('site.created', { name: loc(created.site.name, this.locale) }), 'ok');
    this.draft = blankSite();
    await env.reloadContext();
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    return html`
      <h2>${t('site.list')}</h2>
      <table data-testid="sites-table">
        <thead>
          <tr>
            <th>${t('common.code')}</th>
            <th>${t('site.name')}</th>
            <th>${t('site.ward')}</th>
            <th>${t('site.province')}</th>
            <th>${t('site.timeZone')}</th>
          </tr>
        </thead>
        <tbody>
          ${env.ctx.sites.map(
            (s) => html`<tr>
              <td class="code">${s.id}</td>
              <td>${loc(s.name, this.locale)}</td>
              <td>${loc(s.ward, this.locale)}</td>
              <td>${loc(s.province, this.locale)}</td>
              <td>${s.timeZone}</td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h2>${t('site.newTitle')}</h2>
      <div class="panel">
        <div class="grid">
          ${textInput({ label: t('site.id'), testid: 'site-id', required: true, maxLength: 64, placeholder: 'phuong-1', value: this.draft.id, onInput: (v) => (this.draft = { ...this.draft, id: v.trim() }) })}
        </div>
        ${siteFields(this, this.draft, (p) => (this.draft = { ...this.draft, ...p }))} ${this.renderProblems()}
        <div class="toolbar">
          <button class="primary" data-testid="site-create" ?disabled=${this.busy || !this.draft.id} @click=${() => void this.create()}>
            ${t('site.create')}
          </button>
        </div>
      </div>
    `;
  }
}
