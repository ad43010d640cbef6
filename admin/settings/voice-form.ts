// Voice announcements: the sentence per language, repetitions, numbers as words or digits, the
// chime, and the browser voice as a fallback. Clip packs are replaced on the server (see docs).
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { VoiceSettings } from '../../shared/protocol/config-schemas.js';
import type { AdminEnv } from '../env.js';
import { checkbox, localizedInputs, numberInput, select } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

@customElement('luot-voice-form')
export class VoiceForm extends SectionForm<VoiceSettings> {
  protected readonly path = '/settings/voice';

  protected saved(env: AdminEnv) {
    return env.site?.settings.voice ?? null;
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`<div class="grid">
        ${localizedInputs({ label: t('voice.template'), testid: 'voice-template', required: true, labels: this.langLabels, value: d.template, onChange: (v) => this.patch({ template: v }) })}
        <p class="wide muted">${t('voice.templateHint')}</p>
        ${numberInput({ label: t('voice.repeat'), testid: 'voice-repeat', min: 1, max: 5, value: d.repeat, onInput: (v) => this.patch({ repeat: v ?? 1 }) })}
        ${select<VoiceSettings['numberMode']>({
          label: t('voice.numberMode'),
          testid: 'voice-number-mode',
          value: d.numberMode,
          options: [
            { value: 'words', label: t('voice.numberMode.words') },
            { value: 'digits', label: t('voice.numberMode.digits') },
          ],
          onChange: (v) => this.patch({ numberMode: v }),
        })}
        <div class="wide">
          ${checkbox({ label: t('voice.chime'), testid: 'voice-chime', checked: d.chime, onChange: (v) => this.patch({ chime: v }) })}
        </div>
        <div class="wide">
          ${checkbox({ label: t('voice.speech'), testid: 'voice-speech', checked: d.useSpeechSynthesis, onChange: (v) => this.patch({ useSpeechSynthesis: v }) })}
        </div>
        <p class="wide panel muted">${t('voice.clips')}</p>
      </div>
      ${this.saveBar('voice')}`;
  }
}
