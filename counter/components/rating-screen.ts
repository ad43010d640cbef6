// The citizen-facing rating screen of one counter. Idle ("Cảm ơn Quý khách") until the counter
// finishes a ticket (rating:requested), then the ticket and the scale; a low level asks for
// reasons; it thanks and goes back to idle. Closes by itself after closeAfterSeconds.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale } from '../../shared/domain/model.js';
import { LOCALES } from '../../shared/domain/model.js';
import type { Params } from '../../shared/i18n/messages.js';
import { localized } from '../../shared/i18n/messages.js';
import type { RatingSettings } from '../../shared/protocol/config-schemas.js';
import type { TicketView } from '../../shared/protocol/views.js';
import { api } from '../../shared/ui/api.js';
import { ConnectionController } from '../../shared/ui/connection.js';
import { I18nController, setLocale } from '../../shared/ui/locale.js';
import { base, reducedMotion, tokens } from '../../shared/ui/tokens.js';
import { type RatingText, ratingMessages } from '../rating-i18n.js';
import { faceMood } from '../rating-mood.js';
import type { ReasonsEvent } from './rating-reasons.js';
import './rating-face.js';
import './rating-reasons.js';

export const RATING_LOCALE_STORAGE = 'luot.rating.lang';
const THANKS_MS = 6000;

type View =
  | { kind: 'idle' }
  | { kind: 'scale'; ticket: TicketView }
  | { kind: 'reasons'; ticket: TicketView; level: number }
  | { kind: 'thanks' }
  | { kind: 'refused'; message: string };

