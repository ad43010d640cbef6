// A clip pack: one audio file per clip id plus manifest.json. The server serves a pack at
// /clips/<locale>/; a centre may replace the generated default with human recordings.
// This module parses a manifest and checks that a pack can speak everything a call needs.
import { buildAnnouncement, type MissingPart, type NumberMode } from './announcement.js';
import {
  type ClipKind,
  VOICE_LOCALES,
  normalizePhrase,
  type PhraseTable,
  type VoiceLocale,
  vocabulary,
} from './vocabulary.js';
import { LATIN_LETTERS, type ReadingStyleVi } from '../i18n/numbers.js';

export interface ClipEntry {
  /** File name inside the pack folder. */
  file: string;
  durationMs: number;
  /** What the clip says; required for phrases that are not in the default vocabulary. */
  text?: string;
  kind?: ClipKind;
}

export interface ClipPackManifest {
  locale: string;
  version: string;
  clips: Record<string, ClipEntry>;
}

const SAFE_FILE = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Validates a manifest read from JSON; throws a TypeError that names the bad field. */
export function parseClipPackManifest(value: unknown): ClipPackManifest {
  if (!isRecord(value)) throw new TypeError('manifest: not an object');
  const { locale, version, clips } = value;
  if (typeof locale !== 'string' || locale === '') throw new TypeError('manifest.locale: expected a string');
  if (typeof version !== 'string' && typeof version !== 'number') {
    throw new TypeError('manifest.version: expected a string');
  }
  if (!isRecord(clips)) throw new TypeError('manifest.clips: expected an object');
  const parsed: Record<string, ClipEntry> = {};
  for (const [id, entry] of Object.entries(clips)) {
    const where = `manifest.clips.${id}`;
    if (!isRecord(entry)) throw new TypeError(`${where}: expected an object`);
    const { file, durationMs, text, kind } = entry;
    if (typeof file !== 'string' || !SAFE_FILE.test(file))
      throw new TypeError(`${where}.file: not a plain file name`);
    if (typeof durationMs !== 'number' || !Number.isFinite(durationMs) || durationMs <= 0) {
      throw new TypeError(`${where}.durationMs: expected a positive number`);
    }
    if (text !== undefined && typeof text !== 'string')
      throw new TypeError(`${where}.text: expected a string`);
    if (kind !== undefined && !['chime', 'number', 'letter', 'phrase'].includes(String(kind))) {
      throw new TypeError(`${where}.kind: unknown kind`);
    }
    parsed[id] = {
      file,
      durationMs,
      ...(text === undefined ? {} : { text }),
      ...(kind === undefined ? {} : { kind: kind as ClipKind }),
    };
  }
  return { locale, version: String(version), clips: parsed };
}

export function isVoiceLocale(locale: string): locale is VoiceLocale {
  return (VOICE_LOCALES as readonly string[]).includes(locale);
}

/** The phrases a pack can say: its phrase_* clips, by their text (or the default vocabulary's). */
export function phraseTableOf(manifest: ClipPackManifest): PhraseTable {
  const known = isVoiceLocale(manifest.locale) ? vocabulary(manifest.locale) : new Map();
  const table = new Map<string, string>();
  for (const [id, entry] of Object.entries(manifest.clips)) {
    if (!id.startsWith('phrase_')) continue;
    const text = entry.text ?? known.get(id)?.text;
    if (text !== undefined && normalizePhrase(text) !== '') table.set(normalizePhrase(text), id);
  }
  return table;
}

/** The clip ids of `clips` that the pack does not hold, each once, in order. */
export function missingClips(manifest: ClipPackManifest, clips: Iterable<string>): string[] {
  const missing = new Set<string>();
  for (const id of clips) if (!Object.hasOwn(manifest.clips, id)) missing.add(id);
  return [...missing];
}

export interface CoverageOptions {
  /** Templates the site uses (default: the locale's default template). */
  templates?: readonly string[];
  /** Every ticket number 0…maxNumber must be speakable. Default 9999. */
  maxNumber?: number;
  /** Every counter 1…maxCounter must be speakable. Default 99. */
  maxCounter?: number;
  /** Prefix letters that must be speakable. Default A–Z. */
  letters?: readonly string[];
  /** Default both modes. */
  numberModes?: readonly NumberMode[];
  /** The site's reading of Vietnamese numbers (default: nghìn, lẻ, tư). */
  readingStyle?: ReadingStyleVi;
}

export interface MissingClip {
  clipId: string;
  /** The first thing found that needs it, e.g. "number 24" or "letter Q". */
  neededFor: string;
}

export interface CoverageReport {
  locale: string;
  complete: boolean;
  /** Clips the pack lacks. */
  missing: MissingClip[];
  /** Template text no phrase clip covers. */
  uncoveredPhrases: string[];
}

function describePart(part: MissingPart): string {
  return part.kind === 'phrase' ? part.text : `${part.kind} ${part.text}`;
}

/**
 * Checks a pack speaks every call: ticket numbers 0…maxNumber in the given modes (with and
 * without each prefix letter), counters 1…maxCounter, and the templates' phrases.
 */
export function checkPackCoverage(manifest: ClipPackManifest, options: CoverageOptions = {}): CoverageReport {
  const locale = manifest.locale;
  if (!isVoiceLocale(locale)) {
    return { locale, complete: false, missing: [], uncoveredPhrases: [`no vocabulary for locale ${locale}`] };
  }
  const maxNumber = options.maxNumber ?? 9999;
  const maxCounter = options.maxCounter ?? 99;
  const letters = options.letters ?? LATIN_LETTERS;
  const modes = options.numberModes ?? ['words', 'digits'];
  const templates = options.templates ?? [undefined];
  const phrases = phraseTableOf(manifest);
  const missing = new Map<string, string>();
  const uncovered = new Set<string>();

  const need = (clips: readonly string[], neededFor: string): void => {
    for (const id of missingClips(manifest, clips)) if (!missing.has(id)) missing.set(id, neededFor);
  };
  const build = (displayNumber: string, prefix: string, number: number, counter: number, mode: NumberMode) =>
    buildAnnouncement({
      displayNumber,
      prefix,
      number,
      counterNumber: counter,
      language: locale,
      numberMode: mode,
      phrases,
      ...(options.readingStyle ? { readingStyle: options.readingStyle } : {}),
    });

  for (const template of templates) {
    const call = buildAnnouncement({
      displayNumber: '1',
      prefix: '',
      number: 1,
      counterNumber: 1,
      language: locale,
      numberMode: 'words',
      phrases,
      ...(template === undefined ? {} : { template }),
    });
    need(call.clips, `template "${template ?? 'default'}"`);
    for (const part of call.missing) uncovered.add(describePart(part));
  }
  for (const mode of modes) {
    for (let n = 0; n <= maxNumber; n++)
      need(build(String(n), '', n, 1, mode).clips, `number ${n} (${mode})`);
  }
  for (let counter = 1; counter <= maxCounter; counter++)
    need(build('1', '', 1, counter, 'words').clips, `counter ${counter}`);
  for (const letter of letters) {
    const call = build(`${letter}001`, letter, 1, 1, 'words');
    need(call.clips, `letter ${letter}`);
    for (const part of call.missing) uncovered.add(describePart(part));
  }
  return {
    locale,
    complete: missing.size === 0 && uncovered.size === 0,
    missing: [...missing].map(([clipId, neededFor]) => ({ clipId, neededFor })),
    uncoveredPhrases: [...uncovered],
  };
}
