// The kiosk's timings and whether it offers the priority button.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { KioskSettings } from '../../shared/protocol/config-schemas.js';
import type { AdminEnv } from '../env.js';
import { checkbox, numberInput } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

@customElement('luot-kiosk-form')
export class KioskForm extends SectionForm<KioskSettings> {
  protected readonly path = '/settings/kiosk';

  protected saved(env: AdminEnv) {
    return env.site?.settings.kiosk ?? null;
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`<div class="grid">
        ${numberInput({ label: t('kiosk.idle'), testid: 'kiosk-idle', min: 10, max: 600, value: d.idleSeconds, onInput: (v) => this.patch({ idleSeconds: v ?? 60 }) })}
        ${numberInput({ label: t('kiosk.ticketScreen'), testid: 'kiosk-ticket', min: 5, max: 300, value: d.ticketScreenSeconds, onInput: (v) => this.patch({ ticketScreenSeconds: v ?? 20 }) })}
        <div class="wide">
          ${checkbox({ label: t('kiosk.showPriority'), testid: 'kiosk-priority', checked: d.showPriority, onChange: (v) => this.patch({ showPriority: v }) })}
        </div>
      </div>
      ${this.saveBar('kiosk')}`;
  }
}
