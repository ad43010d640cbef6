// "Đổi mật khẩu": a modal where the signed-in person changes their own password (admin console
// header, counter header), and the forced change at the first sign-in with a given password.
// Fires "password-changed" on success, "cancel" (not when forced) and "sign-out" (forced only).
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { api, ApiRequestError } from './api.js';
import { I18nController } from './locale.js';
import { type PasswordKey, passwordMessages } from './password-i18n.js';
import { base, tokens } from './tokens.js';

@customElement('luot-password-dialog')
export class PasswordDialog extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      .backdrop {
        position: fixed;
        inset: 0;
        background: rgb(17 24 39 / 0.55);
        display: grid;
        place-items: center;
        z-index: 1000;
      }
      form {
        background: var(--luot-bg);
        border-radius: var(--luot-radius);
        padding: 24px;
        width: min(460px, calc(100vw - 32px));
        display: grid;
        gap: 12px;
        box-shadow: 0 12px 40px rgb(0 0 0 / 0.3);
      }
      h2 {
        margin: 0;
        font-size: 1.3rem;
      }
      p {
        margin: 0;
        color: var(--luot-text-muted);
        font-size: 0.95rem;
      }
      label {
        display: grid;
        gap: 4px;
        font-weight: 500;
      }
      input {
        font: inherit;
        min-height: 44px;
        padding: 6px 10px;
        border: 1px solid var(--luot-border);
        border-radius: 8px;
      }
      .error {
        color: var(--luot-error);
        background: var(--luot-error-bg);
        padding: 8px 10px;
        border-radius: 8px;
        font-weight: 500;
      }
      .buttons {
        display: flex;
        gap: 8px;
        justify-content: flex-end;
      }
      button {
        min-height: 44px;
        padding: 6px 16px;
        border-radius: 8px;
        border: 1px solid var(--luot-border);
        background: var(--luot-bg);
        color: var(--luot-text);
      }
      button.primary {
        background: var(--luot-primary);
        border-color: var(--luot-primary);
        color: var(--luot-on-primary);
        font-weight: 600;
      }
    `,
  ];

  @property({ type: Boolean }) forced = false;
  @state() private current = '';
  @state() private next = '';
  @state() private repeat = '';
  @state() private error = '';
  @state() private busy = false;
  private readonly i18n = new I18nController<PasswordKey>(this, passwordMessages);

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('input')?.focus();
  }

  private emit(name: string): void {
    this.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true }));
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const t = this.i18n.t.bind(this.i18n);
    if (this.next !== this.repeat) {
      this.error = t('password.mismatch');
      return;
    }
    this.busy = true;
    this.error = '';
    try {
      await api('/api/auth/password', { body: { current: this.current, next: this.next } });
      this.emit('password-changed');
    } catch (error) {
      this.error = this.explain(error);
    } finally {
      this.busy = false;
    }
  }

  private explain(error: unknown): string {
    if (!(error instanceof ApiRequestError)) return this.i18n.error('internal');
    const details =
      'details' in error.error ? (error.error.details as { reason?: string } | undefined) : undefined;
    const key = `password.reason.${details?.reason ?? error.code}`;
    return passwordMessages.has(key) ? this.i18n.t(key) : this.i18n.error(error.code);
  }

  override render() {
    const t = this.i18n.t.bind(this.i18n);
    const field = (label: string, value: string, set: (v: string) => void, testid: string, auto: string) =>
      html`<label
        >${label}
        <input
          type="password"
          data-testid=${testid}
          autocomplete=${auto}
          maxlength="200"
          required
          .value=${value}
          @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
      /></label>`;
    return html`<div class="backdrop">
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="password-title"
        data-testid="password-dialog"
        @submit=${(e: Event) => void this.submit(e)}
      >
        <h2 id="password-title">${this.forced ? t('password.forcedTitle') : t('password.change')}</h2>
        ${this.forced ? html`<p>${t('password.forcedHelp')}</p>` : nothing}
        ${field(t('password.current'), this.current, (v) => (this.current = v), 'password-current', 'current-password')}
        ${field(t('password.next'), this.next, (v) => (this.next = v), 'password-next', 'new-password')}
        ${field(t('password.repeat'), this.repeat, (v) => (this.repeat = v), 'password-repeat', 'new-password')}
        <p>${t('password.rules')}</p>
        ${this.error ? html`<div class="error" role="alert" data-testid="password-error">${this.error}</div>` : nothing}
        <div class="buttons">
          ${
            this.forced
              ? html`<button type="button" @click=${() => this.emit('sign-out')}>${t('password.signOut')}</button>`
              : html`<button type="button" @click=${() => this.emit('cancel')}>${t('password.cancel')}</button>`
          }
          <button class="primary" type="submit" data-testid="password-save" ?disabled=${this.busy}>
            ${t('password.save')}
          </button>
        </div>
      </form>
    </div>`;
  }
}
