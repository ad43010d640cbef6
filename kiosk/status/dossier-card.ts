// After service: the mã hồ sơ the officer recorded, large enough to copy, and the link to the
// province's lookup page when the centre configured one.
import { css, html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import { integrationMessages } from './integrations-i18n.js';

@customElement('luot-dossier-card')
export class DossierCard extends LitElement {
  static override styles = [
    tokens,
    base,
    css`
      :host {
        display: block;
        margin: 16px 0;
        padding: 16px;
        border: 2px solid var(--luot-border);
        border-radius: 14px;
        background: var(--luot-surface);
      }
      .label {
        margin: 0;
        color: var(--luot-text-muted);
        font-size: 15px;
      }
      .code {
        margin: 4px 0 8px;
        font-size: 24px;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        word-break: break-all;
        user-select: all;
      }
      a {
        display: inline-block;
        padding: 10px 14px;
        border-radius: 10px;
        background: var(--luot-primary);
        color: var(--luot-on-primary);
        font-weight: 600;
        text-decoration: none;
      }
      p.muted {
        color: var(--luot-text-muted);
        font-size: 15px;
      }
    `,
  ];
  private readonly i18n = new I18nController(this, integrationMessages);
  @property({ attribute: false }) dossier: { code: string; url: string | null } | null = null;

  override render() {
    const d = this.dossier;
    if (!d) return nothing;
    const t = this.i18n.t.bind(this.i18n);
    return html`<p class="label">${t('dossier.title')}</p>
      <p class="code" data-testid="dossier-code">${d.code}</p>
      ${
        d.url
          ? html`<a href=${d.url} target="_blank" rel="noopener noreferrer" data-testid="dossier-link">${t('dossier.lookup')}</a>`
          : nothing
      }
      <p class="muted">${t('dossier.keep')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'luot-dossier-card': DossierCard;
  }
}
