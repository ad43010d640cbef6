// Builds what a call says: the text (for speech synthesis) and the clip sequence (for a clip pack).
// The template's placeholders {số}/{number} and {quầy}/{counter} become the ticket and the counter;
// the text around them must match phrase clips, otherwise the parts without a clip are reported.
import {
  digitWordsEn,
  digitWordsKm,
  digitWordsVi,
  letterNameVi,
  numberWordsEn,
  numberWordsKm,
  numberWordsVi,
  type ReadingStyleVi,
} from '../i18n/numbers.js';
import {
  CHIME_CLIP,
  DEFAULT_TEMPLATES,
  defaultPhraseTable,
  letterClipId,
  normalizePhrase,
  numberWordClips,
  type PhraseTable,
  type VoiceLocale,
} from './vocabulary.js';

export type NumberMode = 'words' | 'digits';

export interface AnnouncementInput {
  /** The ticket as printed: "A012", "1001". */
  displayNumber: string;
  /** The letter prefix of the series ("A"), "" for a numeric block. */
  prefix: string;
  /** The number within the series: 12 for A012. */
  number: number;
  counterNumber: number;
  language: VoiceLocale;
  /** A centre's own wording; DEFAULT_TEMPLATES[language] when absent or blank. */
  template?: string;
  numberMode: NumberMode;
  /** The site's regional reading of Vietnamese numbers (default: nghìn, lẻ, tư). */
  readingStyle?: ReadingStyleVi;
  /** Start with the chime clip. Default true. */
  chime?: boolean;
  /** Phrases that have a clip; the default pack's phrases when absent. */
  phrases?: PhraseTable;
}

export interface MissingPart {
  kind: 'phrase' | 'placeholder' | 'letter' | 'number';
  text: string;
}

export interface Announcement {
  language: VoiceLocale;
  /** What to say, NFC. */
  text: string;
  /** Clip ids in playing order. Only complete when `missing` is empty. */
  clips: string[];
  /** Parts that have no clip: the caller falls back to speech synthesis. */
  missing: MissingPart[];
}

const PLACEHOLDER = /\{\s*([^{}]*?)\s*\}/gu;
const TICKET_NAMES = new Set(['số', 'so', 'number', 'ticket']);
const COUNTER_NAMES = new Set(['quầy', 'quay', 'counter']);

interface Spoken {
  text: string;
  clips: string[];
  missing: MissingPart[];
}

function numberWords(locale: VoiceLocale, n: number, style?: ReadingStyleVi): string[] {
  if (locale === 'en') return numberWordsEn(n);
  if (locale === 'km') return numberWordsKm(n);
  return numberWordsVi(n, style);
}

function digitWords(locale: VoiceLocale, digits: string): string[] {
  if (locale === 'en') return digitWordsEn(digits);
  if (locale === 'km') return digitWordsKm(digits);
  return digitWordsVi(digits);
}

function joinWords(locale: VoiceLocale, words: readonly string[]): string {
  return words.join(locale === 'km' ? '' : ' ');
}

function wordsToSpoken(locale: VoiceLocale, words: readonly string[]): Spoken {
  const clips: string[] = [];
  const missing: MissingPart[] = [];
  for (const word of words) {
    const ids = numberWordClips(locale, word);
    if (ids === undefined) missing.push({ kind: 'number', text: word });
    else clips.push(...ids);
  }
  return { text: joinWords(locale, words), clips, missing };
}

/** Prefix letters: Vietnamese names ("bê") in vi, the capital letter elsewhere. */
function prefixToSpoken(locale: VoiceLocale, prefix: string): Spoken {
  const names: string[] = [];
  const clips: string[] = [];
  const missing: MissingPart[] = [];
  for (const ch of prefix.normalize('NFC')) {
    if (!/\p{L}/u.test(ch)) continue;
    const id = letterClipId(locale, ch);
    const name = locale === 'vi' ? letterNameVi(ch) : ch.toUpperCase();
    if (id === undefined || name === undefined) {
      missing.push({ kind: 'letter', text: ch });
      names.push(ch);
      continue;
    }
    names.push(name);
    clips.push(id);
  }
  return { text: names.join(' '), clips, missing };
}

