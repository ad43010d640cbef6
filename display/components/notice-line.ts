// The scrolling notice line at the foot of the board: the only moving thing besides a new call.
// With reduced motion asked for, it stands still.
import { css, html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { boardTheme } from './theme.js';

/** Seconds for one pass: slow enough to read from afar (≈ 9 characters a second). */
export function noticeDuration(text: string): number {
  return Math.max(20, Math.round((text.length + 40) / 9));
}

@customElement('luot-notice-line')
export class NoticeLine extends LitElement {
  static override styles = [
    tokens,
    base,
    boardTheme,
    css`
      :host {
        display: block;
        overflow: hidden;
        white-space: nowrap;
        background: var(--board-text);
        color: var(--board-bg);
      }
      .track {
        display: inline-block;
        padding-left: 100%;
        font-size: 3.6vmin;
        font-weight: 500;
        line-height: 1.6;
        animation: scroll linear infinite;
      }
      @keyframes scroll {
        from {
          transform: translateX(0);
        }
        to {
          transform: translateX(-100%);
        }
      }
      @media (prefers-reduced-motion: reduce) {
        .track {
          animation: none;
          padding-left: 2vmin;
        }
      }
    `,
  ];

  @property() text = '';

  override render() {
    return html`<div class="track" data-testid="notice" style="animation-duration:${noticeDuration(this.text)}s">
      ${this.text}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-notice-line': NoticeLine;
  }
}
