import '../shared/ui/fonts.js';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';

/** Placeholder until the app is built. */
@customElement('luot-rating-app')
export class Placeholder extends LitElement {
  override render() {
    return html`<h1>Lượt – Đánh giá</h1>`;
  }
}
