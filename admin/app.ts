// The console's root: asks the server who is signed in, then shows the login form or the shell.
import { html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AdminContext } from '../shared/protocol/admin-views.js';
import { initialLocale, setLocale } from '../shared/ui/locale.js';
import { api, ApiRequestError } from './admin-api.js';
import './login-form.js';
import './shell.js';
import { LOCALE_KEY } from './ui/lang-switch.js';

@customElement('luot-admin-app')
export class AdminApp extends LitElement {
  @state() private ctx: AdminContext | null = null;
  @state() private phase: 'loading' | 'login' | 'ready' = 'loading';

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(initialLocale(LOCALE_KEY), LOCALE_KEY);
    document.documentElement.lang = initialLocale(LOCALE_KEY);
    void this.loadContext();
  }

  private async loadContext(): Promise<void> {
    try {
      const session = await api<{ kind: string }>('/api/auth/session');
      if (session.kind !== 'user') {
        this.phase = 'login';
        return;
      }
      const ctx = await api<AdminContext>('/api/admin/context');
      if (ctx.user.role === 'staff') {
        this.ctx = null;
        this.phase = 'login';
        return;
      }
      this.ctx = ctx;
      this.phase = 'ready';
    } catch (error) {
      if (error instanceof ApiRequestError && error.status !== 0) this.phase = 'login';
      else setTimeout(() => void this.loadContext(), 3000);
    }
  }

  override render() {
    if (this.phase === 'loading') return nothing;
    if (this.phase === 'login' || !this.ctx) {
      return html`<luot-admin-login @signed-in=${() => void this.loadContext()}></luot-admin-login>`;
    }
    return html`<luot-admin-shell
      .ctx=${this.ctx}
      @context-changed=${() => void this.loadContext()}
      @signed-out=${() => {
        this.ctx = null;
        this.phase = 'login';
      }}
    ></luot-admin-shell>`;
  }
}
