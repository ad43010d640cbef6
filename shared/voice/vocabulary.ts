// The clip vocabulary: which clip ids a voice pack holds and what each one says. Announcements
// are assembled from these clips, so any number is spoken from a few dozen recordings:
//   chime                       the chime before a call
//   num_0 … num_9               digit words (vi "không" … "chín", en "zero" … "nine")
//   vi: num_10 "mười", word_muoi "mươi", word_mot "mốt", word_tu "tư", word_lam "lăm",
//       word_le "lẻ", word_tram "trăm", word_nghin "nghìn", word_trieu "triệu"; the southern
//       reading style adds word_ngan "ngàn" and word_linh "linh" (its "bốn" is num_4)
//   en: num_10 … num_19, num_20 … num_90 (tens), word_hundred, word_thousand, word_million
//   km: num_10 … num_90 (tens), word_roy, word_poan, word_meun, word_saen, word_lean
//   letter_a … letter_z         letter names (vi also letter_aw Ă, letter_aa Â, letter_dd Đ,
//                               letter_ee Ê, letter_oo Ô, letter_ow Ơ, letter_uw Ư)
//   phrase_<slug>               template text, e.g. phrase_moi_cong_dan_co_so_thu_tu
import { LOCALES, type Locale } from '../domain/model.js';
import { baseLetter, LATIN_LETTERS, letterNameVi, VI_LETTERS } from '../i18n/numbers.js';

export type VoiceLocale = Locale;
export const VOICE_LOCALES: readonly VoiceLocale[] = LOCALES;

export const CHIME_CLIP = 'chime';

export const DEFAULT_TEMPLATES: Readonly<Record<VoiceLocale, string>> = {
  vi: 'Mời công dân có số thứ tự {số} đến quầy số {quầy}',
  en: 'Ticket number {number}, please go to counter {counter}',
  // Not yet reviewed by a native speaker.
  km: 'សូមអញ្ជើញលេខ {number} មកបញ្ជរលេខ {counter}',
};

/**
 * Phrases a default pack records. Besides the default template, shorter pieces let an edited
 * template ("Xin mời công dân số {số} đến quầy số {quầy}") still be spoken from clips.
 */
export const PHRASES: Readonly<Record<VoiceLocale, readonly string[]>> = {
  vi: [
    'mời công dân có số thứ tự',
    'đến quầy số',
    'xin mời',
    'kính mời',
    'mời',
    'xin',
    'kính',
    'công dân',
    'khách hàng',
    'có',
    'số thứ tự',
    'số',
    'đến quầy',
    'đến',
    'quầy số',
    'quầy',
  ],
  en: [
    'ticket number',
    'please go to counter',
    'please proceed to counter',
    'now serving',
    'ticket',
    'number',
    'please',
    'go to',
    'counter',
  ],
  km: ['សូមអញ្ជើញលេខ', 'មកបញ្ជរលេខ'],
};

const NUMBER_WORD_CLIPS: Readonly<Record<VoiceLocale, Readonly<Record<string, string>>>> = {
  vi: {
    không: 'num_0',
    một: 'num_1',
    hai: 'num_2',
    ba: 'num_3',
    bốn: 'num_4',
    năm: 'num_5',
    sáu: 'num_6',
    bảy: 'num_7',
    tám: 'num_8',
    chín: 'num_9',
    mười: 'num_10',
    mươi: 'word_muoi',
    mốt: 'word_mot',
    tư: 'word_tu',
    lăm: 'word_lam',
    lẻ: 'word_le',
    trăm: 'word_tram',
    nghìn: 'word_nghin',
    ngàn: 'word_ngan',
    linh: 'word_linh',
    triệu: 'word_trieu',
  },
  en: {
    zero: 'num_0',
    one: 'num_1',
    two: 'num_2',
    three: 'num_3',
    four: 'num_4',
    five: 'num_5',
    six: 'num_6',
    seven: 'num_7',
    eight: 'num_8',
    nine: 'num_9',
    ten: 'num_10',
    eleven: 'num_11',
    twelve: 'num_12',
    thirteen: 'num_13',
    fourteen: 'num_14',
    fifteen: 'num_15',
    sixteen: 'num_16',
    seventeen: 'num_17',
    eighteen: 'num_18',
    nineteen: 'num_19',
    twenty: 'num_20',
    thirty: 'num_30',
    forty: 'num_40',
    fifty: 'num_50',
    sixty: 'num_60',
    seventy: 'num_70',
    eighty: 'num_80',
    ninety: 'num_90',
    hundred: 'word_hundred',
    thousand: 'word_thousand',
    million: 'word_million',
  },
  km: {
    សូន្យ: 'num_0',
    មួយ: 'num_1',
    ពីរ: 'num_2',
    បី: 'num_3',
    បួន: 'num_4',
    ប្រាំ: 'num_5',
    ប្រាំមួយ: 'num_6',
    ប្រាំពីរ: 'num_7',
    ប្រាំបី: 'num_8',
    ប្រាំបួន: 'num_9',
    ដប់: 'num_10',
    ម្ភៃ: 'num_20',
    សាមសិប: 'num_30',
    សែសិប: 'num_40',
    ហាសិប: 'num_50',
    ហុកសិប: 'num_60',
    ចិតសិប: 'num_70',
    ប៉ែតសិប: 'num_80',
    កៅសិប: 'num_90',
    រយ: 'word_roy',
    ពាន់: 'word_poan',
    ម៉ឺន: 'word_meun',
    សែន: 'word_saen',
    លាន: 'word_lean',
  },
};

