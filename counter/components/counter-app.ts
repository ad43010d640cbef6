// The counter terminal: sign in (or a counter device key), choose the counter, work.
import { css, html, LitElement, nothing } from 'lit';
import { pageFrame } from './page-styles.js';
import { customElement, state } from 'lit/decorators.js';
import { api, ApiRequestError } from '../../shared/ui/api.js';
import { deviceKey } from '../../shared/ui/device-auth.js';
import { I18nController, initialLocale, setLocale } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { counterMessages } from '../i18n.js';
import { chooseSite, counterPath, logOut, type UserInfo, whoAmI } from '../session.js';
import type { CounterChosenEvent } from './counter-picker.js';
import { LOCALE_STORAGE } from './counter-workspace.js';
import type { LoggedInEvent } from './login-form.js';
import './counter-picker.js';
import './counter-workspace.js';
import './login-form.js';

/** The password form is rare (a first sign-in, a change asked for): its code loads when shown. */
function loadPasswordDialog(): Promise<unknown> {
  return import('../../shared/ui/password-dialog.js');
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'login'; notice: string }
  | { kind: 'pick'; user: UserInfo; siteId: string; autoPick: boolean; notice: string }
  | { kind: 'work'; user: UserInfo | null; key: string | null; siteId: string; counterId: string }
  | { kind: 'error'; message: string }
  | { kind: 'password'; user: UserInfo };

@customElement('luot-counter-app')
export class CounterApp extends LitElement {
  static override styles = [
    tokens,
    base,
    pageFrame,
    css`
      :host {
        --page-message-width: 640px;
        --page-message-size: 1.3rem;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, counterMessages);

  @state() private phase: Phase = { kind: 'loading' };
  /** The officer's own "Đổi mật khẩu" dialog, over the workspace. */
  @state() private changingPassword = false;

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(initialLocale(LOCALE_STORAGE));
    document.documentElement.lang = this.i18n.locale;
    void this.start();
  }

  private async start(): Promise<void> {
    const key = deviceKey();
    try {
      const me = await whoAmI(key);
      if (me.kind === 'device') {
        const { device } = me;
        if (device.kind !== 'counter' || !device.counterId) {
          this.phase = { kind: 'error', message: this.i18n.t('device.noCounter') };
          return;
        }
        this.phase = { kind: 'work', user: null, key, siteId: device.siteId, counterId: device.counterId };
        return;
      }
      await this.toPicker(me.user, true, '');
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'network';
      if (key && code !== 'unauthorized') {
        this.phase = { kind: 'error', message: this.i18n.error(code) };
      } else {
        this.phase = { kind: 'login', notice: '' };
      }
    }
  }

  private async toPicker(user: UserInfo, autoPick: boolean, notice: string): Promise<void> {
    if (user.mustChangePassword) {
      void loadPasswordDialog();
      this.phase = { kind: 'password', user };
      return;
    }
    const siteId = await chooseSite(user);
    if (!siteId) {
      this.phase = { kind: 'error', message: this.i18n.error('forbidden') };
      return;
    }
    this.phase = { kind: 'pick', user, siteId, autoPick, notice };
  }

  private onLoggedIn(event: LoggedInEvent): void {
    void this.toPicker(event.detail.user, true, '').catch(() => {
      this.phase = { kind: 'login', notice: this.i18n.error('network') };
    });
  }

  private onChosen(event: CounterChosenEvent): void {
    if (this.phase.kind !== 'pick') return;
    const { user, siteId } = this.phase;
    this.phase = { kind: 'work', user, key: null, siteId, counterId: event.detail.counterId };
  }

  private async leaveCounter(): Promise<void> {
    if (this.phase.kind !== 'work' || !this.phase.user) return;
    const { siteId, counterId } = this.phase;
    await api(counterPath(siteId, counterId, 'sign-out'), { body: {} }).catch(() => undefined);
  }

  private async onChangeCounter(): Promise<void> {
    if (this.phase.kind !== 'work' || !this.phase.user) return;
    const user = this.phase.user;
    await this.leaveCounter();
    await this.toPicker(user, false, '');
  }

  private async onSignOut(): Promise<void> {
    await this.leaveCounter();
    await logOut().catch(() => undefined);
    this.phase = { kind: 'login', notice: '' };
  }

  private onCounterLost(event: CustomEvent<{ message: string }>): void {
    if (this.phase.kind !== 'work' || !this.phase.user) return;
    void this.toPicker(this.phase.user, false, event.detail.message);
  }

  private onSessionLost(): void {
    this.phase = { kind: 'login', notice: this.i18n.t('session.expired') };
  }

  override render() {
    const phase = this.phase;
    switch (phase.kind) {
      case 'loading':
        return html`<div class="centre"><p class="message">${this.i18n.t('common.loading')}</p></div>`;
      case 'error':
        return html`<div class="centre">
          <p class="message" role="alert" data-testid="app-error">${phase.message}</p>
        </div>`;
      case 'login':
        return html`<div class="centre">
          <luot-login-form
            .heading=${`${this.i18n.t('app.name')} – ${this.i18n.t('app.title')}`}
            .notice=${phase.notice}
            @logged-in=${this.onLoggedIn}
          ></luot-login-form>
        </div>`;
      case 'pick':
        return html`<luot-counter-picker
          .siteId=${phase.siteId}
          .user=${phase.user}
          .autoPick=${phase.autoPick}
          .notice=${phase.notice}
          @counter-chosen=${this.onChosen}
        ></luot-counter-picker>`;
      case 'password':
        return html`<luot-password-dialog
          forced
          @sign-out=${this.onSignOut}
          @password-changed=${() => void this.toPicker({ ...phase.user, mustChangePassword: false }, true, '')}
        ></luot-password-dialog>`;
      case 'work':
        return html`${
          this.changingPassword
            ? html`<luot-password-dialog
                @cancel=${() => (this.changingPassword = false)}
                @password-changed=${() => (this.changingPassword = false)}
              ></luot-password-dialog>`
            : nothing
        }<luot-counter-workspace
          @change-password=${() => {
            void loadPasswordDialog();
            this.changingPassword = true;
          }}
          .siteId=${phase.siteId}
          .counterId=${phase.counterId}
          .deviceKey=${phase.key}
          .user=${phase.user}
          @change-counter=${this.onChangeCounter}
          @sign-out=${this.onSignOut}
          @counter-lost=${this.onCounterLost}
          @session-lost=${this.onSessionLost}
        ></luot-counter-workspace>`;
    }
    return nothing;
  }
}
