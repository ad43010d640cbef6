import '../shared/ui/fonts.js';
import { html, LitElement } from 'lit';
import { customElement } from 'lit/decorators.js';

/** Placeholder until the app is built. */
@customElement('luot-admin-app')
export class Placeholder extends LitElement {
  override render() {
    return html`<h1>Lượt – Quản trị</h1>`;
  }
}
