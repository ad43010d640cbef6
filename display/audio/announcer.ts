// The display's voice: glues the announcement queue to the clip player. For each call it says
// the Vietnamese announcement, then (for an English or Khmer ticket) the same in that language.
// Source order: (1) the clip pack of the language, (2) speech synthesis if the site enables it
// and the pack cannot say the call. Browsers block audio until a user gesture: while blocked,
// `needsUnlock` is true and calls wait (stale ones are dropped); the display shows a one-tap
// "Bật âm thanh" button that calls unlock().
import { type NumberMode, buildAnnouncement } from '../../shared/voice/announcement.js';
import type { ReadingStyleVi } from '../../shared/i18n/numbers.js';
import { phraseTableOf } from '../../shared/voice/clip-pack.js';
import {
  AnnouncementQueue,
  type CallIdentity,
  type EnqueueResult,
  type PlayRequest,
  type QueueView,
} from '../../shared/voice/queue.js';
import { CHIME_CLIP, type VoiceLocale } from '../../shared/voice/vocabulary.js';
import { ClipPackNotFoundError, ClipPlayer, type LoadedClipPack, loadClipPack } from './clip-player.js';
import { SpeechBlockedError, type SpeechFallback } from './speech-fallback.js';

export interface AnnouncerCall extends CallIdentity {
  displayNumber: string;
  prefix: string;
  number: number;
  counterNumber: number;
  /** The ticket's language: en or km adds an announcement in that language after the Vietnamese one. */
  language: VoiceLocale;
}

export interface AnnouncerSettings {
  /** A centre's own wording per language (placeholders {số}/{number}, {quầy}/{counter}). */
  templates?: Partial<Record<VoiceLocale, string>>;
  /** Default 'words'. */
  numberMode?: NumberMode;
  /** Regional reading of Vietnamese numbers (default nghìn, lẻ, tư). */
  readingStyle?: ReadingStyleVi;
  /** Default 2. */
  repeatCount?: number;
  /** Default true. */
  chime?: boolean;
  /** 0…1. Default 1. */
  volume?: number;
}

