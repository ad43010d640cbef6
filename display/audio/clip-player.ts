// Plays announcements from a clip pack with Web Audio: the manifest comes from
// /clips/<locale>/manifest.json, each clip from /clips/<locale>/<file>; a sequence of decoded
// clips is scheduled back to back with a short gap, sample-accurately, on the audio clock.
import { type ClipPackManifest, parseClipPackManifest } from '../../shared/voice/clip-pack.js';

export const DEFAULT_GAP_MS = 80;

export interface LoadedClipPack {
  locale: string;
  manifest: ClipPackManifest;
  /** Decoded clips by id; a clip that failed to load or decode is absent. */
  buffers: ReadonlyMap<string, AudioBuffer>;
  /** Clip ids that failed to load or decode. */
  failed: readonly string[];
}

export interface LoadOptions {
  /** Default "/clips". */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Parallel downloads. Default 6. */
  concurrency?: number;
}

export class ClipPackNotFoundError extends Error {
  constructor(readonly locale: string) {
    super(`no clip pack for locale "${locale}"`);
    this.name = 'ClipPackNotFoundError';
  }
}

function packUrl(locale: string, file: string, baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(locale)}/${encodeURIComponent(file)}`;
}

/** Fetches and validates a pack's manifest; ClipPackNotFoundError when the server has none (404). */
export async function fetchManifest(locale: string, options: LoadOptions = {}): Promise<ClipPackManifest> {
  const doFetch = options.fetch ?? fetch;
  const response = await doFetch(packUrl(locale, 'manifest.json', options.baseUrl ?? '/clips'));
  if (response.status === 404) throw new ClipPackNotFoundError(locale);
  if (!response.ok) throw new Error(`clip pack ${locale}: manifest HTTP ${response.status}`);
  return parseClipPackManifest(await response.json());
}

/** Loads a pack: the manifest, then every clip, decoded with `ctx` (a suspended context decodes too). */
export async function loadClipPack(
  ctx: BaseAudioContext,
  locale: string,
  options: LoadOptions = {},
): Promise<LoadedClipPack> {
  const manifest = await fetchManifest(locale, options);
  const doFetch = options.fetch ?? fetch;
  const baseUrl = options.baseUrl ?? '/clips';
  const buffers = new Map<string, AudioBuffer>();
  const failed: string[] = [];
  const ids = Object.keys(manifest.clips);
  const loadOne = async (id: string): Promise<void> => {
    try {
      const response = await doFetch(packUrl(locale, manifest.clips[id].file, baseUrl));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      buffers.set(id, await ctx.decodeAudioData(await response.arrayBuffer()));
    } catch {
      failed.push(id);
    }
  };
  const concurrency = Math.max(1, options.concurrency ?? 6);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < ids.length) {
      const id = ids[next];
      next += 1;
      await loadOne(id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, ids.length) }, worker));
  return { locale, manifest, buffers, failed };
}

/** Seconds a sequence lasts: the clips plus a gap between each two. */
export function sequenceDuration(
  buffers: readonly { duration: number }[],
  gapMs: number = DEFAULT_GAP_MS,
): number {
  if (buffers.length === 0) return 0;
  const clips = buffers.reduce((sum, buffer) => sum + buffer.duration, 0);
  return clips + ((buffers.length - 1) * gapMs) / 1000;
}

export interface ScheduledSequence {
  /** Context time (s) the first clip starts. */
  startTime: number;
  /** Context time (s) the last clip ends. */
  endTime: number;
  sources: AudioBufferSourceNode[];
  /** Resolves when the last clip has ended. */
  ended: Promise<void>;
}

export interface RenderOptions {
  /** Context time to start at. Default: ctx.currentTime. */
  startAt?: number;
  /** Default: ctx.destination. */
  destination?: AudioNode;
}

/**
 * Schedules `buffers` one after another with `gapMs` of silence between them. Works on a live
 * AudioContext and on an OfflineAudioContext (then call startRendering()).
 */
export function renderSequence(
  ctx: BaseAudioContext,
  buffers: readonly AudioBuffer[],
  gapMs: number = DEFAULT_GAP_MS,
  options: RenderOptions = {},
): ScheduledSequence {
  const startTime = options.startAt ?? ctx.currentTime;
  const destination = options.destination ?? ctx.destination;
  const sources: AudioBufferSourceNode[] = [];
  let time = startTime;
  buffers.forEach((buffer, index) => {
    if (index > 0) time += gapMs / 1000;
    const source = ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(destination);
    source.start(time);
    sources.push(source);
    time += buffer.duration;
  });
  const last = sources.at(-1);
  const ended =
    last === undefined
      ? Promise.resolve()
      : new Promise<void>((resolve) => last.addEventListener('ended', () => resolve(), { once: true }));
  return { startTime, endTime: time, sources, ended };
}

export class MissingClipsError extends Error {
  constructor(readonly clipIds: readonly string[]) {
    super(`clips missing: ${clipIds.join(', ')}`);
    this.name = 'MissingClipsError';
  }
}

export interface ClipPlayerOptions {
  gapMs?: number;
  /** 0…1. Default 1. */
  volume?: number;
  /** Delay before the first clip, so scheduling never starts in the past. Default 30 ms. */
  leadMs?: number;
}

/** Plays clip sequences on a live AudioContext, one at a time. */
export class ClipPlayer {
  private readonly output: GainNode;
  private readonly gapMs: number;
  private readonly leadMs: number;
  private current: ScheduledSequence | null = null;

  constructor(
    readonly ctx: AudioContext,
    options: ClipPlayerOptions = {},
  ) {
    this.gapMs = options.gapMs ?? DEFAULT_GAP_MS;
    this.leadMs = options.leadMs ?? 30;
    this.output = ctx.createGain();
    this.output.gain.value = options.volume ?? 1;
    this.output.connect(ctx.destination);
  }

  set volume(value: number) {
    this.output.gain.value = Math.min(1, Math.max(0, value));
  }

  /** The clips of `clipIds` that the pack cannot play. */
  missing(pack: LoadedClipPack, clipIds: readonly string[]): string[] {
    return [...new Set(clipIds.filter((id) => !pack.buffers.has(id)))];
  }

  /**
   * Plays the clips back to back; resolves when the last one ends (or, should the audio clock
   * stall, shortly after it should have). Rejects with MissingClipsError if any clip is absent.
   */
  async play(pack: LoadedClipPack, clipIds: readonly string[]): Promise<void> {
    const missing = this.missing(pack, clipIds);
    if (missing.length > 0) throw new MissingClipsError(missing);
    const buffers = clipIds.flatMap((id) => {
      const buffer = pack.buffers.get(id);
      return buffer ? [buffer] : [];
    });
    this.stop();
    const sequence = renderSequence(this.ctx, buffers, this.gapMs, {
      startAt: this.ctx.currentTime + this.leadMs / 1000,
      destination: this.output,
    });
    this.current = sequence;
    const guardMs = (sequence.endTime - this.ctx.currentTime) * 1000 + 1000;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const guard = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, guardMs);
    });
    try {
      await Promise.race([sequence.ended, guard]);
    } finally {
      clearTimeout(timer);
      if (this.current === sequence) this.current = null;
    }
  }

  /** Stops the sequence being played, if any. */
  stop(): void {
    const sequence = this.current;
    this.current = null;
    if (sequence === null) return;
    for (const source of sequence.sources) {
      try {
        source.stop();
      } catch {
        // A source that has not started or already ended may refuse to stop.
      }
    }
  }
}
