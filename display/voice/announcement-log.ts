// What the display asked its voice to say, for the test hook and for diagnosis: each call with
// the text and clip ids of each language, in the order they were queued. Bounded.
import type { CallView, QueueSnapshot } from '../../shared/protocol/views.js';
import { buildAnnouncement } from '../../shared/voice/announcement.js';
import type { EnqueueResult } from '../../shared/voice/queue.js';
import type { VoiceLocale } from '../../shared/voice/vocabulary.js';

export interface AnnouncementPart {
  language: VoiceLocale;
  text: string;
  clips: string[];
}

export interface AnnouncementRecord {
  seq: number;
  ticketId: string;
  counterId: string;
  displayNumber: string;
  counterNumber: number;
  recall: boolean;
  /** 'live': a ticket:called event; 'missed': a fresh call found in a resync snapshot. */
  source: 'live' | 'missed';
  result: EnqueueResult;
  /** performance.now() when queued. */
  at: number;
  parts: AnnouncementPart[];
}

export const LOG_LIMIT = 200;

/** The languages a call is said in: Vietnamese, then the ticket's own language if a pack has it. */
export function callLanguages(
  call: Pick<CallView, 'language'>,
  packs: readonly VoiceLocale[],
): VoiceLocale[] {
  const languages: VoiceLocale[] = ['vi'];
  if (call.language !== 'vi' && (call.language === 'en' || packs.includes(call.language)))
    languages.push(call.language);
  return languages;
}

/** The text and clips of each language of a call, as the announcer builds them. */
export function announcementParts(
  call: CallView,
  voice: QueueSnapshot['voice'],
  packs: readonly VoiceLocale[],
): AnnouncementPart[] {
  return callLanguages(call, packs).map((language, index) => {
    const template = voice.template[language];
    const built = buildAnnouncement({
      displayNumber: call.displayNumber,
      prefix: call.prefix,
      number: call.number,
      counterNumber: call.counterNumber,
      language,
      numberMode: voice.numberMode,
      ...(voice.readingStyle ? { readingStyle: voice.readingStyle } : {}),
      chime: voice.chime && index === 0,
      ...(template ? { template } : {}),
    });
    return { language, text: built.text, clips: built.clips };
  });
}

export function pushBounded<T>(list: T[], item: T, limit: number = LOG_LIMIT): void {
  list.push(item);
  if (list.length > limit) list.splice(0, list.length - limit);
}
