// Spoken forms of numbers and letters for voice announcements: Vietnamese (default), English and
// Khmer. Pure functions. The *Words functions return one token per spoken word, so an announcement
// can be assembled from recorded clips; the read* functions join the tokens into text (NFC).

const VI_DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'] as const;
const MAX_NUMBER = 999_999_999;

/**
 * Regional ways of reading a Vietnamese number. The North says "nghìn", "lẻ" and "hai mươi tư";
 * the South says "ngàn", often "linh" and "hai mươi bốn". The default is the northern reading.
 */
export interface ReadingStyleVi {
  /** 10^3: "nghìn" (default) or "ngàn". */
  thousand: 'nghìn' | 'ngàn';
  /** A zero ten before a unit (101): "lẻ" (default) or "linh". */
  zeroTen: 'lẻ' | 'linh';
  /** A 4 after "mươi" (24): "tư" (default) or "bốn". */
  fourAfterTens: 'tư' | 'bốn';
}

export const DEFAULT_READING_STYLE: Readonly<ReadingStyleVi> = {
  thousand: 'nghìn',
  zeroTen: 'lẻ',
  fourAfterTens: 'tư',
};

/** Every choice of each part of a reading style, default first. */
export const READING_STYLE_CHOICES: { readonly [P in keyof ReadingStyleVi]: readonly ReadingStyleVi[P][] } = {
  thousand: ['nghìn', 'ngàn'],
  zeroTen: ['lẻ', 'linh'],
  fourAfterTens: ['tư', 'bốn'],
};
function checkInteger(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > MAX_NUMBER) {
    throw new RangeError(`cannot read ${n}: expected an integer from 0 to ${MAX_NUMBER}`);
  }
}

function digitsOf(digits: string): number[] {
  if (!/^[0-9]+$/.test(digits)) throw new RangeError(`not a string of digits: "${digits}"`);
  return [...digits].map(Number);
}

/** Splits n into groups of three digits, most significant first: 1234567 → [1, 234, 567]. */
function groupsOf(n: number): number[] {
  const groups: number[] = [];
  let rest = n;
  do {
    groups.unshift(rest % 1000);
    rest = Math.floor(rest / 1000);
  } while (rest > 0);
  return groups;
}

/**
 * Words of a group 0–999. `full` is set for every group after the leading one, where a zero
 * hundred is read out ("không trăm") and a zero ten becomes "lẻ".
 */
function groupWordsVi(value: number, full: boolean, style: ReadingStyleVi): string[] {
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor(value / 10) % 10;
  const units = value % 10;
  const words: string[] = [];
  const saysHundreds = full || hundreds > 0;
  if (saysHundreds) words.push(VI_DIGITS[hundreds], 'trăm');
  if (tens === 0) {
    if (units > 0) {
      if (saysHundreds) words.push(style.zeroTen);
      words.push(VI_DIGITS[units]);
    }
    return words;
  }
  if (tens === 1) {
    words.push('mười');
    if (units === 5) words.push('lăm');
    else if (units > 0) words.push(VI_DIGITS[units]);
    return words;
  }
  words.push(VI_DIGITS[tens], 'mươi');
  if (units === 1) words.push('mốt');
  else if (units === 4) words.push(style.fourAfterTens);
  else if (units === 5) words.push('lăm');
  else if (units > 0) words.push(VI_DIGITS[units]);
  return words;
}

/** Vietnamese number words: 1021 → ["một", "nghìn", "không", "trăm", "hai", "mươi", "mốt"]. */
export function numberWordsVi(n: number, style: ReadingStyleVi = DEFAULT_READING_STYLE): string[] {
  checkInteger(n);
  if (n === 0) return [VI_DIGITS[0]];
  const groups = groupsOf(n);
  const groupWords = ['', style.thousand, 'triệu'];
  const words: string[] = [];
  groups.forEach((value, index) => {
    if (value === 0) return;
    words.push(...groupWordsVi(value, index > 0, style));
    const groupWord = groupWords[groups.length - 1 - index];
    if (groupWord) words.push(groupWord);
  });
  return words;
}

/** Vietnamese reading of a whole number: 1001 → "một nghìn không trăm lẻ một". */
export function readNumberVi(n: number, style: ReadingStyleVi = DEFAULT_READING_STYLE): string {
  return numberWordsVi(n, style).join(' ').normalize('NFC');
}

export function digitWordsVi(digits: string): string[] {
  return digitsOf(digits).map((d) => VI_DIGITS[d]);
}

/** Digit by digit: "1001" → "một không không một". */
export function readDigitsVi(digits: string): string {
  return digitWordsVi(digits).join(' ').normalize('NFC');
}

const EN_SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const;
const EN_TENS = [
  '',
  '',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
] as const;
const EN_GROUPS = ['', 'thousand', 'million'] as const;

/** The words of 1–99, with a tens and units pair kept as one token ("twenty-one"). */
function belowHundredEn(value: number): string[] {
  if (value < 20) return [EN_SMALL[value]];
  const units = value % 10;
  const tens = EN_TENS[Math.floor(value / 10)];
  return units === 0 ? [tens] : [`${tens}-${EN_SMALL[units]}`];
}

