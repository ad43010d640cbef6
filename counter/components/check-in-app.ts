// The counter's check-in screen: an officer (signed in at /counter) finds today's booking of a
// citizen who came without the code — by name, phone number or code — and checks it in: the hub
// issues the ticket of channel `appointment` (the same API as the kiosk, same window rule).
import { css, html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { BookingMatch } from '../../shared/protocol/appointment-views.js';
import type { Catalogue, IssuedTicket } from '../../shared/protocol/views.js';
import { ApiRequestError, api } from '../../shared/ui/api.js';
import { I18nController, initialLocale, setLocale } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { type CheckInKey, checkInMessages } from '../check-in-i18n.js';
import { chooseSite, whoAmI } from '../session.js';

import { LOCALE_STORAGE } from './counter-workspace.js';

@customElement('luot-check-in-app')
export class CheckInApp extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--luot-bg, #f3f5f9);
        color: var(--luot-text);
      }
      main {
        max-width: 1100px;
        margin: 0 auto;
        padding: 24px;
      }
      h1 {
        margin: 0 0 8px;
        font-size: 28px;
      }
      form {
        display: flex;
        gap: 12px;
        margin: 16px 0;
      }
      input {
        flex: 1;
        font: inherit;
        font-size: 22px;
        padding: 10px 14px;
        border: 2px solid var(--luot-border);
        border-radius: 10px;
      }
      button {
        font: inherit;
        font-weight: 600;
        min-height: 48px;
        padding: 0 20px;
        border: 0;
        border-radius: 10px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
        cursor: pointer;
      }
      button:disabled {
        opacity: 0.5;
        cursor: default;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        background: var(--luot-surface, #fff);
      }
      th,
      td {
        text-align: left;
        padding: 10px 12px;
        border-bottom: 1px solid var(--luot-border);
        font-size: 18px;
      }
      .code {
        font-family: ui-monospace, monospace;
        font-weight: 700;
        letter-spacing: 0.08em;
      }
      .muted {
        color: var(--luot-text-muted);
      }
      .done {
        padding: 16px;
        border-radius: 10px;
        background: #e6f4ea;
        color: #0d5022;
        font-size: 22px;
        font-weight: 600;
      }
      .error {
        padding: 12px 16px;
        border-radius: 10px;
        background: #fdecea;
        color: var(--luot-error, #b00020);
        font-size: 18px;
      }
      a {
        color: var(--luot-primary);
      }
    `,
  ];

  private readonly i18n = new I18nController(this, checkInMessages);
  @state() private siteId: string | null = null;
  @state() private signedIn: boolean | null = null;
  @state() private query = '';
  @state() private found: BookingMatch[] | null = null;
  @state() private searched = '';
  @state() private message: { kind: 'done' | 'error'; text: string } | null = null;
  @state() private busy = false;
  private catalogue: Catalogue | null = null;

  override connectedCallback(): void {
    super.connectedCallback();
    setLocale(initialLocale(LOCALE_STORAGE));
    void this.start();
  }

  private t(key: CheckInKey, params?: Record<string, string | number>): string {
    return this.i18n.t(key, params);
  }

  private async start(): Promise<void> {
    try {
      const me = await whoAmI(null);
      if (me.kind !== 'user') throw new ApiRequestError(403, { code: 'forbidden', message: 'device' });
      this.siteId = await chooseSite(me.user);
      this.signedIn = this.siteId !== null;
      if (this.siteId) {
        this.catalogue = await api<Catalogue>(`/api/sites/${encodeURIComponent(this.siteId)}/catalogue`);
      }
    } catch {
      this.signedIn = false;
    }
  }

  private procedureName(id: string): string {
    for (const f of this.catalogue?.fields ?? [])
      for (const p of f.procedures) if (p.id === id) return localized(p.name, this.i18n.locale);
    return id;
  }

  private errorText(error: unknown): string {
    if (!(error instanceof ApiRequestError)) return this.t('ci.err.network');
    const code = error.code;
    if (code === 'outside_window') {
      const details = (error.error as { details?: { reason?: string; opensAtLocal?: string } }).details;
      return details?.reason === 'too_early'
        ? this.t('ci.err.outside_window_early', { time: details.opensAtLocal ?? '' })
        : this.t('ci.err.outside_window_late');
    }
    if (code === 'network' || code === 'timeout') return this.t('ci.err.network');
    const known = ['forbidden', 'already_checked_in', 'booking_cancelled', 'not_found'];
    return known.includes(code)
      ? this.t(`ci.err.${code}` as CheckInKey)
      : this.t('ci.err.other', { message: error.message });
  }

  private async search(event?: SubmitEvent): Promise<void> {
    event?.preventDefault();
    const q = this.query.trim();
    this.message = null;
    if (q.length < 2) {
      this.message = { kind: 'error', text: this.t('ci.tooShort') };
      return;
    }
    try {
      const path = `/api/sites/${encodeURIComponent(this.siteId ?? '')}/appointments/search?q=${encodeURIComponent(q)}`;
      this.found = await api<BookingMatch[]>(path);
      this.searched = q;
    } catch (error) {
      this.found = null;
      this.message = { kind: 'error', text: this.errorText(error) };
    }
  }

  private async checkIn(match: BookingMatch): Promise<void> {
    this.busy = true;
    this.message = null;
    try {
      const path = `/api/sites/${encodeURIComponent(this.siteId ?? '')}/appointments/${match.code}/check-in`;
      const issued = await api<IssuedTicket>(path, { body: {} });
      // The list again (its state changed), then the number issued.
      await this.search();
      this.message = {
        kind: 'done',
        text: this.t('ci.issued', { number: issued.ticket.displayNumber, code: match.code }),
      };
    } catch (error) {
      this.message = { kind: 'error', text: this.errorText(error) };
    } finally {
      this.busy = false;
    }
  }

  private statusText(m: BookingMatch): string {
    if (m.status === 'booked' && m.timing === 'too_early' && m.window)
      return this.t('ci.window.too_early', { time: m.opensAtLocal ?? '' });
    if (m.status === 'booked' && m.timing === 'too_late') return this.t('ci.window.too_late');
    return this.t(`ci.status.${m.status}` as CheckInKey);
  }

  private renderMatches() {
    const list = this.found;
    if (list === null) return null;
    if (list.length === 0)
      return html`<p class="muted" data-testid="checkin-none">${this.t('ci.none', { q: this.searched })}</p>`;
    return html`<table data-testid="checkin-results">
      <thead>
        <tr>
          <th>${this.t('ci.time')}</th><th>${this.t('ci.code')}</th><th>${this.t('ci.name')}</th>
          <th>${this.t('ci.phone')}</th><th>${this.t('ci.procedure')}</th><th>${this.t('ci.status')}</th><th></th>
        </tr>
      </thead>
      <tbody>
        ${list.map(
          (m) => html`<tr data-testid="checkin-row-${m.code}">
            <td>${m.startLocal}</td>
            <td class="code">${m.code}</td>
            <td>${m.name ?? html`<span class="muted">${this.t('ci.erased')}</span>`}</td>
            <td>${m.phone ?? ''}</td>
            <td>${this.procedureName(m.procedureId)}</td>
            <td>${this.statusText(m)}</td>
            <td>
              ${
                m.status === 'booked'
                  ? html`<button type="button" ?disabled=${this.busy} data-testid="checkin-do-${m.code}" @click=${() => this.checkIn(m)}>
                      ${this.t('ci.checkIn')}
                    </button>`
                  : null
              }
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  override render() {
    document.title = `Lượt – ${this.t('ci.title')}`;
    if (this.signedIn === null) return html`<main></main>`;
    if (!this.signedIn)
      return html`<main>
        <h1>${this.t('ci.title')}</h1>
        <p class="error" role="alert" data-testid="checkin-sign-in">${this.t('ci.signIn')}</p>
        <p><a href="/counter">${this.t('ci.openCounter')}</a></p>
      </main>`;
    return html`<main>
      <p><a href="/counter">${this.t('ci.back')}</a></p>
      <h1>${this.t('ci.title')}</h1>
      <p class="muted">${this.t('ci.hint')}</p>
      <form @submit=${(e: SubmitEvent) => this.search(e)}>
        <input
          data-testid="checkin-query"
          aria-label=${this.t('ci.search')}
          placeholder=${this.t('ci.search')}
          .value=${this.query}
          @input=${(e: InputEvent) => {
            this.query = (e.target as HTMLInputElement).value;
          }}
          autofocus
        />
        <button type="submit" data-testid="checkin-find">${this.t('ci.find')}</button>
      </form>
      ${
        this.message
          ? html`<p class=${this.message.kind} role=${this.message.kind === 'error' ? 'alert' : 'status'} data-testid="checkin-message">${this.message.text}</p>`
          : null
      }
      ${this.renderMatches()}
    </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-check-in-app': CheckInApp;
  }
}