/** The digits to read one by one: the display number without its prefix ("A012" → "012"). */
function digitsOf(input: AnnouncementInput): string {
  const display = input.displayNumber.normalize('NFC');
  const prefix = input.prefix.normalize('NFC');
  const rest = prefix && display.startsWith(prefix) ? display.slice(prefix.length) : display;
  const digits = rest.replace(/[^0-9]/g, '');
  return digits || String(input.number);
}

function ticketToSpoken(input: AnnouncementInput): Spoken {
  const locale = input.language;
  const letters = prefixToSpoken(locale, input.prefix);
  const words =
    input.numberMode === 'digits'
      ? digitWords(locale, digitsOf(input))
      : numberWords(locale, input.number, input.readingStyle);
  const number = wordsToSpoken(locale, words);
  // English voices read a lone "A" as the article; a comma makes them spell it.
  const separator = locale === 'en' ? ', ' : ' ';
  return {
    text: letters.text ? `${letters.text}${separator}${number.text}` : number.text,
    clips: [...letters.clips, ...number.clips],
    missing: [...letters.missing, ...number.missing],
  };
}

interface Covered {
  clips: string[];
  missing: string[];
}

/** Results per phrase table and literal: a template's few literals are covered once. */
const coverCache = new WeakMap<PhraseTable, Map<string, Covered>>();

function coverWords(words: readonly string[], phrases: PhraseTable): Covered {
  let longest = 1;
  for (const key of phrases.keys()) longest = Math.max(longest, key.split(' ').length);
  const clips: string[] = [];
  const missing: string[] = [];
  let uncovered: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    for (let length = Math.min(longest, words.length - i); length > 0; length--) {
      const id = phrases.get(words.slice(i, i + length).join(' '));
      if (id !== undefined) {
        if (uncovered.length > 0) missing.push(uncovered.join(' '));
        uncovered = [];
        clips.push(id);
        matched = length;
        break;
      }
    }
    if (matched === 0) {
      uncovered.push(words[i]);
      matched = 1;
    }
    i += matched;
  }
  if (uncovered.length > 0) missing.push(uncovered.join(' '));
  return { clips, missing };
}

/** Covers a template's literal text with phrase clips, longest phrase first. */
export function phraseClips(text: string, phrases: PhraseTable): Covered {
  let cache = coverCache.get(phrases);
  if (cache === undefined) {
    cache = new Map();
    coverCache.set(phrases, cache);
  }
  let covered = cache.get(text);
  if (covered === undefined) {
    covered = coverWords(normalizePhrase(text).split(' ').filter(Boolean), phrases);
    if (cache.size < 100) cache.set(text, covered);
  }
  return { clips: [...covered.clips], missing: [...covered.missing] };
}

/** Builds the text and clip sequence of one call. */
export function buildAnnouncement(input: AnnouncementInput): Announcement {
  const locale = input.language;
  if (!Number.isInteger(input.counterNumber) || input.counterNumber < 0) {
    throw new RangeError(`invalid counter number ${input.counterNumber}`);
  }
  const template = (input.template?.trim() ? input.template : DEFAULT_TEMPLATES[locale]).normalize('NFC');
  const phrases = input.phrases ?? defaultPhraseTable(locale);
  const ticket = ticketToSpoken(input);
  const counter = wordsToSpoken(locale, numberWords(locale, input.counterNumber, input.readingStyle));

  const textParts: string[] = [];
  const clips: string[] = input.chime === false ? [] : [CHIME_CLIP];
  const missing: MissingPart[] = [];
  const addLiteral = (literal: string): void => {
    textParts.push(literal);
    const covered = phraseClips(literal, phrases);
    clips.push(...covered.clips);
    for (const text of covered.missing) missing.push({ kind: 'phrase', text });
  };

  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const index = match.index ?? 0;
    addLiteral(template.slice(last, index));
    last = index + match[0].length;
    const name = normalizePhrase(match[1]);
    const spoken = TICKET_NAMES.has(name) ? ticket : COUNTER_NAMES.has(name) ? counter : undefined;
    if (spoken === undefined) {
      missing.push({ kind: 'placeholder', text: match[0] });
      continue;
    }
    textParts.push(spoken.text);
    clips.push(...spoken.clips);
    missing.push(...spoken.missing);
  }
  addLiteral(template.slice(last));

  const text = textParts
    .join('')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
  return { language: locale, text, clips, missing };
}
