// Pairing a device: a one-time short code to type at <address>/pair (valid ten minutes), and for
// a new device its link with the key as text and QR (shown once; the server consumes the key).
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toDataURL } from 'qrcode';
import { api, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import { setupMessages } from '../setup-i18n.js';
import { AdminElement } from '../ui/admin-page.js';
import { siteTime } from '../ui/text.js';

export const DEVICE_PATHS: Record<string, string> = {
  kiosk: '/kiosk/',
  display: '/display/',
  counter: '/counter/',
};

interface PairingCode {
  code: string;
  expiresAt: number;
  pairUrl: string;
}

@customElement('luot-pairing-card')
export class PairingCard extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      .pair {
        display: flex;
        gap: 20px;
        align-items: flex-start;
        flex-wrap: wrap;
      }
      .url {
        word-break: break-all;
        font-size: 15px;
        padding: 8px;
        background: var(--luot-surface);
        border-radius: 6px;
        user-select: all;
      }
      .code-big {
        font-family: ui-monospace, monospace;
        font-size: 44px;
        font-weight: 700;
        letter-spacing: 0.25em;
        color: var(--luot-primary);
        margin: 4px 0 8px;
      }
      img {
        width: 220px;
        height: 220px;
        image-rendering: pixelated;
        border: 1px solid var(--luot-border);
      }
    `,
  ];

  @property() name = '';
  @property() kind = '';
  @property() deviceId = '';
  /** The new device's key (only right after creating it); empty when pairing an existing one. */
  @property() key = '';
  /** The display's board in its link (?zone=A, ?counter=2), as the server's path gives it. */
  @property() path = '';
  @state() private qr = '';
  @state() private pairing: PairingCode | null = null;

  get url(): string {
    const path = this.path || DEVICE_PATHS[this.kind];
    const base = this.env?.ctx.publicUrl || location.origin;
    if (!path) return this.key;
    return `${base}${path}${path.includes('?') ? '&' : '?'}key=${encodeURIComponent(this.key)}`;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('key') || changed.has('kind')) && this.key) {
      this.qr = '';
      if (DEVICE_PATHS[this.kind]) {
        void toDataURL(this.url, { errorCorrectionLevel: 'M', margin: 2, width: 440 }).then((qr) => {
          this.qr = qr;
        });
      }
    }
    if (changed.has('deviceId') && this.deviceId && DEVICE_PATHS[this.kind] && this.env) {
      void this.newCode();
    }
  }

  private async newCode(): Promise<void> {
    const env = this.e;
    const code = await this.run(() =>
      api<PairingCode>(sitePath(env.siteId, `/devices/${this.deviceId}/pairing-code`), { body: {} }),
    );
    if (code) this.pairing = code;
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.url);
      this.e.notify(this.t('common.copied'), 'ok');
    } catch {
      // clipboard may be blocked (plain http); the text is selectable
    }
  }

  private renderCode(env: AdminEnv) {
    const p = this.pairing;
    if (!p) return nothing;
    const tz = env.site?.config.site.timeZone ?? 'Asia/Ho_Chi_Minh';
    const text = setupMessages.t(this.locale, 'pair.codeHelp', {
      url: p.pairUrl,
      until: siteTime(p.expiresAt, tz),
    });
    return html`<div>
      <div class="muted">${setupMessages.t(this.locale, 'pair.code')}</div>
      <div class="code-big" data-testid="pairing-code">${p.code}</div>
      <p>${text}</p>
      <button class="small" data-testid="pairing-new-code" @click=${() => void this.newCode()}>
        ${setupMessages.t(this.locale, 'pair.newCode')}
      </button>
    </div>`;
  }

  protected override renderPage(env: AdminEnv) {
    const isApi = !DEVICE_PATHS[this.kind];
    return html`<section class="panel" data-testid="pairing-card" role="status">
      <h2>${this.t('devices.pairTitle', { name: this.name })}</h2>
      ${this.renderProblems()}
      ${isApi ? html`<p>${this.t('devices.pairApi')}</p>` : this.renderCode(env)}
      ${
        this.key
          ? html`<p>${isApi ? '' : setupMessages.t(this.locale, 'pair.orLink')}</p>
            <div class="pair">
              <div style="flex: 1; min-width: 320px">
                <div class="url code" data-testid="pairing-url">${this.url}</div>
                <div class="toolbar">
                  <button class="small" data-testid="pairing-copy" @click=${() => void this.copy()}>${this.t('common.copy')}</button>
                </div>
              </div>
              ${this.qr ? html`<img data-testid="pairing-qr" src=${this.qr} alt=${this.url} />` : nothing}
            </div>`
          : nothing
      }
      <div class="toolbar">
        <button class="small" data-testid="pairing-close" @click=${() => this.dispatchEvent(new CustomEvent('done'))}>
          ${this.t('common.close')}
        </button>
      </div>
    </section>`;
  }
}
