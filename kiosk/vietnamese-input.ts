// Typing Vietnamese on the kiosk's on-screen keyboard: letters (ă â đ ê ô ơ ư included) and the
// five tone marks, which go on the last vowel typed (replacing a tone it already has). Pure.

export type Tone = 'sac' | 'huyen' | 'hoi' | 'nga' | 'nang';

export const TONE_MARKS: Record<Tone, string> = {
  sac: '\u0301',
  huyen: '\u0300',
  hoi: '\u0309',
  nga: '\u0303',
  nang: '\u0323',
};

const TONE_SET = new Set(Object.values(TONE_MARKS));
const VOWELS = /[aeiouy]/i;

/** Puts a tone on the last character if it is a vowel; otherwise leaves the text as it is. */
export function applyTone(text: string, tone: Tone): string {
  const chars = [...text.normalize('NFC')];
  const last = chars.at(-1);
  if (last === undefined) return text;
  const parts = [...last.normalize('NFD')];
  if (!VOWELS.test(parts[0] ?? '')) return text;
  const bare = parts.filter((c) => !TONE_SET.has(c)).join('');
  chars[chars.length - 1] = (bare + TONE_MARKS[tone]).normalize('NFC');
  return chars.join('');
}

/** Removes the last character (a toned vowel counts as one). */
export function backspace(text: string): string {
  const chars = [...text.normalize('NFC')];
  chars.pop();
  return chars.join('');
}

/** Appends a typed key, keeping the text NFC and at most `max` characters. */
export function typeKey(text: string, key: string, max = 80): string {
  const next = (text + key).normalize('NFC');
  return [...next].length > max ? text : next;
}