@customElement('luot-rating-screen')
export class RatingScreen extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 100vh;
        background: var(--luot-bg);
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 16px;
        padding: 16px 28px;
        background: var(--luot-primary);
        color: #fff;
        font-size: 1.2rem;
      }
      header strong {
        font-size: 1.4rem;
      }
      main {
        flex: 1;
        display: grid;
        place-items: center;
        padding: 24px 32px;
      }
      .idle,
      .thanks {
        text-align: center;
        display: grid;
        gap: 16px;
      }
      .idle h1,
      .thanks h1 {
        margin: 0;
        font-size: 4rem;
        color: var(--luot-primary);
      }
      .idle p,
      .thanks p {
        margin: 0;
        font-size: 1.6rem;
        color: var(--luot-text-muted);
      }
      .thanks h1 {
        animation: rise 0.5s ease-out;
      }
      @keyframes rise {
        from {
          transform: translateY(12px);
          opacity: 0;
        }
      }
      .ask {
        width: 100%;
        display: grid;
        gap: 20px;
        justify-items: center;
        text-align: center;
      }
      .number {
        font-size: 3rem;
        font-weight: 700;
        color: var(--luot-text);
      }
      .question {
        margin: 0;
        font-size: 1.8rem;
        font-weight: 500;
        max-width: 1000px;
      }
      .scale {
        display: flex;
        justify-content: center;
        gap: 24px;
        width: 100%;
      }
      .level {
        flex: 1 1 0;
        max-width: 280px;
        display: grid;
        gap: 12px;
        justify-items: center;
        padding: 20px 12px;
        border-radius: 20px;
        border: 3px solid var(--luot-border);
        background: var(--luot-bg);
        color: var(--luot-text);
        font-size: 1.5rem;
        font-weight: 700;
        min-height: 260px;
      }
      /* Touch screens keep :hover on the last face touched: the next citizen would find it
         highlighted. Hover shows only with a real pointer; a touch shows while pressed. */
      .level:active {
        border-color: var(--luot-primary);
        background: #eef3fc;
      }
      @media (hover: hover) {
        .level:hover {
          border-color: var(--luot-primary);
          background: #eef3fc;
        }
      }
      .level luot-rating-face {
        width: min(180px, 18vw);
      }
      .refused {
        max-width: 900px;
        text-align: center;
        font-size: 2rem;
        font-weight: 700;
        color: var(--luot-error);
        background: var(--luot-error-bg);
        border: 3px solid var(--luot-error);
        border-radius: 20px;
        padding: 32px;
      }
      footer {
        display: flex;
        justify-content: space-between;
        align-items: center;
        padding: 12px 28px;
        color: var(--luot-text-muted);
        font-size: 1.05rem;
      }
      .langs {
        display: flex;
        gap: 10px;
      }
      .langs button {
        min-height: 56px;
        min-width: 96px;
        padding: 8px 16px;
        border-radius: 12px;
        border: 2px solid var(--luot-border);
        background: var(--luot-bg);
        color: var(--luot-text);
        font-size: 1.1rem;
      }
      .langs button[aria-pressed='true'] {
        border-color: var(--luot-primary);
        color: var(--luot-primary);
        font-weight: 700;
      }
    `,
    reducedMotion,
  ];

  private readonly i18n = new I18nController(this, ratingMessages);
  private readonly t = (key: RatingText, params?: Params) => this.i18n.t(key, params);

  @property() siteId = '';
  @property() counterId = '';
  @property() deviceKey: string | null = null;

  @state() private settings: RatingSettings | null = null;
  @state() private view: View = { kind: 'idle' };
  @state() private busy = false;
  @state() private closesAt = 0;
  @state() private now = Date.now();

  private homeLocale: Locale = 'vi';
  private closeTimer: ReturnType<typeof setTimeout> | null = null;
  private ticker: ReturnType<typeof setInterval> | null = null;

  readonly conn = new ConnectionController(this, {
    auth: () => ({
      siteId: this.siteId,
      counterId: this.counterId,
      ...(this.deviceKey ? { key: this.deviceKey } : {}),
    }),
    setup: (socket) => {
      socket.on('rating:requested', ({ counterId, ticket, until }) => {
        if (counterId !== this.counterId) return;
        this.open(ticket, until);
      });
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.homeLocale = this.i18n.locale;
    this.ticker = setInterval(() => {
      this.now = Date.now();
    }, 1000);
    void this.loadSettings();
  }

  override disconnectedCallback(): void {
    if (this.ticker) clearInterval(this.ticker);
    if (this.closeTimer) clearTimeout(this.closeTimer);
    super.disconnectedCallback();
  }

  private async loadSettings(): Promise<void> {
    try {
      this.settings = await api<RatingSettings>(
        `/api/sites/${encodeURIComponent(this.siteId)}/rating-settings`,
        { key: this.deviceKey },
      );
    } catch {
      setTimeout(() => void this.loadSettings(), 5000);
    }
  }

  private get closeAfterMs(): number {
    return (this.settings?.closeAfterSeconds ?? 30) * 1000;
  }

  /** Shows the scale for a finished ticket, in the language the citizen took the ticket in. */
  private open(ticket: TicketView, until: number): void {
    if ((LOCALES as readonly string[]).includes(ticket.language)) setLocale(ticket.language);
    this.view = { kind: 'scale', ticket };
    // `until` is server time; turn it into local time with the snapshot's clock offset.
    const localUntil = until - this.conn.clockOffset;
    this.closeIn(localUntil > Date.now() ? localUntil - Date.now() : this.closeAfterMs);
  }

  private closeIn(ms: number): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closesAt = Date.now() + ms;
    this.closeTimer = setTimeout(() => this.toIdle(), ms);
  }

  /** The citizen is still busy with the screen: give them the full time again. */
  private touched(): void {
    if (this.view.kind === 'scale' || this.view.kind === 'reasons') this.closeIn(this.closeAfterMs);
  }

  private toIdle(): void {
    if (this.closeTimer) clearTimeout(this.closeTimer);
    this.closeTimer = null;
    this.view = { kind: 'idle' };
    this.busy = false;
    setLocale(this.homeLocale);
  }

  private pick(ticket: TicketView, level: number): void {
    if (this.busy) return;
    if (this.settings?.lowLevels.includes(level) && (this.settings.reasons.length ?? 0) > 0) {
      this.view = { kind: 'reasons', ticket, level };
      this.touched();
      return;
    }
    void this.submit(ticket, level, [], null);
  }

  private async submit(ticket: TicketView, level: number, reasons: string[], comment: string | null) {
    if (this.busy) return;
    this.busy = true;
    const result = await this.conn.command('counter:rate', {
      counterId: this.counterId,
      ticketId: ticket.id,
      level,
      ...(reasons.length > 0 ? { reasons } : {}),
      ...(comment ? { comment } : {}),
    });
    this.busy = false;
    if (result.ok) {
      this.view = { kind: 'thanks' };
    } else {
      const code = result.error.message === 'offline' ? 'network' : result.error.code;
      this.view = { kind: 'refused', message: this.i18n.error(code) };
    }
    this.closeIn(THANKS_MS);
  }

  private onReasons(event: ReasonsEvent): void {
    if (this.view.kind !== 'reasons') return;
    void this.submit(this.view.ticket, this.view.level, event.detail.reasons, event.detail.comment);
  }

  private renderScale(ticket: TicketView) {
    const settings = this.settings;
    const locale = this.i18n.locale;
    const levels = (settings?.levels ?? []).map((l) => l.level);
    const satisfied = settings?.satisfiedLevels ?? [];
    return html`
      <div class="ask" data-testid="rating-scale">
        <div class="number" data-testid="rating-ticket">${this.t('rating.ticket', { number: ticket.displayNumber })}</div>
        <p class="question">${this.t('rating.question')}</p>
        <div class="scale">
          ${(settings?.levels ?? []).map(
            (l) => html`<button
              class="level"
              type="button"
              data-testid="rating-${l.level}"
              @click=${() => this.pick(ticket, l.level)}
            >
              <luot-rating-face .mood=${faceMood(l.level, levels, satisfied)}></luot-rating-face>
              <span>${localized(l.label, locale)}</span>
            </button>`,
          )}
        </div>
      </div>
    `;
  }

  private renderView() {
    const view = this.view;
    switch (view.kind) {
      case 'idle':
        return html`<div class="idle" data-testid="rating-idle">
          <h1>${this.t('rating.idle')}</h1>
          <p>${this.t('rating.idleSub')}</p>
        </div>`;
      case 'scale':
        return this.renderScale(view.ticket);
      case 'reasons':
        return html`<luot-rating-reasons
          .settings=${this.settings}
          .busy=${this.busy}
          @rating-touch=${this.touched}
          @rating-back=${() => {
            this.view = { kind: 'scale', ticket: view.ticket };
            this.touched();
          }}
          @rating-reasons=${this.onReasons}
        ></luot-rating-reasons>`;
      case 'thanks':
        return html`<div class="thanks" data-testid="rating-thanks" role="status">
          <h1>${this.t('rating.thanks')}</h1>
          <p>${this.t('rating.thanksSub')}</p>
        </div>`;
      case 'refused':
        return html`<div class="refused" role="alert" data-testid="rating-refused">${view.message}</div>`;
    }
  }

  override render() {
    const snapshot = this.conn.snapshot;
    const locale = this.i18n.locale;
    const counter = snapshot?.counters.find((c) => c.id === this.counterId);
    const asking = this.view.kind === 'scale' || this.view.kind === 'reasons';
    const secondsLeft = Math.min(
      this.closeAfterMs / 1000,
      Math.max(0, Math.ceil((this.closesAt - this.now) / 1000)),
    );
    return html`
      <header>
        <span>${snapshot ? localized(snapshot.site.name, locale) : ''}</span>
        <strong data-testid="rating-counter">${counter ? this.t('common.counterN', { n: counter.number }) : ''}</strong>
      </header>
      ${
        this.conn.status === 'offline' || this.conn.status === 'unauthorized'
          ? html`<div class="offline-banner" role="alert">
              ${this.conn.status === 'unauthorized' ? this.t('conn.unauthorized') : this.t('conn.offline')}
            </div>`
          : nothing
      }
      <main @click=${this.touched}>${this.renderView()}</main>
      <footer>
        <span>${asking ? this.t('rating.closesIn', { n: secondsLeft }) : this.t('rating.title')}</span>
        <span class="langs">
          ${LOCALES.map(
            (l) => html`<button
              type="button"
              lang=${l}
              aria-pressed=${locale === l}
              data-testid="rating-lang-${l}"
              @click=${() => {
                setLocale(l);
                if (!asking) this.homeLocale = l;
                this.touched();
              }}
            >
              ${this.t(`lang.${l}`)}
            </button>`,
          )}
        </span>
      </footer>
    `;
  }
}
