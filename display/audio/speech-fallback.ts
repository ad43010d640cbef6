// Browser speech synthesis as a fallback when a clip pack cannot say a call (a custom template
// phrase without a recording, a missing clip). Used only when the site enables it, and only with
// a voice of the right language: many Linux/Windows browsers have no Vietnamese voice at all.
import type { VoiceLocale } from '../../shared/voice/vocabulary.js';

export interface SpeechFallbackOptions {
  /** The site's setting; when false nothing is ever spoken. */
  enabled: boolean;
  /** Default: globalThis.speechSynthesis when the browser has it. */
  synth?: SpeechSynthesis | null;
  /** Builds utterances; default `new SpeechSynthesisUtterance(text)`. */
  createUtterance?: (text: string) => SpeechSynthesisUtterance;
  /** Speaking rate; calls in Vietnam use 0.85–0.95. Default 0.9. */
  rate?: number;
  /** How long to wait for the voice list to arrive (it loads asynchronously). Default 1500 ms. */
  voicesTimeoutMs?: number;
}

const LANGUAGE_TAGS: Readonly<Record<VoiceLocale, string>> = { vi: 'vi-VN', en: 'en-US', km: 'km-KH' };

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().replace('_', '-').split('-')[0] ?? '';
}

/** The best voice for a locale: exact region first, then a local (offline) voice. */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  locale: VoiceLocale,
): SpeechSynthesisVoice | null {
  const wanted = LANGUAGE_TAGS[locale].toLowerCase();
  const matching = voices.filter((voice) => primaryLanguage(voice.lang) === locale);
  const score = (voice: SpeechSynthesisVoice): number =>
    (voice.lang.toLowerCase().replace('_', '-') === wanted ? 2 : 0) + (voice.localService ? 1 : 0);
  return [...matching].sort((a, b) => score(b) - score(a))[0] ?? null;
}

/** The browser refused to speak before a user gesture. */
export class SpeechBlockedError extends Error {
  constructor() {
    super('speech synthesis needs a user gesture first');
    this.name = 'SpeechBlockedError';
  }
}

export class SpeechFallback {
  readonly enabled: boolean;
  private readonly synth: SpeechSynthesis | null;
  private readonly options: SpeechFallbackOptions;
  /** The voice list once loaded (possibly empty); null until the first look. */
  private known: SpeechSynthesisVoice[] | null = null;

  constructor(options: SpeechFallbackOptions) {
    this.options = options;
    this.enabled = options.enabled;
    const fromWindow = (globalThis as { speechSynthesis?: SpeechSynthesis }).speechSynthesis ?? null;
    this.synth = options.synth === undefined ? fromWindow : options.synth;
    // Voices may arrive (or change) at any time; keep the latest list.
    this.synth?.addEventListener('voiceschanged', () => {
      this.known = this.synth?.getVoices() ?? [];
    });
  }

  private async voices(): Promise<SpeechSynthesisVoice[]> {
    const synth = this.synth;
    if (synth === null) return [];
    if (this.known !== null) return this.known;
    const now = synth.getVoices();
    if (now.length > 0) {
      this.known = now;
      return now;
    }
    // The list loads asynchronously: wait once for it, then keep whatever there is.
    const loaded = await new Promise<SpeechSynthesisVoice[]>((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        synth.removeEventListener('voiceschanged', done);
        resolve(synth.getVoices());
      };
      const timer = setTimeout(done, this.options.voicesTimeoutMs ?? 1500);
      synth.addEventListener('voiceschanged', done);
    });
    this.known ??= loaded;
    return this.known;
  }

  /** The voice that would speak `locale`, or null when disabled or none is installed. */
  async voiceFor(locale: VoiceLocale): Promise<SpeechSynthesisVoice | null> {
    if (!this.enabled) return null;
    return pickVoice(await this.voices(), locale);
  }

  async canSpeak(locale: VoiceLocale): Promise<boolean> {
    return (await this.voiceFor(locale)) !== null;
  }

  /** Speaks `text`; resolves when done. Rejects when disabled or no voice fits. */
  async speak(text: string, locale: VoiceLocale): Promise<void> {
    const synth = this.synth;
    const voice = await this.voiceFor(locale);
    if (synth === null || voice === null) throw new Error(`no speech voice for ${locale}`);
    const utterance = this.options.createUtterance?.(text) ?? new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = this.options.rate ?? 0.9;
    // Some engines never fire "end": give up after a generous estimate of the speaking time.
    const guardMs = 3000 + text.length * 150;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        synth.cancel();
        resolve();
      }, guardMs);
      utterance.addEventListener('end', () => {
        clearTimeout(timer);
        resolve();
      });
      utterance.addEventListener('error', (event) => {
        clearTimeout(timer);
        if (event.error === 'interrupted' || event.error === 'canceled') resolve();
        else if (event.error === 'not-allowed') reject(new SpeechBlockedError());
        else reject(new Error(`speech synthesis failed: ${event.error}`));
      });
      synth.speak(utterance);
    });
  }

  /** Called from a user gesture: browsers only let speech start after one. */
  prime(): void {
    if (!this.enabled || this.synth === null) return;
    const utterance = this.options.createUtterance?.('') ?? new SpeechSynthesisUtterance('');
    utterance.volume = 0;
    this.synth.speak(utterance);
  }

  cancel(): void {
    this.synth?.cancel();
  }
}
