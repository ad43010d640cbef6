// The phone status page (/t/<statusToken>, no login): the ticket's number, now serving, people
// ahead, estimated wait and a progress bar, live over Socket.IO; "your turn — go to counter N"
// with a vibration and a notification; after service, the rating.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { TicketStatusView } from '../../shared/protocol/views.js';
import { api, ApiRequestError } from '../../shared/ui/api.js';
import { ConnectionController } from '../../shared/ui/connection.js';
import { I18nController, initialLocale, setLocale } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { phoneHeader, phonePageStyles } from '../phone-page.js';
import { queueProgress } from './progress.js';
import '../booking/remote-panel.js';
import './dossier-card.js';
import { giveUpMessages } from './give-up-i18n.js';
import './give-up.js';
import './messages-form.js';
import './rating-form.js';
import type { RatingChoice } from './rating-form.js';
import { type StatusKey, statusMessages } from './status-i18n.js';

const LANG_KEY = 'luot.status.lang';
const TOKEN = /^[A-Za-z0-9_-]{16,64}$/;

function tokenFromPath(): string | null {
  const token = decodeURIComponent(location.pathname.split('/t/')[1]?.split('/')[0] ?? '');
  return TOKEN.test(token) ? token : null;
}

@customElement('luot-status-app')
export class StatusApp extends LitElement {
  static override styles = [
    tokens,
    base,
    phonePageStyles,
    css`
      .label {
        font-weight: 700;
        text-transform: uppercase;
        font-size: 15px;
      }
      .number {
        font-size: 84px;
        font-weight: 700;
        line-height: 1.1;
        color: var(--luot-primary-strong);
        font-variant-numeric: tabular-nums;
        margin: 0;
      }
      .what {
        margin: 4px 0 0;
      }
      .turn {
        margin-top: 16px;
        border-radius: 16px;
        padding: 24px 20px;
        background: var(--luot-calling);
        color: #fff;
        font-size: 28px;
        font-weight: 700;
        text-align: center;
      }
      .state {
        margin-top: 16px;
        font-size: 22px;
        font-weight: 700;
        text-align: center;
      }
      .facts {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 12px;
        margin: 16px 0 0;
      }
      .facts div {
        border: 2px solid var(--luot-border);
        border-radius: 12px;
        padding: 12px;
      }
      .facts dt {
        font-size: 15px;
        color: var(--luot-text-muted);
      }
      .facts dd {
        margin: 0;
        font-size: 22px;
        font-weight: 700;
      }
      .bar {
        margin-top: 16px;
        height: 16px;
        border-radius: 8px;
        background: var(--luot-border);
        overflow: hidden;
      }
      .bar div {
        height: 100%;
        background: var(--luot-primary);
        transition: width 0.6s;
      }
      .notify {
        margin-top: 16px;
        width: 100%;
        min-height: 52px;
        border-radius: 12px;
        border: 2px solid var(--luot-primary);
        background: var(--luot-bg);
        color: var(--luot-primary-strong);
        font-size: 18px;
        font-weight: 700;
      }
      h2 {
        font-size: 20px;
        margin: 24px 0 12px;
      }
    `,
  ];

  private readonly token = tokenFromPath();
  private readonly i18n = new I18nController<StatusKey>(this, statusMessages);
  private readonly conn = new ConnectionController(this, {
    auth: () => (this.token ? { statusToken: this.token } : {}),
    setup: (socket) => socket.on('ticket:status', (s) => this.receive(s)),
  });

