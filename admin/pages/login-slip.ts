// A new officer's sign-in slip: name, username, the password (shown only this once) and the
// counter app's address; printed on its own page for handing over in person.
import { css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { AdminEnv } from '../env.js';
import { setupMessages } from '../setup-i18n.js';
import { AdminElement } from '../ui/admin-page.js';

export interface LoginSlipData {
  fullName: string;
  username: string;
  password: string;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

@customElement('luot-login-slip')
export class LoginSlip extends AdminElement {
  static override styles = [
    ...AdminElement.styles,
    css`
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 6px 16px;
        margin: 12px 0;
        font-size: 17px;
      }
      dt {
        color: var(--luot-text-muted);
      }
      dd {
        margin: 0;
        font-weight: 600;
        overflow-wrap: anywhere;
      }
      .secret {
        font-family: ui-monospace, monospace;
        font-size: 20px;
        letter-spacing: 0.06em;
      }
    `,
  ];

  @property({ attribute: false }) slip: LoginSlipData | null = null;

  private text(key: Parameters<typeof setupMessages.t>[1], params?: Record<string, string>) {
    return setupMessages.t(this.locale, key, params);
  }

  private address(env: AdminEnv): string {
    return `${env.ctx.publicUrl}/counter/`;
  }

  /** Prints the slip alone, in a window of its own (the console around it stays out of print). */
  private print(env: AdminEnv): void {
    const slip = this.slip;
    if (!slip) return;
    const win = window.open('', '_blank', 'width=600,height=700');
    if (!win) return;
    const row = (label: string, value: string, cls = '') =>
      `<dt>${escapeHtml(label)}</dt><dd class="${cls}">${escapeHtml(value)}</dd>`;
    win.document.write(`<!doctype html><html lang="${this.locale}"><head><meta charset="utf-8">
<title>${escapeHtml(this.text('slip.title'))}</title>
<style>
body{font-family:'Be Vietnam Pro',system-ui,sans-serif;margin:24px;color:#111}
.slip{border:2px dashed #444;padding:20px;max-width:520px}
h1{font-size:20px;margin:0 0 12px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:8px 16px;font-size:16px}
dt{color:#444}dd{margin:0;font-weight:700;overflow-wrap:anywhere}
.secret{font-family:monospace;font-size:20px;letter-spacing:.06em}
p{font-size:13px;color:#333}
</style></head><body><div class="slip">
<h1>${escapeHtml(this.text('slip.title'))}</h1><dl>
${row(this.text('slip.name'), slip.fullName)}
${row(this.text('slip.username'), slip.username, 'secret')}
${row(this.text('slip.password'), slip.password, 'secret')}
${row(this.text('slip.address'), this.address(env))}
</dl><p>${escapeHtml(this.text('slip.help'))}</p></div></body></html>`);
    win.document.close();
    win.focus();
    win.print();
  }

  protected override renderPage(env: AdminEnv) {
    const slip = this.slip;
    if (!slip) return null;
    return html`<section class="panel" data-testid="login-slip" role="status">
      <h2>${this.text('slip.title')}</h2>
      <p>${this.text('slip.help')}</p>
      <dl>
        <dt>${this.text('slip.name')}</dt>
        <dd>${slip.fullName}</dd>
        <dt>${this.text('slip.username')}</dt>
        <dd class="secret" data-testid="slip-username">${slip.username}</dd>
        <dt>${this.text('slip.password')}</dt>
        <dd class="secret" data-testid="slip-password">${slip.password}</dd>
        <dt>${this.text('slip.address')}</dt>
        <dd>${this.address(env)}</dd>
      </dl>
      <div class="toolbar">
        <button class="primary" data-testid="slip-print" @click=${() => this.print(env)}>${this.text('slip.print')}</button>
        <button data-testid="slip-close" @click=${() => this.dispatchEvent(new CustomEvent('done'))}>${this.t('common.close')}</button>
      </div>
    </section>`;
  }
}
