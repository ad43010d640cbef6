// Procedure search for the kiosk: insensitive to case and Vietnamese diacritics ("dang ky ket hon"
// finds "Đăng ký kết hôn"), by mã TTHC ("1.001193" finds 1.001193.000.00.00.H59), with words
// joined or split ("khaisinh"), the procedure's keywords and everyday synonyms ("công chứng" finds
// the chứng thực procedures). Ranked by relevance: a name that is the query, then one that starts
// with it, then a phrase found whole, then all words; shorter names (the query covers more of
// them) first among equals, so "khai sinh" puts "Đăng ký khai sinh" before its longer variants.
// Pure.
import type { Catalogue, CatalogueField, CatalogueProcedure } from '../shared/protocol/views.js';
import { EVERYDAY_SYNONYMS } from './search-synonyms.js';

/** Lower case, without Vietnamese tone and vowel marks, đ → d, single spaces. */
export function normalizeSearch(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}.]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SearchHit {
  field: CatalogueField;
  procedure: CatalogueProcedure;
  score: number;
}

interface Entry {
  field: CatalogueField;
  procedure: CatalogueProcedure;
  /** The procedure's name in each language, normalised. */
  names: string[];
  /** The same without spaces, for words typed joined ("khaisinh"). */
  compact: string[];
  keywords: string[];
  others: string;
  code: string;
}

const compactOf = (value: string) => value.replaceAll(' ', '');

/** Where the phrase starts at a word boundary of the text, or -1. */
function wordIndex(text: string, phrase: string): number {
  let at = text.indexOf(phrase);
  while (at >= 0) {
    if (at === 0 || text[at - 1] === ' ') return at;
    at = text.indexOf(phrase, at + 1);
  }
  return -1;
}

/** Every way the query may be meant: as typed, and with everyday words replaced. */
export function queryVariants(q: string): string[] {
  const variants = [q];
  for (const [said, official] of Object.entries(EVERYDAY_SYNONYMS)) {
    if (wordIndex(q, said) < 0) continue;
    const replaced = q.replace(said, official);
    if (!variants.includes(replaced)) variants.push(replaced);
  }
  return variants;
}

/** Precomputed normalised texts of a catalogue, so each keystroke only compares strings. */
export class SearchIndex {
  private readonly entries: Entry[];

  constructor(catalogue: Catalogue) {
    this.entries = catalogue.fields.flatMap((field) =>
      field.procedures.map((procedure) => {
        const names = [procedure.name.vi, procedure.name.en, procedure.name.km]
          .filter((n): n is string => Boolean(n))
          .map(normalizeSearch);
        return {
          field,
          procedure,
          names,
          compact: names.map(compactOf),
          keywords: (procedure.keywords ?? []).map(normalizeSearch).filter(Boolean),
          others: normalizeSearch([field.name.vi, field.name.en, field.name.km].filter(Boolean).join(' ')),
          code: normalizeSearch(procedure.code),
        };
      }),
    );
  }

  /** Best matches first; every word of the query (or of one of its variants) must be found. */
  search(query: string, limit = 20): SearchHit[] {
    const q = normalizeSearch(query);
    if (q === '') return [];
    const variants = queryVariants(q);
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      // A synonym's match ranks a little below the same match of the words as typed.
      const score = Math.max(...variants.map((v, i) => scoreOf(e, v) - (i === 0 ? 0 : 5)));
      if (score > 0) hits.push({ field: e.field, procedure: e.procedure, score });
    }
    hits.sort((a, b) => b.score - a.score || a.procedure.name.vi.localeCompare(b.procedure.name.vi, 'vi'));
    return hits.slice(0, limit);
  }
}

/** How well one name matches: the kind of match, then how much of the name the query covers. */
function nameScore(name: string, compact: string, q: string, words: string[]): number {
  const cover = (10 * q.length) / Math.max(name.length, q.length);
  if (name === q) return 100;
  const at = wordIndex(name, q);
  if (at === 0) return 80 + cover;
  if (at > 0) return 70 + cover - Math.min(5, at / 10);
  if (words.every((w) => wordIndex(name, w) >= 0)) return 55 + cover;
  if (words.every((w) => name.includes(w))) return 45 + cover;
  const qc = compactOf(q);
  if (qc.length >= 4 && compact.includes(qc)) return 40 + cover;
  return 0;
}

function scoreOf(e: Entry, q: string): number {
  if (/\d/.test(q) && e.code.startsWith(q)) return 100;
  const words = q.split(' ');
  let best = 0;
  e.names.forEach((name, i) => {
    best = Math.max(best, nameScore(name, e.compact[i] ?? '', q, words));
  });
  if (best > 0) return best;
  for (const k of e.keywords) {
    if (k === q || wordIndex(k, q) >= 0 || wordIndex(q, k) >= 0) best = Math.max(best, 60);
  }
  if (best > 0) return best;
  const all = `${e.names.join(' ')} ${e.keywords.join(' ')} ${e.others} ${e.code}`;
  return words.every((w) => all.includes(w)) ? 30 : 0;
}
