// A window hook for tests and for a technician's console, so the voice can be checked without
// audio hardware: window.__luotAnnouncements lists what was queued (clip ids and text per
// language); window.__luotVoice gives the queue's state and renders a clip sequence offline.
import { DEFAULT_GAP_MS, loadClipPack, renderSequence } from '../audio/clip-player.js';
import type { AnnouncementRecord } from './announcement-log.js';
import type { VoiceBridge } from './voice-bridge.js';

export interface OfflineRender {
  clips: string[];
  /** Decoded length of each clip, seconds. */
  clipSeconds: number[];
  gapSeconds: number;
  /** Where the scheduled sequence ends, seconds. */
  scheduledEnd: number;
  /** Where the rendered audio's last non-silent sample is, seconds. */
  renderedEnd: number;
  sampleRate: number;
}

export interface VoiceHook {
  readonly needsUnlock: boolean;
  view(): { paused: boolean; playing: string | null; pending: string[]; spoken: [string, string][] };
  renderOffline(clips: readonly string[], locale: string): Promise<OfflineRender>;
}

declare global {
  interface Window {
    __luotAnnouncements?: AnnouncementRecord[];
    __luotVoice?: VoiceHook;
  }
}

const SAMPLE_RATE = 48_000;

/** Renders clip ids of a pack into an OfflineAudioContext, the way the player schedules them. */
export async function renderOffline(clips: readonly string[], locale: string): Promise<OfflineRender> {
  const decoder = new OfflineAudioContext(1, 1, SAMPLE_RATE);
  const pack = await loadClipPack(decoder, locale);
  const buffers = clips.map((id) => {
    const buffer = pack.buffers.get(id);
    if (buffer === undefined) throw new Error(`clip ${id} is not in the ${locale} pack`);
    return buffer;
  });
  const gapSeconds = DEFAULT_GAP_MS / 1000;
  const total =
    buffers.reduce((sum, b) => sum + b.duration, 0) + Math.max(0, buffers.length - 1) * gapSeconds;
  const ctx = new OfflineAudioContext(1, Math.ceil((total + 0.5) * SAMPLE_RATE), SAMPLE_RATE);
  const sequence = renderSequence(ctx, buffers, DEFAULT_GAP_MS, { startAt: 0 });
  const data = (await ctx.startRendering()).getChannelData(0);
  let last = data.length - 1;
  while (last >= 0 && data[last] === 0) last--;
  return {
    clips: [...clips],
    clipSeconds: buffers.map((b) => b.duration),
    gapSeconds,
    scheduledEnd: sequence.endTime,
    renderedEnd: (last + 1) / SAMPLE_RATE,
    sampleRate: SAMPLE_RATE,
  };
}

export function installVoiceHook(bridge: VoiceBridge): void {
  window.__luotAnnouncements = bridge.records;
  window.__luotVoice = {
    get needsUnlock() {
      return bridge.needsUnlock;
    },
    view() {
      const view = bridge.active?.view();
      const name = (e: { call: { displayNumber: string } }): string => e.call.displayNumber;
      return {
        paused: view?.paused ?? true,
        playing: view?.playing ? name(view.playing) : null,
        pending: view?.pending.map(name) ?? [],
        spoken: view?.spoken.map((e): [string, string] => [name(e), e.outcome]) ?? [],
      };
    },
    renderOffline,
  };
}
