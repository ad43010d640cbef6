// The rating tablet (/counter/rating?counter=N): authenticated by a counter device key (?key=)
// or a staff sign-in, then the rating screen of that counter.
import { css, html, LitElement } from 'lit';
import { pageFrame } from './page-styles.js';
import { customElement, state } from 'lit/decorators.js';
import type { CounterView } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { deviceKey } from '../../shared/ui/device-auth.js';
import { I18nController, initialLocale, setLocale } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { ratingMessages } from '../rating-i18n.js';
import { chooseSite, type UserInfo, whoAmI } from '../session.js';
import type { LoggedInEvent } from './login-form.js';
import { RATING_LOCALE_STORAGE } from './rating-screen.js';
import './login-form.js';
import './rating-screen.js';

type Phase =
  | { kind: 'loading' }
  | { kind: 'login' }
  | { kind: 'ready'; siteId: string; counterId: string; key: string | null }
  | { kind: 'error'; message: string };

@customElement('luot-rating-app')
export class RatingApp extends LitElement {
  static override styles = [
    tokens,
    base,
    pageFrame,
    css`
      :host {
        --page-message-width: 720px;
        --page-message-size: 1.4rem;
      }
    `,
  ];

  private readonly i18n = new I18nController(this, ratingMessages);

  @state() private phase: Phase = { kind: 'loading' };

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(initialLocale(RATING_LOCALE_STORAGE));
    void this.start();
  }

  private async start(): Promise<void> {
    const key = deviceKey();
    try {
      const me = await whoAmI(key);
      if (me.kind === 'device') {
        if (me.device.kind !== 'counter' || !me.device.counterId) {
          this.phase = { kind: 'error', message: this.i18n.t('rating.notCounterDevice') };
          return;
        }
        this.phase = { kind: 'ready', siteId: me.device.siteId, counterId: me.device.counterId, key };
        return;
      }
      await this.forUser(me.user);
    } catch (error) {
      const code = error instanceof ApiRequestError ? error.code : 'network';
      this.phase =
        key && code !== 'unauthorized'
          ? { kind: 'error', message: this.i18n.error(code) }
          : { kind: 'login' };
    }
  }

  /** A staff sign-in: the counter comes from ?counter= (its number or its id). */
  private async forUser(user: UserInfo): Promise<void> {
    const wanted = new URLSearchParams(location.search).get('counter');
    const siteId = await chooseSite(user);
    if (!wanted || !siteId) {
      this.phase = { kind: 'error', message: this.i18n.t('rating.noCounter') };
      return;
    }
    const counters = await api<CounterView[]>(`/api/sites/${encodeURIComponent(siteId)}/counters`);
    const counter = counters.find((c) => c.id === wanted || String(c.number) === wanted);
    if (!counter) {
      this.phase = { kind: 'error', message: this.i18n.error('unknown_counter') };
      return;
    }
    this.phase = { kind: 'ready', siteId, counterId: counter.id, key: null };
  }

  private onLoggedIn(event: LoggedInEvent): void {
    void this.forUser(event.detail.user).catch(() => {
      this.phase = { kind: 'error', message: this.i18n.error('network') };
    });
  }

  override render() {
    const phase = this.phase;
    switch (phase.kind) {
      case 'loading':
        return html`<div class="centre"><p class="message">${this.i18n.t('common.loading')}</p></div>`;
      case 'login':
        return html`<div class="centre">
          <luot-login-form .heading=${this.i18n.t('rating.loginHeading')} @logged-in=${this.onLoggedIn}></luot-login-form>
        </div>`;
      case 'error':
        return html`<div class="centre"><p class="message" role="alert" data-testid="app-error">${phase.message}</p></div>`;
      case 'ready':
        return html`<luot-rating-screen
          .siteId=${phase.siteId}
          .counterId=${phase.counterId}
          .deviceKey=${phase.key}
        ></luot-rating-screen>`;
    }
  }
}
