// "Bật âm thanh": one tap that lets the browser play the announcements when autoplay is blocked.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';

@customElement('luot-sound-prompt')
export class SoundPrompt extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        position: fixed;
        right: 3vmin;
        bottom: 12vmin;
        z-index: 11;
        max-width: min(46vw, 80vmin);
      }
      .box {
        background: #ffffff;
        color: var(--luot-text);
        border: 0.5vmin solid var(--luot-primary);
        border-radius: 2vmin;
        padding: 2.4vmin;
        box-shadow: 0 1vmin 4vmin rgba(0, 0, 0, 0.5);
        display: flex;
        flex-direction: column;
        gap: 1.6vmin;
      }
      p {
        margin: 0;
        font-size: 2.8vmin;
      }
      button {
        min-height: max(64px, 9vmin);
        font-size: 4vmin;
        font-weight: 700;
        border: none;
        border-radius: 1.4vmin;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
        padding: 1vmin 3vmin;
      }
    `,
  ];

  @property() label = '';
  @property() hint = '';

  override render() {
    return html`<div class="box">
      <p>${this.hint}</p>
      <button type="button" data-testid="enable-sound" @click=${this.onClick}>🔊 ${this.label}</button>
    </div>`;
  }

  private onClick(): void {
    this.dispatchEvent(new CustomEvent('enable-sound', { bubbles: true, composed: true }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-sound-prompt': SoundPrompt;
  }
}
