// Cán bộ: the accounts this user may manage, with search, inline edit and password reset.
import { html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AdminUserView } from '../../shared/protocol/admin-views.js';
import { api } from '../admin-api.js';
import '../editors/user-editor.js';
import './login-slip.js';
import type { LoginSlipData } from './login-slip.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { AdminElement } from '../ui/admin-page.js';
import { loc, matches } from '../ui/text.js';

@customElement('luot-staff-page')
export class StaffPage extends AdminElement {
  @state() private users: AdminUserView[] = [];
  @state() private query = '';
  @state() private onlySite = true;
  @state() private editing: string | null = null;
  @state() private slip: LoginSlipData | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const users = await this.run(() => api<AdminUserView[]>('/api/users'));
    if (users) this.users = users;
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    const siteName = (id: string) => loc(env.ctx.sites.find((s) => s.id === id)?.name, this.locale) || id;
    const rows = this.users.filter(
      (u) =>
        (!this.onlySite || u.siteIds.includes(env.siteId)) && matches(this.query, u.username, u.fullName),
    );
    const done = (event: CustomEvent<{ slip?: LoginSlipData } | null>) => {
      this.editing = null;
      this.slip = event.detail?.slip ?? null;
      void this.load();
    };
    return html`
      <h1>${t('nav.staff')}</h1>
      <div class="toolbar">
        <input
          class="search"
          type="search"
          data-testid="user-search"
          placeholder=${t('common.search')}
          aria-label=${t('common.search')}
          .value=${this.query}
          @input=${(e: Event) => (this.query = (e.target as HTMLInputElement).value)}
        />
        <label class="check">
          <input type="checkbox" data-testid="user-only-site" .checked=${this.onlySite} @change=${(e: Event) => (this.onlySite = (e.target as HTMLInputElement).checked)} />
          ${t('staff.onlySite')}
        </label>
        <span class="grow"></span>
        <span class="muted">${t('common.count', { n: rows.length })}</span>
        <button class="primary" data-testid="user-new" @click=${() => (this.editing = 'new')}>+ ${t('common.new')}</button>
      </div>
      ${this.renderProblems()}
      ${this.slip ? html`<luot-login-slip .env=${env} .slip=${this.slip} @done=${() => (this.slip = null)}></luot-login-slip>` : nothing}
      ${this.editing === 'new' ? html`<div class="panel"><luot-user-editor .env=${env} .user=${null} @done=${done}></luot-user-editor></div>` : nothing}
      <table data-testid="user-table">
        <thead>
          <tr>
            <th>${t('staff.username')}</th>
            <th>${t('staff.fullName')}</th>
            <th>${t('staff.role')}</th>
            <th>${t('staff.sites')}</th>
            <th>${t('staff.status')}</th>
            <th>${t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map((u) =>
            this.editing === u.id
              ? html`<tr class="editing"><td colspan="6"><luot-user-editor .env=${env} .user=${u} @done=${done}></luot-user-editor></td></tr>`
              : html`<tr class=${u.disabled ? 'retired' : ''} data-testid=${`user-row-${u.username}`}>
                  <td class="code">${u.username}</td>
                  <td>${u.fullName}</td>
                  <td>${t(`shell.role.${u.role}` as AdminKey)}</td>
                  <td>${u.siteIds.map(siteName).join(', ')}</td>
                  <td>${u.disabled ? html`<span class="tag bad">⊘ ${t('staff.disabled')}</span>` : html`<span class="tag ok">✓ ${t('staff.enabled')}</span>`}</td>
                  <td><button class="small" data-testid=${`user-edit-${u.username}`} @click=${() => (this.editing = u.id)}>${t('common.edit')}</button></td>
                </tr>`,
          )}
        </tbody>
      </table>
    `;
  }
}
