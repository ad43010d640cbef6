// The kiosk's accessibility modes as a Lit reactive controller: large text, spoken guidance (a
// step is said once when it first shows, and again when the language changes) and the help call.
// A new citizen (back to the start after a ticket or idle) gets the default modes back.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../shared/domain/model.js';
import { api } from '../../shared/ui/api.js';
import { getLocale } from '../../shared/ui/locale.js';
import type { HelpState } from './access-bar.js';
import { speak, stopSpeaking } from './speaker.js';
import { type GuidedStep, type StepContext, stepSpeech } from './speech-guide.js';

export interface AccessSource {
  siteId(): string | null;
  key(): string | null;
  step(): ({ step: GuidedStep } & StepContext) | null;
}

export class AccessModes implements ReactiveController {
  largeText = false;
  readAloud = false;
  help: HelpState = 'idle';
  private lastSpoken = '';
  private helpTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly source: AccessSource,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.helpTimer);
    stopSpeaking();
  }

  toggleLargeText(): void {
    this.largeText = !this.largeText;
    this.host.requestUpdate();
  }

  toggleReadAloud(): void {
    this.readAloud = !this.readAloud;
    this.lastSpoken = '';
    if (!this.readAloud) stopSpeaking();
    this.host.requestUpdate();
  }

  reset(): void {
    this.largeText = false;
    this.readAloud = false;
    this.help = 'idle';
    this.lastSpoken = '';
    stopSpeaking();
  }

  /** Says the current step when it is new (called after every render). */
  afterRender(): void {
    if (!this.readAloud) return;
    const step = this.source.step();
    if (!step) return;
    const locale = getLocale();
    const text = stepSpeech(step.step, locale, step);
    const key = `${locale}|${text}`;
    if (key === this.lastSpoken) return;
    this.lastSpoken = key;
    speak(text, locale);
  }

  async callHelp(locale: Locale): Promise<void> {
    const siteId = this.source.siteId();
    if (!siteId || this.help === 'sending') return;
    this.help = 'sending';
    this.host.requestUpdate();
    try {
      await api(`/api/sites/${encodeURIComponent(siteId)}/help-calls`, {
        method: 'POST',
        body: { language: locale },
        key: this.source.key(),
      });
      this.help = 'sent';
    } catch {
      this.help = 'failed';
    }
    this.host.requestUpdate();
    clearTimeout(this.helpTimer);
    this.helpTimer = setTimeout(() => {
      this.help = 'idle';
      this.host.requestUpdate();
    }, 20_000);
  }
}
