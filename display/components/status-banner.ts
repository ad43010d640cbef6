// The band on top of the board when it is not in step with the server: offline, connecting,
// not authorised. It says that the numbers on screen may be out of date.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';

@customElement('luot-status-banner')
export class StatusBanner extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        position: fixed;
        top: 0;
        left: 0;
        right: 0;
        z-index: 10;
      }
      .band {
        background: var(--luot-error);
        color: #ffffff;
        text-align: center;
        padding: 1.6vmin 3vmin;
        box-shadow: 0 0.6vmin 2vmin rgba(0, 0, 0, 0.5);
      }
      .main {
        font-size: 4.4vmin;
        font-weight: 700;
      }
      .detail {
        font-size: 2.8vmin;
      }
    `,
  ];

  @property() message = '';
  @property() detail = '';

  override render() {
    return html`<div class="band" role="alert" data-testid="offline-banner">
      <div class="main">${this.message}</div>
      ${this.detail ? html`<div class="detail">${this.detail}</div>` : null}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-status-banner': StatusBanner;
  }
}
