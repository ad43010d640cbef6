// Username and password sign-in. Sets the session cookie (HttpOnly) and tells the app who it is.
import { css, html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { ApiRequestError } from '../../shared/ui/api.js';
import { I18nController } from '../../shared/ui/locale.js';
import { loginMessages } from '../login-i18n.js';
import { logIn, type UserInfo } from '../session.js';
import { controls } from './styles.js';

export type LoggedInEvent = CustomEvent<{ user: UserInfo }>;

@customElement('luot-login-form')
export class LoginForm extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 18px;
        width: min(420px, 92vw);
        margin: 0 auto;
        padding: 32px;
        background: var(--luot-bg);
        border-radius: 16px;
        border: 1px solid var(--luot-border);
        box-shadow: 0 10px 30px rgb(11 61 145 / 12%);
      }
      h1 {
        margin: 0;
        font-size: 1.6rem;
        color: var(--luot-primary);
      }
      .hint {
        margin: 0;
      }
      .btn {
        min-height: 56px;
        font-size: 1.1rem;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, loginMessages);

  /** Heading above the form (the app's name). */
  @property() heading = '';
  /** A message to show before any attempt (e.g. the session expired). */
  @property() notice = '';

  @state() private busy = false;
  @state() private error = '';

  @query('input[name="username"]') private usernameInput?: HTMLInputElement;

  override firstUpdated(): void {
    this.usernameInput?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.busy) return;
    const form = new FormData(event.target as HTMLFormElement);
    const username = String(form.get('username') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!username || !password) {
      this.error = this.i18n.error('invalid_credentials');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      const user = await logIn(username, password);
      this.dispatchEvent(new CustomEvent('logged-in', { detail: { user }, bubbles: true, composed: true }));
    } catch (error) {
      this.error = this.i18n.error(error instanceof ApiRequestError ? error.code : 'network');
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const message = this.error || this.notice;
    return html`
      <form @submit=${this.submit} novalidate>
        <h1>${this.heading || t('login.title')}</h1>
        <p class="hint muted">${t('login.hint')}</p>
        <label class="field">
          ${t('login.username')}
          <input
            name="username"
            type="text"
            autocomplete="username"
            autocapitalize="off"
            spellcheck="false"
            data-testid="login-username"
          />
        </label>
        <label class="field">
          ${t('login.password')}
          <input name="password" type="password" autocomplete="current-password" data-testid="login-password" />
        </label>
        ${message ? html`<p class="error-text" role="alert" data-testid="login-error">${message}</p>` : ''}
        <button class="btn primary" type="submit" ?disabled=${this.busy} data-testid="login-submit">
          ${this.busy ? t('login.busy') : t('login.submit')}
        </button>
      </form>
    `;
  }
}