export interface AnnouncerDeps {
  /** Default `new AudioContext()`. */
  createAudioContext?: () => AudioContext;
  fetch?: typeof fetch;
  /** Default "/clips". */
  clipsBaseUrl?: string;
  /** Present only when the site enables speech synthesis. */
  speech?: SpeechFallback;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface AnnouncerState {
  /** Audio is blocked until unlock() runs inside a user gesture. */
  needsUnlock: boolean;
  /** Packs are loaded. */
  ready: boolean;
  /** Languages with a loaded clip pack. */
  packs: VoiceLocale[];
  lastError: string | null;
}

/** The audio context is not running: a user gesture is needed. */
export class AudioLockedError extends Error {
  constructor() {
    super('audio is blocked until the user taps "Bật âm thanh"');
    this.name = 'AudioLockedError';
  }
}

const PACK_LOCALES: readonly VoiceLocale[] = ['vi', 'en', 'km'];

/**
 * The packs the server has (its /clips/index.json), so a missing Khmer pack is not fetched and
 * logged as an error on every start. Without an index, every known locale is tried.
 */
async function installedPackLocales(options: {
  fetch?: typeof fetch;
  baseUrl?: string;
}): Promise<VoiceLocale[]> {
  try {
    const response = await (options.fetch ?? fetch)(`${options.baseUrl ?? '/clips'}/index.json`);
    if (!response.ok) return [...PACK_LOCALES];
    const index = (await response.json()) as { locales?: unknown };
    const listed = Array.isArray(index.locales) ? index.locales : [];
    const locales = PACK_LOCALES.filter((l) => listed.includes(l));
    return locales.includes('vi') ? locales : ['vi', ...locales];
  } catch {
    return [...PACK_LOCALES];
  }
}
const LANGUAGE_GAP_MS = 500;
const RESUME_TIMEOUT_MS = 300;
const UNLOCK_TIMEOUT_MS = 1500;

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export class Announcer {
  private readonly deps: AnnouncerDeps;
  private settings: AnnouncerSettings;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly queue: AnnouncementQueue<AnnouncerCall>;
  private readonly packs = new Map<VoiceLocale, LoadedClipPack>();
  private readonly listeners = new Set<(state: AnnouncerState) => void>();
  private ctx: AudioContext | null = null;
  private player: ClipPlayer | null = null;
  private current: AnnouncerState = { needsUnlock: false, ready: false, packs: [], lastError: null };

  constructor(settings: AnnouncerSettings = {}, deps: AnnouncerDeps = {}) {
    this.settings = settings;
    this.deps = deps;
    this.sleep = deps.sleep ?? defaultSleep;
    this.queue = new AnnouncementQueue<AnnouncerCall>({
      play: (request) => this.play(request),
      repeatCount: settings.repeatCount ?? 2,
      onPlayError: (error) => this.onPlayError(error),
      sleep: this.sleep,
      ...(deps.now ? { now: deps.now } : {}),
    });
    // Nothing plays before the packs are loaded and the audio is known to be allowed.
    this.queue.pause();
  }

  get state(): AnnouncerState {
    return this.current;
  }

  get needsUnlock(): boolean {
    return this.current.needsUnlock;
  }

  /** Calls `listener` on every state change; returns the unsubscribe function. */
  subscribe(listener: (state: AnnouncerState) => void): () => void {
    this.listeners.add(listener);
    listener(this.current);
    return () => this.listeners.delete(listener);
  }

  /** Creates the audio context and loads the clip packs (vi required, en and km when present). */
  async start(): Promise<void> {
    const ctx = this.deps.createAudioContext?.() ?? new AudioContext();
    this.ctx = ctx;
    this.player = new ClipPlayer(ctx, { volume: this.settings.volume ?? 1 });
    ctx.addEventListener('statechange', () => {
      if (ctx.state === 'running' && this.current.needsUnlock) this.unlocked();
    });
    const options = {
      ...(this.deps.fetch ? { fetch: this.deps.fetch } : {}),
      ...(this.deps.clipsBaseUrl ? { baseUrl: this.deps.clipsBaseUrl } : {}),
    };
    const locales = await installedPackLocales(options);
    const results = await Promise.allSettled(locales.map((locale) => loadClipPack(ctx, locale, options)));
    const errors: string[] = [];
    results.forEach((result, index) => {
      const locale = locales[index];
      if (result.status === 'fulfilled') {
        this.packs.set(locale, result.value);
        if (result.value.failed.length > 0)
          errors.push(`${locale}: clips failed: ${result.value.failed.join(', ')}`);
      } else if (!(result.reason instanceof ClipPackNotFoundError) || locale === 'vi') {
        errors.push(`${locale}: ${String(result.reason)}`);
      }
    });
    const running = await this.tryResume(RESUME_TIMEOUT_MS);
    this.update({
      ready: true,
      packs: [...this.packs.keys()],
      needsUnlock: !running,
      lastError: errors.length > 0 ? errors.join('; ') : this.current.lastError,
    });
    if (running) this.queue.resume();
  }

  /** Announces a call (a ticket:called or ticket:recalled event). */
  announce(call: AnnouncerCall): EnqueueResult {
    return this.queue.enqueue(call);
  }

  /** Calls from a snapshot: remembered, never announced. */
  markSeen(calls: Iterable<CallIdentity>): void {
    this.queue.markSeen(calls);
  }

  /** Must be called from a user gesture (the "Bật âm thanh" button). Resolves true once audio runs. */
  async unlock(): Promise<boolean> {
    const ctx = this.ctx;
    if (ctx === null) return false;
    this.deps.speech?.prime();
    // Starting a silent buffer inside the gesture is what some browsers want to see.
    const source = ctx.createBufferSource();
    source.buffer = ctx.createBuffer(1, 1, ctx.sampleRate);
    source.connect(ctx.destination);
    source.start();
    const running = await this.tryResume(UNLOCK_TIMEOUT_MS);
    if (running) this.unlocked();
    return running;
  }

  configure(settings: AnnouncerSettings): void {
    this.settings = { ...this.settings, ...settings };
    if (settings.repeatCount !== undefined) this.queue.repeatCount = settings.repeatCount;
    if (settings.volume !== undefined && this.player) this.player.volume = settings.volume;
  }

  view(): QueueView<AnnouncerCall> {
    return this.queue.view();
  }

  async dispose(): Promise<void> {
    this.queue.pause();
    this.queue.clear();
    this.player?.stop();
    this.deps.speech?.cancel();
    this.listeners.clear();
    await this.ctx?.close();
  }

  private update(patch: Partial<AnnouncerState>): void {
    this.current = { ...this.current, ...patch };
    for (const listener of this.listeners) listener(this.current);
  }

  private unlocked(): void {
    this.update({ needsUnlock: false });
    if (this.current.ready) this.queue.resume();
  }

  private async tryResume(timeoutMs: number): Promise<boolean> {
    const ctx = this.ctx;
    if (ctx === null || ctx.state === 'closed') return false;
    if (ctx.state === 'running') return true;
    await Promise.race([ctx.resume().catch(() => undefined), this.sleep(timeoutMs)]);
    return (ctx.state as string) === 'running';
  }

  private onPlayError(error: unknown): 'retry' | 'drop' {
    if (error instanceof AudioLockedError) {
      this.update({ needsUnlock: true });
      return 'retry';
    }
    this.update({ lastError: String(error) });
    return 'drop';
  }

  private async play({ call, repetition }: PlayRequest<AnnouncerCall>): Promise<void> {
    if (!(await this.tryResume(RESUME_TIMEOUT_MS))) throw new AudioLockedError();
    const languages: VoiceLocale[] = ['vi'];
    if (call.language === 'en') languages.push('en');
    if (call.language === 'km' && this.packs.has('km')) languages.push('km');
    for (const [index, language] of languages.entries()) {
      if (index > 0) await this.sleep(LANGUAGE_GAP_MS);
      const chime = repetition === 0 && index === 0 && this.settings.chime !== false;
      await this.say(call, language, chime);
    }
  }

  /** Says one call in one language: clips when the pack has them all, else speech if enabled. */
  private async say(call: AnnouncerCall, language: VoiceLocale, chime: boolean): Promise<void> {
    const player = this.player;
    if (player === null) throw new Error('announcer not started');
    const pack = this.packs.get(language);
    const template = this.settings.templates?.[language];
    const announcement = buildAnnouncement({
      displayNumber: call.displayNumber,
      prefix: call.prefix,
      number: call.number,
      counterNumber: call.counterNumber,
      language,
      numberMode: this.settings.numberMode ?? 'words',
      ...(this.settings.readingStyle ? { readingStyle: this.settings.readingStyle } : {}),
      chime,
      ...(template === undefined ? {} : { template }),
      ...(pack ? { phrases: phraseTableOf(pack.manifest) } : {}),
    });
    const gaps = pack
      ? [...announcement.missing.map((part) => part.text), ...player.missing(pack, announcement.clips)]
      : [`no ${language} clip pack`];
    if (gaps.length === 0 && pack) {
      await player.play(pack, announcement.clips);
      return;
    }
    const speech = this.deps.speech;
    if (speech && (await speech.canSpeak(language))) {
      const chimePack = [pack, this.packs.get('vi')].find((p) => p?.buffers.has(CHIME_CLIP));
      if (chime && chimePack) await player.play(chimePack, [CHIME_CLIP]);
      try {
        await speech.speak(announcement.text, language);
      } catch (error) {
        if (error instanceof SpeechBlockedError) throw new AudioLockedError();
        throw error;
      }
      return;
    }
    this.update({ lastError: `cannot announce ${call.displayNumber} in ${language}: ${gaps.join(', ')}` });
  }
}
