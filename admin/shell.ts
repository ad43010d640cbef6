// The signed-in console: header (centre switcher, user, language, sign-out), the left menu, the
// live connection for the chosen centre, and the page of the current #/route.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { AdminContext, SiteConfigView } from '../shared/protocol/admin-views.js';
import { ConnectionController } from '../shared/ui/connection.js';
import { I18nController } from '../shared/ui/locale.js';
import '../shared/ui/password-dialog.js';
import { passwordMessages } from '../shared/ui/password-i18n.js';
import { base, reducedMotion, tokens } from '../shared/ui/tokens.js';
import { api, sitePath } from './admin-api.js';
import type { AdminEnv, NoticeKind } from './env.js';
import { type AdminKey, adminMessages } from './i18n.js';
import { setupMessages } from './setup-i18n.js';
import './pages/counters-page.js';
import './pages/devices-page.js';
import './pages/monitor-page.js';
import './pages/overview-page.js';
import './pages/procedures-page.js';
import './pages/province-page.js';
import './pages/reports-host.js';
import './pages/settings-page.js';
import './pages/staff-page.js';
import './ui/lang-switch.js';
import { loc } from './ui/text.js';

export const PAGES = [
  'province',
  'overview',
  'monitor',
  'reports',
  'procedures',
  'counters',
  'staff',
  'devices',
  'settings',
] as const;
export type PageId = (typeof PAGES)[number];

const SITE_KEY = 'luot.admin.site';

/** The pages of the menu for this account: the province role reads only; the province view
 * needs a hub on PostgreSQL. */
export function pagesFor(ctx: AdminContext | null): PageId[] {
  if (ctx?.user.role === 'province') return ['province', 'overview', 'monitor', 'reports'];
  return PAGES.filter((p) => p !== 'province' || ctx?.provinceView === true);
}

