// Cài đặt: the centre, opening hours and holidays, display, voice, slip, rating, kiosk, queue
// rules, the audit log, and (administrators) the centres of this server.
import { html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import '../settings/appointments-form.js';
import '../settings/audit-log.js';
import '../settings/display-form.js';
import '../settings/hours-form.js';
import '../settings/kiosk-form.js';
import '../settings/rating-form.js';
import '../settings/rules-form.js';
import '../settings/site-form.js';
import '../settings/sites-admin.js';
import '../settings/slip-form.js';
import '../settings/voice-form.js';
import { AdminElement } from '../ui/admin-page.js';
import { tabs } from '../ui/tabs.js';

const TABS = [
  'site',
  'hours',
  'display',
  'voice',
  'slip',
  'rating',
  'kiosk',
  'appointments',
  'rules',
  'audit',
  'sites',
] as const;
type Tab = (typeof TABS)[number];

@customElement('luot-settings-page')
export class SettingsPage extends AdminElement {
  @state() private tab: Tab = 'site';

  private renderTab(env: AdminEnv) {
    switch (this.tab) {
      case 'site':
        return html`<luot-site-form .env=${env}></luot-site-form>`;
      case 'hours':
        return html`<luot-hours-form .env=${env}></luot-hours-form>`;
      case 'display':
        return html`<luot-display-form .env=${env}></luot-display-form>`;
      case 'voice':
        return html`<luot-voice-form .env=${env}></luot-voice-form>`;
      case 'slip':
        return html`<luot-slip-form .env=${env}></luot-slip-form>`;
      case 'rating':
        return html`<luot-rating-form .env=${env}></luot-rating-form>`;
      case 'kiosk':
        return html`<luot-kiosk-form .env=${env}></luot-kiosk-form>`;
      case 'appointments':
        return html`<luot-appointments-form .env=${env}></luot-appointments-form>`;
      case 'rules':
        return html`<luot-rules-form .env=${env}></luot-rules-form>`;
      case 'audit':
        return html`<luot-audit-log .env=${env}></luot-audit-log>`;
      case 'sites':
        return html`<luot-sites-admin .env=${env}></luot-sites-admin>`;
    }
  }

  protected override renderPage(env: AdminEnv) {
    const visible = TABS.filter((id) => id !== 'sites' || env.isAdmin);
    return html`
      <h1>${this.t('nav.settings')}</h1>
      ${tabs<Tab>(
        visible.map((id) => ({ id, label: this.t(`settings.tab.${id}` as AdminKey) })),
        this.tab,
        (id) => (this.tab = id),
        'settings-tab',
      )}
      ${this.renderTab(env)}
    `;
  }
}