/** Clip id of one number word ("mốt" → "word_mot"); an English "twenty-one" is two clips. */
export function numberWordClips(locale: VoiceLocale, word: string): string[] | undefined {
  const table = NUMBER_WORD_CLIPS[locale];
  const ids = word
    .normalize('NFC')
    .split('-')
    .map((part) => table[part]);
  return ids.every((id): id is string => id !== undefined) ? ids : undefined;
}

/** Telex-style ids for the Vietnamese letters with diacritics. */
const VI_LETTER_IDS: Readonly<Record<string, string>> = {
  Ă: 'aw',
  Â: 'aa',
  Đ: 'dd',
  Ê: 'ee',
  Ô: 'oo',
  Ơ: 'ow',
  Ư: 'uw',
};

/** Clip id of a letter: "B" → "letter_b", vi "Đ" → "letter_dd" (en and km fold Đ to D). */
export function letterClipId(locale: VoiceLocale, letter: string): string | undefined {
  const upper = letter.normalize('NFC').toUpperCase();
  if (locale === 'vi' && VI_LETTER_IDS[upper]) return `letter_${VI_LETTER_IDS[upper]}`;
  const base = baseLetter(upper);
  return base === undefined ? undefined : `letter_${base.toLowerCase()}`;
}

/** The form in which phrases are compared: NFC, lower case, punctuation dropped, single spaces. */
export function normalizePhrase(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim();
}

/** 32-bit FNV-1a of a string, as 8 hex digits. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** "Mời công dân" → "phrase_moi_cong_dan"; text without a Latin spelling gets a hashed id. */
export function phraseClipId(text: string): string {
  const normal = normalizePhrase(text);
  const ascii = normal.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/ /g, '_');
  return /^[a-z0-9_]+$/.test(ascii) ? `phrase_${ascii}` : `phrase_u${fnv1a(normal)}`;
}

export type ClipKind = 'chime' | 'number' | 'letter' | 'phrase';

export interface VocabularyEntry {
  kind: ClipKind;
  /** What the clip says. */
  text: string;
  /** Spelling to feed a synthesiser where the plain text is misread (espeak-ng reads "gi" as "z"). */
  say?: string;
}

const SAY_VI: Readonly<Record<string, string>> = { gi: 'di' };

function letterText(locale: VoiceLocale, letter: string): string {
  return locale === 'vi' ? (letterNameVi(letter) ?? letter) : letter;
}

const vocabularies = new Map<VoiceLocale, ReadonlyMap<string, VocabularyEntry>>();
const phraseTables = new Map<VoiceLocale, PhraseTable>();

/** Every clip a complete default pack of the locale holds, by id. */
export function vocabulary(locale: VoiceLocale): ReadonlyMap<string, VocabularyEntry> {
  let entries = vocabularies.get(locale);
  if (entries === undefined) {
    entries = buildVocabulary(locale);
    vocabularies.set(locale, entries);
  }
  return entries;
}

function buildVocabulary(locale: VoiceLocale): Map<string, VocabularyEntry> {
  const entries = new Map<string, VocabularyEntry>();
  const add = (id: string, entry: VocabularyEntry): void => {
    const existing = entries.get(id);
    if (existing && existing.text !== entry.text) {
      throw new Error(`clip id ${id} stands for both "${existing.text}" and "${entry.text}"`);
    }
    entries.set(id, entry);
  };
  add(CHIME_CLIP, { kind: 'chime', text: '' });
  for (const [word, id] of Object.entries(NUMBER_WORD_CLIPS[locale])) add(id, { kind: 'number', text: word });
  const letters = locale === 'vi' ? VI_LETTERS : LATIN_LETTERS;
  for (const letter of letters) {
    const id = letterClipId(locale, letter);
    if (id === undefined) continue;
    const text = letterText(locale, letter);
    const say = locale === 'vi' ? SAY_VI[text] : undefined;
    add(id, say === undefined ? { kind: 'letter', text } : { kind: 'letter', text, say });
  }
  for (const phrase of PHRASES[locale]) add(phraseClipId(phrase), { kind: 'phrase', text: phrase });
  return entries;
}

/** Normalised phrase text → clip id. Treat as immutable once used: announcements cache results per table. */
export type PhraseTable = ReadonlyMap<string, string>;

/** The phrases of a default pack. */
export function defaultPhraseTable(locale: VoiceLocale): PhraseTable {
  let table = phraseTables.get(locale);
  if (table === undefined) {
    table = new Map(PHRASES[locale].map((phrase) => [normalizePhrase(phrase), phraseClipId(phrase)]));
    phraseTables.set(locale, table);
  }
  return table;
}