/** English number words (US style, no "and"): 1021 → ["one", "thousand", "twenty-one"]. */
export function numberWordsEn(n: number): string[] {
  checkInteger(n);
  if (n === 0) return [EN_SMALL[0]];
  const groups = groupsOf(n);
  const words: string[] = [];
  groups.forEach((value, index) => {
    if (value === 0) return;
    const hundreds = Math.floor(value / 100);
    if (hundreds > 0) words.push(EN_SMALL[hundreds], 'hundred');
    if (value % 100 > 0) words.push(...belowHundredEn(value % 100));
    const groupWord = EN_GROUPS[groups.length - 1 - index];
    if (groupWord) words.push(groupWord);
  });
  return words;
}

/** English reading of a whole number: 1021 → "one thousand twenty-one". */
export function readNumberEn(n: number): string {
  return numberWordsEn(n).join(' ');
}

export function digitWordsEn(digits: string): string[] {
  return digitsOf(digits).map((d) => EN_SMALL[d]);
}

/** Digit by digit: "1001" → "one zero zero one". */
export function readDigitsEn(digits: string): string {
  return digitWordsEn(digits).join(' ');
}

// Khmer. Not yet reviewed by a native speaker; only used when a centre installs a Khmer clip pack.
const KM_DIGITS = ['សូន្យ', 'មួយ', 'ពីរ', 'បី', 'បួន', 'ប្រាំ', 'ប្រាំមួយ', 'ប្រាំពីរ', 'ប្រាំបី', 'ប្រាំបួន'] as const;
const KM_TENS = ['', 'ដប់', 'ម្ភៃ', 'សាមសិប', 'សែសិប', 'ហាសិប', 'ហុកសិប', 'ចិតសិប', 'ប៉ែតសិប', 'កៅសិប'] as const;
/** Place words for 10^2 … 10^6: រយ hundred, ពាន់ thousand, ម៉ឺន ten thousand, សែន hundred thousand, លាន million. */
const KM_PLACES = [
  [1_000_000, 'លាន'],
  [100_000, 'សែន'],
  [10_000, 'ម៉ឺន'],
  [1000, 'ពាន់'],
  [100, 'រយ'],
] as const;

/** Khmer number words, one token per spoken word: 1021 → ["មួយ", "ពាន់", "ម្ភៃ", "មួយ"]. */
export function numberWordsKm(n: number): string[] {
  checkInteger(n);
  if (n === 0) return [KM_DIGITS[0]];
  const words: string[] = [];
  let rest = n;
  for (const [place, word] of KM_PLACES) {
    const count = Math.floor(rest / place);
    if (count === 0) continue;
    words.push(...(count < 10 ? [KM_DIGITS[count]] : numberWordsKm(count)), word);
    rest %= place;
  }
  if (rest >= 10) words.push(KM_TENS[Math.floor(rest / 10)]);
  if (rest % 10 > 0) words.push(KM_DIGITS[rest % 10]);
  return words;
}

/** Khmer reading of a whole number (words joined without spaces, as Khmer is written). */
export function readNumberKm(n: number): string {
  return numberWordsKm(n).join('').normalize('NFC');
}

export function digitWordsKm(digits: string): string[] {
  return digitsOf(digits).map((d) => KM_DIGITS[d]);
}

export function readDigitsKm(digits: string): string {
  return digitWordsKm(digits).join(' ').normalize('NFC');
}

/**
 * Vietnamese names of letters as read out in announcements. The 29 letters of the Vietnamese
 * alphabet, plus F, J, W, Z, which are not in it but appear in prefixes.
 */
const VI_LETTER_NAMES: Readonly<Record<string, string>> = {
  A: 'a',
  Ă: 'á',
  Â: 'ớ',
  B: 'bê',
  C: 'xê',
  D: 'dê',
  Đ: 'đê',
  E: 'e',
  Ê: 'ê',
  F: 'ép',
  G: 'giê',
  H: 'hát',
  I: 'i',
  J: 'gi',
  K: 'ca',
  L: 'e lờ',
  M: 'em mờ',
  N: 'en nờ',
  O: 'o',
  Ô: 'ô',
  Ơ: 'ơ',
  P: 'pê',
  Q: 'quy',
  R: 'e rờ',
  S: 'ét xì',
  T: 'tê',
  U: 'u',
  Ư: 'ư',
  V: 'vê',
  W: 'vê kép',
  X: 'ích xì',
  Y: 'i dài',
  Z: 'dét',
};

/** The letters that have a Vietnamese name, in alphabet order (A Ă Â B C D Đ … Z). */
export const VI_LETTERS: readonly string[] = Object.keys(VI_LETTER_NAMES);

/** The 26 letters of the Latin alphabet. */
export const LATIN_LETTERS: readonly string[] = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

function upper(letter: string): string {
  return letter.normalize('NFC').toUpperCase();
}

/** "B" → "bê", "đ" → "đê"; undefined for a character that is not a known letter. */
export function letterNameVi(letter: string): string | undefined {
  return VI_LETTER_NAMES[upper(letter)];
}

/** Letters with Vietnamese diacritics folded to their base Latin letter: Đ → D, Ư → U. */
export function baseLetter(letter: string): string | undefined {
  const base = upper(letter).normalize('NFD').replace(/\p{M}/gu, '').replace('Đ', 'D');
  return /^[A-Z]$/.test(base) ? base : undefined;
}

/** Spells a prefix the Vietnamese way: "AB" → "a bê". Characters that are not letters are skipped. */
export function spellPrefixVi(prefix: string): string {
  return [...prefix.normalize('NFC')]
    .map((ch) => letterNameVi(ch))
    .filter((name): name is string => name !== undefined)
    .join(' ');
}