function pageFromHash(ctx: AdminContext | null = null): PageId {
  const id = location.hash.replace(/^#\/?/, '').split('/')[0];
  const pages = pagesFor(ctx);
  return (pages as string[]).includes(id) ? (id as PageId) : (pages[0] ?? 'overview');
}

function savedSite(ctx: AdminContext): string {
  let saved: string | null = null;
  try {
    saved = localStorage.getItem(SITE_KEY);
  } catch {
    // storage may be disabled
  }
  return ctx.sites.find((s) => s.id === saved)?.id ?? ctx.sites[0]?.id ?? '';
}

@customElement('luot-admin-shell')
export class AdminShell extends LitElement {
  static override styles = [
    tokens,
    base,
    reducedMotion,
    css`
      :host {
        display: grid;
        grid-template-columns: 220px 1fr;
        grid-template-rows: auto 1fr;
        min-height: 100vh;
        background: var(--luot-surface);
        font-size: 15px;
      }
      header {
        grid-column: 1 / -1;
        display: flex;
        align-items: center;
        gap: 16px;
        padding: 8px 16px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      .brand {
        font-weight: 700;
        font-size: 20px;
        width: 188px;
      }
      header select {
        font: inherit;
        min-height: 34px;
        max-width: 520px;
        border-radius: 6px;
        border: 1px solid var(--luot-border);
        padding: 2px 6px;
      }
      .site-name {
        font-weight: 500;
      }
      header .grow {
        flex: 1;
      }
      header .user {
        font-size: 14px;
        text-align: right;
      }
      header button {
        background: transparent;
        color: inherit;
        border: 1px solid currentColor;
        border-radius: 6px;
        padding: 4px 10px;
        min-height: 32px;
      }
      .conn {
        font-size: 13px;
        padding: 2px 8px;
        border-radius: 999px;
        background: var(--luot-bg);
        color: var(--luot-text);
        white-space: nowrap;
      }
      .conn.bad {
        background: var(--luot-error-bg);
        color: var(--luot-error);
        font-weight: 700;
      }
      nav {
        background: var(--luot-bg);
        border-right: 1px solid var(--luot-border);
        padding: 12px 8px;
      }
      nav ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 2px;
      }
      nav a {
        display: flex;
        justify-content: space-between;
        padding: 9px 12px;
        border-radius: 8px;
        color: var(--luot-text);
        text-decoration: none;
        font-weight: 500;
      }
      nav a:hover {
        background: var(--luot-surface);
      }
      nav a[aria-current='page'] {
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      nav kbd {
        font: inherit;
        font-size: 12px;
        opacity: 0.75;
      }
      main {
        padding: 16px 24px 48px;
        min-width: 0;
      }
      .notice {
        margin: 0 0 12px;
        padding: 8px 12px;
        border-radius: 8px;
        border: 1px solid var(--luot-calling);
        background: var(--luot-calling-bg);
        color: var(--luot-calling);
        display: flex;
        justify-content: space-between;
        gap: 12px;
      }
      .notice.error {
        border-color: var(--luot-error);
        background: var(--luot-error-bg);
        color: var(--luot-error);
      }
      .notice.warn {
        border-color: var(--luot-accent);
        background: var(--luot-accent-bg);
        color: var(--luot-accent);
      }
      .notice button {
        background: transparent;
        border: none;
        color: inherit;
        font-weight: 700;
      }
      @media print {
        :host {
          display: block;
          background: #fff;
        }
        header,
        nav,
        .notice {
          display: none;
        }
        main {
          padding: 0;
        }
      }
    `,
  ];

  @property({ attribute: false }) ctx: AdminContext | null = null;
  @state() private siteId = '';
  @state() private page: PageId = pageFromHash();
  @state() private site: SiteConfigView | null = null;
  @state() private tick = 0;
  @state() private notice: { text: string; kind: NoticeKind } | null = null;

  @state() private changingPassword = false;
  private readonly i18n = new I18nController(this, adminMessages);
  private readonly setupText = new I18nController(this, setupMessages);
  private readonly passwordText = new I18nController(this, passwordMessages);
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly conn = new ConnectionController(this, {
    auth: () => (this.siteId ? { siteId: this.siteId } : {}),
    onDelta: () => {
      this.tick += 1;
    },
    onSnapshot: () => {
      this.tick += 1;
    },
    setup: (socket) => {
      socket.on('catalogue:changed', () => void this.loadSite());
    },
  });

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('ctx') && this.ctx && !this.ctx.sites.some((s) => s.id === this.siteId)) {
      this.switchSite(savedSite(this.ctx));
    }
  }

  private readonly onHash = () => {
    this.page = pageFromHash(this.ctx);
  };

  private readonly onKey = (event: KeyboardEvent) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(event.key) - 1;
    const pages = pagesFor(this.ctx);
    if (Number.isInteger(index) && index >= 0 && index < pages.length) {
      event.preventDefault();
      location.hash = `#/${pages[index]}`;
    }
  };

  override connectedCallback(): void {
    if (this.ctx && !this.siteId) this.siteId = savedSite(this.ctx);
    this.page = pageFromHash(this.ctx);
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('keydown', this.onKey);
    void this.loadSite();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('keydown', this.onKey);
  }

  private async loadSite(): Promise<void> {
    if (!this.siteId) return;
    const siteId = this.siteId;
    try {
      const view = await api<SiteConfigView>(sitePath(siteId, '/config'));
      if (siteId === this.siteId) this.site = view;
    } catch (error) {
      this.notify(this.i18n.error((error as { code?: string }).code), 'error');
    }
  }

  private switchSite(siteId: string): void {
    if (siteId === this.siteId) return;
    this.siteId = siteId;
    this.site = null;
    try {
      localStorage.setItem(SITE_KEY, siteId);
    } catch {
      // ignore
    }
    void this.loadSite();
    this.conn.snapshot = null;
    this.conn.socket?.disconnect().connect();
  }

  private notify(text: string, kind: NoticeKind = 'ok'): void {
    this.notice = { text, kind };
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    if (kind === 'ok') this.noticeTimer = setTimeout(() => (this.notice = null), 6000);
  }

  private async logout(): Promise<void> {
    await api('/api/auth/logout', { body: {} }).catch(() => undefined);
    this.dispatchEvent(new CustomEvent('signed-out', { bubbles: true, composed: true }));
  }

  private env(ctx: AdminContext): AdminEnv {
    return {
      ctx,
      siteId: this.siteId,
      isAdmin: ctx.user.role === 'admin',
      site: this.site,
      snapshot: this.conn.snapshot?.siteId === this.siteId ? this.conn.snapshot : null,
      status: this.conn.status,
      tick: this.tick,
      serverNow: () => this.conn.now(),
      reload: () => this.loadSite(),
      reloadContext: async () => {
        this.dispatchEvent(new CustomEvent('context-changed', { bubbles: true, composed: true }));
      },
      notify: (text, kind) => this.notify(text, kind),
    };
  }

  private renderPage(env: AdminEnv) {
    switch (this.page) {
      case 'province':
        return html`<luot-province-page .env=${env}></luot-province-page>`;
      case 'overview':
        return html`<luot-overview-page .env=${env}></luot-overview-page>`;
      case 'monitor':
        return html`<luot-monitor-page .env=${env}></luot-monitor-page>`;
      case 'reports':
        return html`<luot-reports-host .env=${env}></luot-reports-host>`;
      case 'procedures':
        return html`<luot-procedures-page .env=${env}></luot-procedures-page>`;
      case 'counters':
        return html`<luot-counters-page .env=${env}></luot-counters-page>`;
      case 'staff':
        return html`<luot-staff-page .env=${env}></luot-staff-page>`;
      case 'devices':
        return html`<luot-devices-page .env=${env}></luot-devices-page>`;
      case 'settings':
        return html`<luot-settings-page .env=${env}></luot-settings-page>`;
    }
  }

  private renderPasswordDialog(ctx: AdminContext) {
    const forced = ctx.user.mustChangePassword;
    if (!forced && !this.changingPassword) return nothing;
    return html`<luot-password-dialog
      ?forced=${forced}
      @cancel=${() => (this.changingPassword = false)}
      @sign-out=${() => void this.logout()}
      @password-changed=${() => {
        this.changingPassword = false;
        this.notify(this.passwordText.t('password.changed'), 'ok');
        if (forced) this.dispatchEvent(new CustomEvent('context-changed', { bubbles: true, composed: true }));
      }}
    ></luot-password-dialog>`;
  }

  override render() {
    const ctx = this.ctx;
    if (!ctx) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    const locale = this.i18n.locale;
    const status = this.conn.status;
    return html`
      <header>
        <div class="brand">${t('app.name')}</div>
        ${
          ctx.sites.length < 2
            ? html`<span class="site-name" data-testid="site-name">${loc(ctx.sites[0]?.name, locale)}</span>`
            : html`<label>
              <span class="visually-hidden">${t('shell.site')}</span>
              <select data-testid="site-switcher" @change=${(e: Event) => this.switchSite((e.target as HTMLSelectElement).value)}>
                ${ctx.sites.map(
                  (s) =>
                    html`<option value=${s.id} ?selected=${s.id === this.siteId}>
                      ${loc(s.name, locale)} — ${loc(s.province, locale)}
                    </option>`,
                )}
              </select>
            </label>`
        }
        <span class="conn ${status === 'online' ? '' : 'bad'}" role="status" data-testid="conn-status">
          ${status === 'online' ? `● ${t('shell.live')}` : t(`conn.${status}`)}
        </span>
        <span class="grow"></span>
        <span class="user">
          <strong>${ctx.user.fullName || ctx.user.username}</strong><br />
          ${t(`shell.role.${ctx.user.role}`)}
        </span>
        <luot-lang-switch ?khmer=${ctx.user.role === 'province'}></luot-lang-switch>
        <button type="button" data-testid="change-password" @click=${() => (this.changingPassword = true)}>
          ${this.passwordText.t('password.change')}
        </button>
        <button type="button" data-testid="logout" @click=${() => void this.logout()}>${t('shell.logout')}</button>
      </header>
      ${this.renderPasswordDialog(ctx)}
      <nav aria-label=${t('shell.menu')}>
        <ul>
          ${pagesFor(ctx).map(
            (id, i) => html`<li>
              <a
                href=${`#/${id}`}
                data-testid=${`nav-${id}`}
                aria-current=${this.page === id ? 'page' : 'false'}
                aria-keyshortcuts=${`Alt+${i + 1}`}
                >${t(`nav.${id}` as AdminKey)}<kbd>Alt+${i + 1}</kbd></a
              >
            </li>`,
          )}
        </ul>
      </nav>
      <main>
        ${
          ctx.publicUrlLoopback
            ? html`<div class="notice error" role="alert" data-testid="loopback-warning">
              <span>${this.setupText.t('address.loopback', { url: ctx.publicUrl })}</span>
            </div>`
            : nothing
        }
        ${
          this.notice
            ? html`<div class="notice ${this.notice.kind}" role=${this.notice.kind === 'error' ? 'alert' : 'status'} data-testid="notice">
              <span>${this.notice.text}</span>
              <button type="button" aria-label=${t('common.close')} @click=${() => (this.notice = null)}>×</button>
            </div>`
            : nothing
        }
        ${this.siteId ? this.renderPage(this.env(ctx)) : nothing}
      </main>
    `;
  }
}
