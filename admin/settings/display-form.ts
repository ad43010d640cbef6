// The hall display: the scrolling notice line, how many recent calls it lists, how long a new
// call is highlighted.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { DisplaySettings } from '../../shared/protocol/config-schemas.js';
import type { AdminEnv } from '../env.js';
import { localizedInputs, numberInput, optionalText } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

@customElement('luot-display-form')
export class DisplayForm extends SectionForm<DisplaySettings> {
  protected readonly path = '/settings/display';

  protected saved(env: AdminEnv) {
    return env.site?.settings.display ?? null;
  }

  protected override body(d: DisplaySettings): unknown {
    const { noticeText, ...rest } = d;
    const notice = optionalText(noticeText);
    return notice ? { ...rest, noticeText: notice } : rest;
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`<div class="grid">
        ${localizedInputs({ label: t('display.notice'), testid: 'display-notice', labels: this.langLabels, value: d.noticeText, multiline: true, onChange: (v) => this.patch({ noticeText: v }) })}
        ${numberInput({ label: t('display.historySize'), testid: 'display-history', min: 1, max: 20, value: d.historySize, onInput: (v) => this.patch({ historySize: v ?? 1 }) })}
        ${numberInput({ label: t('display.highlightSeconds'), testid: 'display-highlight', min: 1, max: 120, value: d.highlightSeconds, onInput: (v) => this.patch({ highlightSeconds: v ?? 1 }) })}
      </div>
      ${this.saveBar('display')}`;
  }
}
