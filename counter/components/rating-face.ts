// A large face drawn in SVG for one level of the scale: the mouth curves from a frown to a
// smile, sad brows on the lowest, an open laughing mouth on the happiest, so every level of a
// scale looks different. Colour helps, but the label under it says the level in words.
import { css, html, LitElement, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';

const PALETTE = [
  { fill: '#fde8eb', stroke: '#8a1020' },
  { fill: '#fff4e0', stroke: '#7a3a06' },
  { fill: '#e3f4ea', stroke: '#0f5132' },
];

@customElement('luot-rating-face')
export class RatingFace extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    svg {
      width: 100%;
      height: auto;
      display: block;
    }
  `;

  /** 0 = frown … 1 = big smile (see rating-mood.ts). */
  @property({ type: Number }) mood = 1;

  override render() {
    const m = Math.min(1, Math.max(0, this.mood));
    const colours = PALETTE[m < 0.34 ? 0 : m < 0.65 ? 1 : 2];
    // Mouth: a quadratic curve whose control point moves from above (frown) to below (smile).
    const control = 62 + (m - 0.5) * 2 * 16;
    const corners = 64 - (m - 0.5) * 4;
    const brow = m < 0.25;
    const laugh = m >= 0.95;
    return html`${svg`<svg viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="46" fill=${colours.fill} stroke=${colours.stroke} stroke-width="4"/>
      <circle cx="35" cy="40" r="5.5" fill=${colours.stroke}/>
      <circle cx="65" cy="40" r="5.5" fill=${colours.stroke}/>
      ${brow ? svg`<path d="M26 33 L41 28 M74 33 L59 28" stroke=${colours.stroke} stroke-width="3.5" stroke-linecap="round"/>` : ''}
      ${
        laugh
          ? svg`<path d="M28 58 Q50 88 72 58 Z" fill=${colours.stroke} stroke=${colours.stroke}
              stroke-width="4" stroke-linejoin="round"/>`
          : svg`<path d="M30 ${corners} Q50 ${control} 70 ${corners}" fill="none" stroke=${colours.stroke}
              stroke-width="5" stroke-linecap="round"/>`
      }
    </svg>`}`;
  }
}
