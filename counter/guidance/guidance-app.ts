// The guidance desk (/counter/guidance): an officer at the entrance issues a number for a citizen
// who cannot or would rather not use the kiosk — priority only after checking papers — and prints
// the slip at a kiosk's printer; kiosks that call for help ("Gọi hỗ trợ") are listed and answered.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Locale } from '../../shared/domain/model.js';
import { LOCALES } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalTime } from '../../shared/i18n/time.js';
import type { Catalogue, IssuedTicket } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { fetchHelpCalls, HELP_CALL_POLL_MS, type HelpCall } from '../../shared/ui/help-calls.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { newRequestId } from '../../kiosk/request-ids.js';
import '../components/login-form.js';
import { controls } from '../components/styles.js';
import { chooseSite, logOut, type UserInfo, whoAmI } from '../session.js';
import { type GuidanceKey, guidanceMessages } from './guidance-i18n.js';

const TIME_ZONE = 'Asia/Ho_Chi_Minh';

@customElement('luot-guidance-app')
export class GuidanceApp extends LitElement {
  static override styles = [
    tokens,
    base,
    controls,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--luot-surface);
      }
      header {
        display: flex;
        align-items: center;
        gap: 16px;
        padding: 12px 24px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
      }
      header h1 {
        margin: 0;
        font-size: 1.4rem;
        flex: 1;
      }
      header .btn {
        background: transparent;
        color: var(--luot-on-primary);
        border-color: var(--luot-on-primary);
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
        gap: 24px;
        padding: 24px;
      }
      section {
        background: var(--luot-bg);
        border: 1px solid var(--luot-border);
        border-radius: 12px;
        padding: 20px;
        display: grid;
        gap: 14px;
        align-content: start;
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
        color: var(--luot-primary-strong);
      }
      label {
        display: grid;
        gap: 6px;
        font-weight: 600;
      }
      select,
      input {
        min-height: 48px;
        font-size: 1.05rem;
      }
      .hint {
        margin: 0;
        color: var(--luot-text-muted);
        font-size: 0.95rem;
      }
      .result {
        border: 3px solid var(--luot-calling);
        background: var(--luot-calling-bg);
        border-radius: 12px;
        padding: 16px;
      }
      .result strong {
        display: block;
        font-size: 2.6rem;
        font-variant-numeric: tabular-nums;
      }
      .error {
        color: var(--luot-error);
        font-weight: 700;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 10px;
      }
      li {
        display: flex;
        gap: 12px;
        align-items: center;
        justify-content: space-between;
        padding: 12px;
        border: 2px solid var(--luot-accent);
        background: var(--luot-accent-bg);
        border-radius: 10px;
        font-weight: 600;
      }
      @media (max-width: 900px) {
        .layout {
          grid-template-columns: 1fr;
        }
      }
    `,
  ];

  private readonly i18n = new I18nController<GuidanceKey>(this, guidanceMessages);
  @state() private phase: 'loading' | 'login' | 'ready' | 'noSite' = 'loading';
  @state() private user: UserInfo | null = null;
  @state() private siteId: string | null = null;
  @state() private catalogue: Catalogue | null = null;
  @state() private printers: { deviceId: string; name: string }[] = [];
  @state() private calls: HelpCall[] = [];
  @state() private query = '';
  @state() private procedureId = '';
  @state() private priority = '';
  @state() private language: Locale = 'vi';
  @state() private printer = '';
  @state() private busy = false;
  @state() private error = '';
  @state() private issued: IssuedTicket | null = null;
  private requestId = newRequestId();
  private poll: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.poll);
  }

  private async start(): Promise<void> {
    try {
      const me = await whoAmI(null);
      if (me.kind !== 'user') {
        this.phase = 'login';
        return;
      }
      await this.enter(me.user);
    } catch {
      this.phase = 'login';
    }
  }

  private async enter(user: UserInfo): Promise<void> {
    this.user = user;
    const siteId = await chooseSite(user);
    if (!siteId) {
      this.phase = 'noSite';
      return;
    }
    this.siteId = siteId;
    const path = `/api/sites/${encodeURIComponent(siteId)}`;
    const [catalogue, printers] = await Promise.all([
      api<Catalogue>(`${path}/catalogue`),
      api<{ printers: { deviceId: string; name: string }[] }>(`${path}/guidance/printers`),
    ]);
    this.catalogue = catalogue;
    this.printers = printers.printers;
    this.printer = printers.printers[0]?.deviceId ?? '';
    this.phase = 'ready';
    await this.loadCalls();
    clearInterval(this.poll);
    this.poll = setInterval(() => void this.loadCalls(), HELP_CALL_POLL_MS);
  }

  private async loadCalls(): Promise<void> {
    if (!this.siteId) return;
    try {
      this.calls = await fetchHelpCalls(this.siteId);
    } catch {
      // keep the last list; the next poll tries again
    }
  }

  private async answer(id: string): Promise<void> {
    if (!this.siteId) return;
    try {
      const res = await api<{ calls: HelpCall[] }>(
        `/api/sites/${encodeURIComponent(this.siteId)}/help-calls/${encodeURIComponent(id)}/answer`,
        { body: {} },
      );
      this.calls = res.calls;
    } catch {
      await this.loadCalls();
    }
  }

  private async issue(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.siteId || !this.procedureId || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      this.issued = await api<IssuedTicket>(
        `/api/sites/${encodeURIComponent(this.siteId)}/guidance/tickets`,
        {
          body: {
            procedureId: this.procedureId,
            priority: this.priority || null,
            language: this.language,
            requestId: this.requestId,
            printerDeviceId: this.printer || null,
          },
          timeoutMs: 15_000,
        },
      );
      this.requestId = newRequestId();
      this.priority = '';
    } catch (error) {
      this.error =
        error instanceof ApiRequestError ? this.i18n.error(error.code) : this.i18n.error('network');
    } finally {
      this.busy = false;
    }
  }

  private async signOut(): Promise<void> {
    clearInterval(this.poll);
    await logOut().catch(() => undefined);
    this.user = null;
    this.phase = 'login';
  }

  override render() {
    const t = (k: GuidanceKey, p?: Record<string, string | number>) => this.i18n.t(k, p);
    if (this.phase === 'loading') return html`<p role="status">${this.i18n.t('common.loading')}</p>`;
    if (this.phase === 'login') {
      return html`<luot-login-form
        .heading=${t('guide.heading')}
        @logged-in=${(e: CustomEvent<{ user: UserInfo }>) => void this.enter(e.detail.user)}
      ></luot-login-form>`;
    }
    if (this.phase === 'noSite') return html`<p role="alert">${t('guide.noSite')}</p>`;
    return html`<header>
        <h1>${t('guide.title')}</h1>
        <span>${this.user?.fullName ?? ''}</span>
        <button type="button" class="btn" @click=${() => void this.signOut()}>${t('guide.signOut')}</button>
      </header>
      <div class="layout">${this.renderIssue()} ${this.renderCalls()}</div>`;
  }

  private renderIssue() {
    const t = (k: GuidanceKey, p?: Record<string, string | number>) => this.i18n.t(k, p);
    const locale = this.i18n.locale;
    const catalogue = this.catalogue;
    if (!catalogue) return nothing;
    const q = this.query.trim().toLowerCase();
    const matches = (text: string) => text.toLowerCase().includes(q);
    return html`<section aria-labelledby="issue-h">
      <h2 id="issue-h">${t('guide.issue')}</h2>
      <form @submit=${(e: SubmitEvent) => void this.issue(e)}>
        <label
          >${t('guide.search')}
          <input
            type="search"
            data-testid="guide-search"
            .value=${this.query}
            @input=${(e: Event) => {
              this.query = (e.target as HTMLInputElement).value;
            }}
        /></label>
        <label
          >${t('guide.procedure')}
          <select
            required
            data-testid="guide-procedure"
            @change=${(e: Event) => {
              this.procedureId = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${this.procedureId === ''}>${t('guide.choose')}</option>
            ${catalogue.fields.map(
              (field) => html`<optgroup label=${localized(field.name, locale)}>
                ${field.procedures
                  .filter((p) => !q || matches(localized(p.name, locale)) || matches(p.code))
                  .map(
                    (p) =>
                      html`<option value=${p.id} ?selected=${p.id === this.procedureId}>
                        ${localized(p.name, locale)} (${p.code})
                      </option>`,
                  )}
              </optgroup>`,
            )}
          </select>
        </label>
        <label
          >${t('guide.priority')}
          <select
            data-testid="guide-priority"
            @change=${(e: Event) => {
              this.priority = (e.target as HTMLSelectElement).value;
            }}
          >
            <option value="" ?selected=${this.priority === ''}>${t('guide.noPriority')}</option>
            ${catalogue.priorityCategories.map(
              (c) =>
                html`<option value=${c.id} ?selected=${c.id === this.priority}>${localized(c.name, locale)}</option>`,
            )}
          </select>
        </label>
        <p class="hint">${t('guide.priorityHint')}</p>
        <label
          >${t('guide.language')}
          <select
            data-testid="guide-language"
            @change=${(e: Event) => {
              this.language = (e.target as HTMLSelectElement).value as Locale;
            }}
          >
            ${LOCALES.map(
              (l) =>
                html`<option value=${l} ?selected=${l === this.language}>${this.i18n.t(`lang.${l}`)}</option>`,
            )}
          </select>
        </label>
        <label
          >${t('guide.printer')}
          <select
            data-testid="guide-printer"
            @change=${(e: Event) => {
              this.printer = (e.target as HTMLSelectElement).value;
            }}
          >
            ${this.printers.map(
              (p) =>
                html`<option value=${p.deviceId} ?selected=${p.deviceId === this.printer}>${p.name}</option>`,
            )}
            <option value="" ?selected=${this.printer === ''}>${t('guide.defaultPrinter')}</option>
          </select>
        </label>
        <button class="btn primary" type="submit" data-testid="guide-submit" ?disabled=${this.busy || !this.procedureId}>
          ${this.busy ? t('guide.busy') : t('guide.submit')}
        </button>
      </form>
      ${this.error ? html`<p class="error" role="alert" data-testid="guide-error">${this.error}</p>` : nothing}
      ${this.renderIssued()}
    </section>`;
  }

  private renderIssued() {
    const issued = this.issued;
    if (!issued) return nothing;
    const t = (k: GuidanceKey, p?: Record<string, string | number>) => this.i18n.t(k, p);
    const print = issued.print.status === 'queued' ? 'printing' : issued.print.status;
    return html`<div class="result" role="status" data-testid="guide-result">
      ${t('guide.issued', { number: '' })}
      <strong data-testid="guide-number">${issued.ticket.displayNumber}</strong>
      <div>${t('guide.counters', { counters: issued.counterNumbers.join(', ') })}</div>
      <div>${t('guide.ahead', { n: issued.ahead })}</div>
      <div data-testid="guide-print">${t(`guide.print.${print}` as GuidanceKey)}</div>
    </div>`;
  }

  private renderCalls() {
    const t = (k: GuidanceKey, p?: Record<string, string | number>) => this.i18n.t(k, p);
    return html`<section aria-labelledby="calls-h" aria-live="polite">
      <h2 id="calls-h">${t('guide.calls')}</h2>
      ${
        this.calls.length === 0
          ? html`<p class="hint" data-testid="guide-no-calls">${t('guide.noCalls')}</p>`
          : html`<ul data-testid="guide-calls">
              ${this.calls.map(
                (call) => html`<li>
                  <span>🔔 ${t('guide.callAt', { where: call.where, time: formatLocalTime(call.at, TIME_ZONE) })}
                    (${this.i18n.t(`lang.${call.language as Locale}`)})</span>
                  <button type="button" class="btn" data-testid="guide-answer" @click=${() => void this.answer(call.id)}>
                    ${t('guide.answer')}
                  </button>
                </li>`,
              )}
            </ul>`
      }
    </section>`;
  }
}
