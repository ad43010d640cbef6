// Procedure search for the kiosk: insensitive to case and Vietnamese diacritics ("dang ky ket hon"
// finds "Đăng ký kết hôn"), and by mã TTHC ("1.001193" finds 1.001193.000.00.00.H59). Pure.
import type { Catalogue, CatalogueField, CatalogueProcedure } from '../shared/protocol/views.js';

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
  /** The procedure's name in each language. */
  names: string[];
  others: string;
  code: string;
}

/** Precomputed normalised texts of a catalogue, so each keystroke only compares strings. */
export class SearchIndex {
  private readonly entries: Entry[];

  constructor(catalogue: Catalogue) {
    this.entries = catalogue.fields.flatMap((field) =>
      field.procedures.map((procedure) => ({
        field,
        procedure,
        names: [procedure.name.vi, procedure.name.en, procedure.name.km]
          .filter((n): n is string => Boolean(n))
          .map(normalizeSearch),
        others: normalizeSearch([field.name.vi, field.name.en, field.name.km].filter(Boolean).join(' ')),
        code: normalizeSearch(procedure.code),
      })),
    );
  }

  /** Best matches first; every word of the query must be found. */
  search(query: string, limit = 20): SearchHit[] {
    const q = normalizeSearch(query);
    if (q === '') return [];
    const words = q.split(' ');
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      const score = scoreOf(e, q, words);
      if (score > 0) hits.push({ field: e.field, procedure: e.procedure, score });
    }
    hits.sort((a, b) => b.score - a.score || a.procedure.name.vi.localeCompare(b.procedure.name.vi, 'vi'));
    return hits.slice(0, limit);
  }
}

function scoreOf(e: Entry, q: string, words: string[]): number {
  if (e.code.startsWith(q)) return 100;
  let best = 0;
  for (const name of e.names) {
    const score =
      name === q
        ? 90
        : name.startsWith(q)
          ? 80
          : name.includes(q)
            ? 70
            : words.every((w) => name.includes(w))
              ? 50
              : 0;
    best = Math.max(best, score);
  }
  if (best > 0) return best;
  const all = `${e.names.join(' ')} ${e.others} ${e.code}`;
  return words.every((w) => all.includes(w)) ? 30 : 0;
}
