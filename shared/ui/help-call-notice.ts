// One notice line while kiosks ask for help, with a link to the guidance desk: shown on the admin
// monitor and the counter screen; nothing is rendered while no call is open.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Locale } from '../domain/model.js';
import { formatLocalTime } from '../i18n/time.js';
import { helpCallMessages } from './help-call-i18n.js';
import { type HelpCall, pollHelpCalls } from './help-calls.js';
import { tokens } from './tokens.js';

@customElement('luot-help-call-notice')
export class HelpCallNotice extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
      }
      p {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px 16px;
        margin: 0 0 12px;
        padding: 8px 14px;
        border: 2px solid var(--luot-accent);
        border-radius: 8px;
        background: var(--luot-accent-bg);
        color: var(--luot-text);
        font-weight: 600;
      }
      a {
        color: inherit;
      }
      .mark {
        display: inline-grid;
        place-items: center;
        width: 1.5em;
        height: 1.5em;
        border-radius: 50%;
        background: var(--luot-accent);
        color: var(--luot-on-primary);
      }
    `,
  ];

  @property() siteId = '';
  @property() locale: Locale = 'vi';
  @property() timeZone = 'Asia/Ho_Chi_Minh';
  /** A counter device's key, when the screen runs without a signed-in officer. */
  @property() deviceKey: string | null = null;
  @state() private calls: HelpCall[] = [];
  private stop: (() => void) | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('siteId') || changed.has('deviceKey')) this.restart();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.siteId && !this.stop) this.restart();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stop?.();
    this.stop = null;
  }

  private restart(): void {
    this.stop?.();
    this.stop = null;
    this.calls = [];
    if (this.siteId && this.isConnected) {
      this.stop = pollHelpCalls(this.siteId, this.deviceKey, (calls) => {
        this.calls = calls;
      });
    }
  }

  override render() {
    const calls = this.calls;
    if (calls.length === 0) return nothing;
    const t = (key: Parameters<typeof helpCallMessages.t>[1], params?: Record<string, string | number>) =>
      helpCallMessages.t(this.locale, key, params);
    const text =
      calls.length === 1
        ? t('helpCall.one', { where: calls[0].where, time: formatLocalTime(calls[0].at, this.timeZone) })
        : t('helpCall.many', { n: calls.length, where: calls.map((c) => c.where).join(', ') });
    return html`<p role="status" data-testid="help-call-notice">
      <span class="mark" aria-hidden="true">!</span><span>${text}</span>
      <a href="/counter/guidance">${t('helpCall.open')}</a>
    </p>`;
  }
}
