// The one-time pairing of a new device: its URL (with the key) as text and as a QR code.
import { css, html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toDataURL } from 'qrcode';
import type { AdminEnv } from '../env.js';
import { AdminElement } from '../ui/admin-page.js';

export const DEVICE_PATHS: Record<string, string> = {
  kiosk: '/kiosk/',
  display: '/display/',
  counter: '/counter/',
};

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
  @property() key = '';
  @state() private qr = '';

  get url(): string {
    const path = DEVICE_PATHS[this.kind];
    const base = this.env?.ctx.publicUrl || location.origin;
    return path ? `${base}${path}?key=${encodeURIComponent(this.key)}` : this.key;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('key') || changed.has('kind')) {
      this.qr = '';
      if (DEVICE_PATHS[this.kind] && this.key) {
        void toDataURL(this.url, { errorCorrectionLevel: 'M', margin: 2, width: 440 }).then((qr) => {
          this.qr = qr;
        });
      }
    }
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.url);
      this.e.notify(this.t('common.copied'), 'ok');
    } catch {
      // clipboard may be blocked (plain http); the text is selectable
    }
  }

  protected override renderPage(_env: AdminEnv) {
    const isApi = !DEVICE_PATHS[this.kind];
    return html`<section class="panel" data-testid="pairing-card" role="status">
      <h2>${this.t('devices.pairTitle', { name: this.name })}</h2>
      <p>${isApi ? this.t('devices.pairApi') : this.t('devices.pairHelp')}</p>
      <div class="pair">
        <div style="flex: 1; min-width: 320px">
          <div class="url code" data-testid="pairing-url">${this.url}</div>
          <div class="toolbar">
            <button class="small" data-testid="pairing-copy" @click=${() => void this.copy()}>${this.t('common.copy')}</button>
            <button class="small" data-testid="pairing-close" @click=${() => this.dispatchEvent(new CustomEvent('done'))}>
              ${this.t('common.close')}
            </button>
          </div>
        </div>
        ${this.qr ? html`<img data-testid="pairing-qr" src=${this.qr} alt=${this.url} />` : nothing}
      </div>
    </section>`;
  }
}