  @state() private view: TicketStatusView | null = null;
  @state() private notFound = false;
  @state() private sending = false;
  @state() private rated = false;
  @state() private ratingError: string | null = null;
  @state() private gaveUp = false;
  @state() private notifyOn = typeof Notification !== 'undefined' && Notification.permission === 'granted';
  private mostAhead = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(initialLocale(LANG_KEY));
    if (!this.token) {
      this.notFound = true;
      return;
    }
    try {
      this.mostAhead = Number(localStorage.getItem(`luot.t.${this.token}`) ?? 0) || 0;
    } catch {
      // private browsing: the bar starts from what we see now
    }
    void api<TicketStatusView>(`/api/tickets/${this.token}`)
      .then((v) => this.receive(v))
      .catch((e: unknown) => {
        if (e instanceof ApiRequestError && e.status === 404) this.notFound = true;
      });
  }

  override willUpdate(changed: PropertyValues): void {
    this.lang = this.i18n.locale;
    if (changed.has('view')) document.title = this.view ? `${this.view.displayNumber} – Lượt` : 'Lượt';
  }

  /** A new status from the API or the socket. */
  private receive(next: TicketStatusView): void {
    const before = this.view?.status;
    this.view = next;
    if (next.ahead > this.mostAhead) {
      this.mostAhead = next.ahead;
      try {
        localStorage.setItem(`luot.t.${this.token}`, String(next.ahead));
      } catch {
        // ignore
      }
    }
    if (next.status === 'called' && before !== undefined && before !== 'called') this.alert(next);
  }

  private alert(v: TicketStatusView): void {
    navigator.vibrate?.([400, 200, 400, 200, 400]);
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    try {
      new Notification(this.i18n.t('phone.notifyTitle', { number: v.displayNumber }), {
        body: v.counterNumber ? this.i18n.t('phone.notifyBody', { n: v.counterNumber }) : '',
        tag: `luot-${v.displayNumber}`,
      });
    } catch {
      // some mobile browsers allow notifications only from a service worker
    }
  }

  private async enableNotify(): Promise<void> {
    if (typeof Notification === 'undefined') return;
    this.notifyOn = (await Notification.requestPermission()) === 'granted';
  }

  private async rate(choice: RatingChoice): Promise<void> {
    if (!this.token || this.sending) return;
    this.sending = true;
    this.ratingError = null;
    try {
      await api(`/api/tickets/${this.token}/rating`, { body: choice });
      this.rated = true;
    } catch (e) {
      const code = e instanceof ApiRequestError ? e.code : 'network';
      this.ratingError = code;
      if (code === 'already_rated') this.rated = true;
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const { i18n } = this;
    return html`${phoneHeader({
      siteName: this.view ? localized(this.view.siteName, i18n.locale) : i18n.t('app.name'),
      locale: i18n.locale,
      label: i18n.t('phone.language'),
      languageName: (l) => i18n.t(`lang.${l}`),
      storageKey: LANG_KEY,
    })}
      ${
        this.conn.status === 'offline' && this.view
          ? html`<p class="notice error" role="status" data-testid="offline-banner">${i18n.t('conn.offline')}</p>`
          : nothing
      }
      <main>${this.renderBody()}</main>`;
  }

  private renderBody() {
    const { i18n, view: v } = this;
    if (this.notFound) return html`<p class="notice error" role="alert">${i18n.t('phone.notFound')}</p>`;
    if (!v) return html`<p class="state">${i18n.t('common.loading')}</p>`;
    const locale = i18n.locale;
    return html`<section class="card" aria-live="polite">
        <p class="label">${i18n.t('phone.title')}</p>
        <p class="number" data-testid="status-number">${v.displayNumber}</p>
        <p class="what">${localized(v.fieldName, locale)} — ${localized(v.procedureName, locale)}</p>
        <p class="muted">${i18n.t('phone.issuedAt', { time: formatLocalTime(v.issuedAt, v.timeZone) })}</p>
      </section>
      ${this.renderState(v)}
      <luot-remote-panel
        .view=${v}
        .token=${this.token ?? ''}
        @status=${(e: CustomEvent<TicketStatusView>) => this.receive(e.detail)}
      ></luot-remote-panel>
      ${v.status === 'done' && v.dossier ? html`<luot-dossier-card .dossier=${v.dossier}></luot-dossier-card>` : nothing}
      ${
        v.messages && (v.status === 'waiting' || v.status === 'called')
          ? html`<luot-messages-form .token=${this.token ?? ''}></luot-messages-form>`
          : nothing
      }
      ${v.status === 'done' ? this.renderRating(v) : nothing}
      ${
        v.status === 'waiting'
          ? html`<luot-give-up
              .token=${this.token ?? ''}
              .number=${v.displayNumber}
              @gave-up=${(e: CustomEvent<TicketStatusView>) => {
                this.gaveUp = true;
                this.receive(e.detail);
              }}
            ></luot-give-up>`
          : nothing
      }`;
  }

  /** "Đang phục vụ — hàng Hộ tịch (A)": which line the numbers served belong to. */
  private nowServingLabel(v: TicketStatusView): string {
    if (!v.line) return this.i18n.t('phone.nowServing');
    const name = localized(v.line.name, this.i18n.locale);
    const line = v.line.prefix ? `${name} (${v.line.prefix})` : name;
    return giveUpMessages.t(this.i18n.locale, 'line.nowServing', { line });
  }

  private renderState(v: TicketStatusView) {
    const { i18n } = this;
    const stateText: Record<TicketStatusView['status'], string> = {
      waiting: i18n.t('status.waiting'),
      called: v.counterNumber
        ? i18n.t('phone.yourTurn', { n: v.counterNumber })
        : i18n.t('phone.yourTurnAny'),
      serving: i18n.t('phone.serving', { n: v.counterNumber ?? '' }),
      done: i18n.t('phone.done'),
      no_show: i18n.t('phone.noShow'),
      cancelled: this.gaveUp ? giveUpMessages.t(i18n.locale, 'giveUp.done') : i18n.t('phone.cancelled'),
      expired: i18n.t('phone.expired'),
    };
    const progress = queueProgress(v.status, v.ahead, this.mostAhead);
    const bar = html`<div
      class="bar"
      role="progressbar"
      aria-label=${i18n.t('phone.progress')}
      aria-valuemin="0"
      aria-valuemax="100"
      aria-valuenow=${progress}
    >
      <div style="width:${progress}%"></div>
    </div>`;
    if (v.status === 'called') {
      return html`<p class="turn" role="alert" data-testid="status-state" data-state=${v.status}>
          ${stateText.called}
        </p>
        ${bar}`;
    }
    if (v.status !== 'waiting') {
      return html`<p class="state" data-testid="status-state" data-state=${v.status}>${stateText[v.status]}</p>`;
    }
    return html`<p class="state" data-testid="status-state" data-state=${v.status}>${stateText.waiting}</p>
      <dl class="facts">
        <div>
          <dt data-testid="status-line">${this.nowServingLabel(v)}</dt>
          <dd data-testid="status-serving">${v.nowServing.length ? v.nowServing.join(', ') : i18n.t('phone.nobodyServing')}</dd>
        </div>
        <div>
          <dt>${i18n.t('phone.state')}</dt>
          <dd data-testid="status-ahead">
            ${v.ahead > 0 ? i18n.t('phone.ahead', { n: v.ahead }) : i18n.t('phone.aheadNone')}
          </dd>
        </div>
      </dl>
      <p class="state">${v.etaMinutes > 0 ? i18n.t('phone.eta', { n: v.etaMinutes }) : i18n.t('phone.etaSoon')}</p>
      ${bar}
      ${
        typeof Notification !== 'undefined' && window.isSecureContext && !this.notifyOn
          ? html`<button type="button" class="notify" data-testid="notify-enable" @click=${() => void this.enableNotify()}>
              ${i18n.t('phone.notify')}
            </button>`
          : html`<p class="muted">${this.notifyOn ? i18n.t('phone.notifyOn') : i18n.t('phone.keepOpen')}</p>`
      }`;
  }

  private renderRating(v: TicketStatusView) {
    const { i18n } = this;
    if (this.rated || v.rating.given) {
      return html`<p class="notice ok" role="status" data-testid="rating-thanks">
          ${this.ratingError ? i18n.error(this.ratingError) : i18n.t('rating.thanks')}
        </p>`;
    }
    if (!v.rating.allowed || !v.rating.settings) {
      return html`<p class="notice" data-testid="rating-closed">${i18n.t('rating.closed')}</p>`;
    }
    return html`<h2>${i18n.t('rating.title')}</h2>
      <luot-rating-form
        .settings=${v.rating.settings}
        .sending=${this.sending}
        @rate=${(e: CustomEvent<RatingChoice>) => void this.rate(e.detail)}
      ></luot-rating-form>
      ${
        this.ratingError
          ? html`<p class="notice error" role="alert" data-testid="rating-error">${i18n.error(this.ratingError)}</p>`
          : nothing
      }`;
  }
}
