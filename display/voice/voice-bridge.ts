// The display's voice: one Announcer configured from the snapshot's voice settings. Live calls
// (ticket:called deltas, recalls included) are queued; calls in a snapshot are marked as heard,
// except fresh ones made while this display was out of step (see missedCalls). It keeps a bounded
// log of what was queued and tells the app when audio needs a tap ("Bật âm thanh").
import type { CallView, QueueSnapshot } from '../../shared/protocol/views.js';
import type { VoiceSettings } from '../../shared/protocol/config-schemas.js';
import { Announcer, type AnnouncerCall, type AnnouncerSettings } from '../audio/announcer.js';
import { SpeechFallback } from '../audio/speech-fallback.js';
import { missedCalls } from '../state/snapshot-calls.js';
import type { VoicePackChoice } from '../state/board-options.js';
import { type AnnouncementRecord, announcementParts, pushBounded } from './announcement-log.js';

function announcerSettings(voice: VoiceSettings): AnnouncerSettings {
  const templates: AnnouncerSettings['templates'] = { vi: voice.template.vi };
  if (voice.template.en) templates.en = voice.template.en;
  if (voice.template.km) templates.km = voice.template.km;
  return {
    templates,
    numberMode: voice.numberMode,
    repeatCount: voice.repeat,
    chime: voice.chime,
    ...(voice.readingStyle ? { readingStyle: voice.readingStyle } : {}),
  };
}

/**
 * fetch for the clip packs that names the display's site, so the server answers with the centre's
 * own recordings over the built-in voice (a paired display's cookie names it too), or with
 * `pack` "builtin" the built-in voice only (the display's ?pack=builtin).
 */
export function siteClipsFetch(siteId: string, pack: VoicePackChoice = 'centre'): typeof fetch {
  const query = `?site=${encodeURIComponent(siteId)}${pack === 'builtin' ? '&pack=builtin' : ''}`;
  return (input, init) => {
    const url = String(input);
    const named = /\/(manifest|index)\.json$/.test(url) ? `${url}${query}` : url;
    return fetch(named, init);
  };
}

function toAnnouncerCall(call: CallView): AnnouncerCall {
  return {
    ticketId: call.ticketId,
    counterId: call.counterId,
    seq: call.seq,
    displayNumber: call.displayNumber,
    prefix: call.prefix,
    number: call.number,
    counterNumber: call.counterNumber,
    language: call.language,
  };
}

export class VoiceBridge {
  readonly records: AnnouncementRecord[] = [];
  needsUnlock = false;
  private announcer: Announcer | null = null;
  private speechEnabled = false;
  private siteId: string | null = null;
  private voice: VoiceSettings | null = null;
  private lastSeq: number | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly onChange: () => void,
    private readonly pack: VoicePackChoice = 'centre',
  ) {}

  get active(): Announcer | null {
    return this.announcer;
  }

  /** A new snapshot: (re)configure, remember its calls as heard, say fresh missed ones. */
  onSnapshot(snapshot: QueueSnapshot, calls: readonly CallView[]): void {
    this.configure(snapshot.voice, snapshot.siteId);
    const missed = missedCalls(this.lastSeq, calls, snapshot.serverTime);
    const missedKeys = new Set(missed.map((c) => c.seq));
    this.announcer?.markSeen(calls.filter((c) => !missedKeys.has(c.seq)).map(toAnnouncerCall));
    for (const call of missed) this.say(call, 'missed');
    this.lastSeq = snapshot.seq;
  }

  /** The day was reset: the next snapshot is a fresh start. */
  onReset(): void {
    this.lastSeq = null;
  }

  /** A delta was applied (its seq is the snapshot's seq now). */
  onSeq(seq: number): void {
    this.lastSeq = seq;
  }

  /** A ticket:called delta (a call or a recall) at a counter this board shows. */
  onCall(call: CallView): void {
    this.say(call, 'live');
  }

  async unlock(): Promise<boolean> {
    return (await this.announcer?.unlock()) ?? false;
  }

  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    void this.announcer?.dispose();
    this.announcer = null;
  }

  private say(call: CallView, source: AnnouncementRecord['source']): void {
    const announcer = this.announcer;
    const voice = this.voice;
    if (announcer === null || voice === null) return;
    const result = announcer.announce(toAnnouncerCall(call));
    pushBounded(this.records, {
      seq: call.seq,
      ticketId: call.ticketId,
      counterId: call.counterId,
      displayNumber: call.displayNumber,
      counterNumber: call.counterNumber,
      recall: call.recall,
      source,
      result,
      at: performance.now(),
      parts: announcementParts(call, voice, announcer.state.packs),
    });
  }

  private configure(voice: VoiceSettings, siteId: string): void {
    this.voice = voice;
    const sameSite = this.siteId === siteId;
    this.siteId = siteId;
    if (this.announcer !== null && sameSite && this.speechEnabled === voice.useSpeechSynthesis) {
      this.announcer.configure(announcerSettings(voice));
      return;
    }
    // Speech synthesis is chosen when the announcer is built: a change of that setting rebuilds it.
    this.dispose();
    this.speechEnabled = voice.useSpeechSynthesis;
    const announcer = new Announcer(announcerSettings(voice), {
      fetch: siteClipsFetch(siteId, this.pack),
      ...(voice.useSpeechSynthesis ? { speech: new SpeechFallback({ enabled: true }) } : {}),
    });
    this.announcer = announcer;
    this.unsubscribe = announcer.subscribe((state) => {
      if (state.needsUnlock !== this.needsUnlock) {
        this.needsUnlock = state.needsUnlock;
        this.onChange();
      }
    });
    void announcer.start().catch((error: unknown) => {
      console.warn('Lượt: voice could not start', error);
    });
  }
}
