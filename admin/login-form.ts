// Sign-in for administrators and centre managers (the session is an HttpOnly cookie).
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { base, tokens } from '../shared/ui/tokens.js';
import { I18nController } from '../shared/ui/locale.js';
import { api, errorParts } from './admin-api.js';
import { adminMessages } from './i18n.js';
import './ui/lang-switch.js';
import { adminStyles } from './ui/styles.js';

interface LoginAnswer {
  user: { role: string };
}

@customElement('luot-admin-login')
export class AdminLogin extends LitElement {
  static override styles = [
    tokens,
    base,
    adminStyles,
    css`
      :host {
        min-height: 100vh;
        display: grid;
        place-items: center;
        background: var(--luot-surface);
      }
      form {
        width: min(420px, 92vw);
        display: flex;
        flex-direction: column;
        gap: 14px;
        padding: 28px;
      }
      .brand {
        color: var(--luot-primary);
        font-weight: 700;
        font-size: 28px;
      }
      input {
        min-height: 44px;
      }
      button.primary {
        min-height: 48px;
        justify-content: center;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, adminMessages);
  @state() private username = '';
  @state() private password = '';
  @state() private error = '';
  @state() private busy = false;

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    this.busy = true;
    this.error = '';
    try {
      const answer = await api<LoginAnswer>('/api/auth/login', {
        body: { username: this.username, password: this.password },
      });
      if (answer.user.role === 'staff') {
        await api('/api/auth/logout', { body: {} });
        this.error = this.i18n.t('login.staffOnly');
        return;
      }
      this.password = '';
      this.dispatchEvent(new CustomEvent('signed-in', { bubbles: true, composed: true }));
    } catch (error) {
      this.error = this.i18n.error(errorParts(error).code);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    return html`<form class="panel" @submit=${this.submit} aria-labelledby="login-title">
      <div class="brand">${t('app.name')}</div>
      <h1 id="login-title">${t('login.title')}</h1>
      <label class="field"
        >${t('login.username')}
        <input
          data-testid="login-username"
          autocomplete="username"
          required
          .value=${this.username}
          @input=${(e: Event) => {
            this.username = (e.target as HTMLInputElement).value;
          }}
      /></label>
      <label class="field"
        >${t('login.password')}
        <input
          data-testid="login-password"
          type="password"
          autocomplete="current-password"
          required
          .value=${this.password}
          @input=${(e: Event) => {
            this.password = (e.target as HTMLInputElement).value;
          }}
      /></label>
      ${this.error ? html`<div class="issues" role="alert" data-testid="login-error">${this.error}</div>` : ''}
      <button class="primary" type="submit" data-testid="login-submit" ?disabled=${this.busy}>
        ${t('login.submit')}
      </button>
      <luot-lang-switch></luot-lang-switch>
    </form>`;
  }
}
