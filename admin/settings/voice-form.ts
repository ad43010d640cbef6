// Voice announcements: the sentence per language, repetitions, numbers as words or digits, the
// chime, and the browser voice as a fallback. Clip packs are replaced on the server (see docs).
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import {
  DEFAULT_READING_STYLE,
  READING_STYLE_CHOICES,
  type ReadingStyleVi,
  readNumberVi,
} from '../../shared/i18n/numbers.js';
import type { VoiceSettings } from '../../shared/protocol/config-schemas.js';
import { I18nController } from '../../shared/ui/locale.js';
import type { AdminEnv } from '../env.js';
import { checkbox, localizedInputs, numberInput, select } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';
import { type VoiceAdminKey, voiceAdminMessages } from '../pages/voice-i18n.js';
import '../pages/voice-kit.js';

@customElement('luot-voice-form')
export class VoiceForm extends SectionForm<VoiceSettings> {
  protected readonly path = '/settings/voice';
  private readonly words = new I18nController<VoiceAdminKey>(this, voiceAdminMessages);

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
        ${this.renderReadingStyle(d.readingStyle ?? DEFAULT_READING_STYLE)}
        <div class="wide">
          ${checkbox({ label: t('voice.chime'), testid: 'voice-chime', checked: d.chime, onChange: (v) => this.patch({ chime: v }) })}
        </div>
        <div class="wide">
          ${checkbox({ label: t('voice.speech'), testid: 'voice-speech', checked: d.useSpeechSynthesis, onChange: (v) => this.patch({ useSpeechSynthesis: v }) })}
        </div>
        <p class="wide panel muted">${t('voice.clips')}</p>
      </div>
      ${this.saveBar('voice')}
      <luot-voice-kit .env=${this.env}></luot-voice-kit>`;
  }

  /** nghìn/ngàn, lẻ/linh, tư/bốn: one select each, with the reading of an example number. */
  private renderReadingStyle(style: ReadingStyleVi) {
    const w = (k: VoiceAdminKey, p?: Record<string, string>) => this.words.t(k, p);
    const part = <P extends keyof ReadingStyleVi>(key: P, label: string) =>
      select<ReadingStyleVi[P]>({
        label,
        testid: `voice-reading-${key}`,
        value: style[key],
        options: READING_STYLE_CHOICES[key].map((choice) => ({
          value: choice,
          label: choice,
        })),
        onChange: (v) => this.patch({ readingStyle: { ...style, [key]: v } }),
      });
    return html`<fieldset class="wide">
      <legend>${w('reading.title')}</legend>
      ${part('thousand', w('reading.thousand'))} ${part('zeroTen', w('reading.zeroTen'))}
      ${part('fourAfterTens', w('reading.fourAfterTens'))}
      <p class="muted" data-testid="voice-reading-example">
        ${w('reading.example', { text: readNumberVi(1024, style) })} · ${readNumberVi(104, style)}
      </p>
    </fieldset>`;
  }
}
