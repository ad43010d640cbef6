// Typed message dictionaries. Vietnamese is the source and the default; English must translate
// every key (a missing one is a type error); Khmer may leave keys out and falls back to Vietnamese,
// except in what a citizen reads (defineCitizenMessages), where Khmer is required too.
// Parameters are written {name} and filled by t(). Counts that change the words are written
// {n|# person|# people}: the first form for 1, the second for any other number, # is the number.
// Vietnamese and Khmer do not inflect: they write one form, {n|# người}, or simply {n} người.
import type { Locale } from '../domain/model.js';

export type Dict = Record<string, string>;
export type Params = Record<string, string | number>;

export interface Messages<K extends string> {
  readonly vi: Record<K, string>;
  readonly en: Record<K, string>;
  readonly km: Partial<Record<K, string>>;
  t(locale: Locale, key: K, params?: Params): string;
  has(key: string): key is K;
}

export function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)(?:\|([^{}]*))?\}/g, (whole, name: string, forms?: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    if (forms === undefined) return String(value);
    const [one = '', other = one] = forms.split('|');
    return (Number(value) === 1 ? one : other).replaceAll('#', String(value));
  });
}

export function defineMessages<K extends string>(
  vi: Record<K, string>,
  en: Record<K, string>,
  km: Partial<Record<K, string>>,
): Messages<K> {
  return {
    vi,
    en,
    km,
    t(locale, key, params) {
      const source = locale === 'en' ? en[key] : locale === 'km' ? (km[key] ?? vi[key]) : vi[key];
      return fill((source ?? key).normalize('NFC'), params);
    },
    has(key: string): key is K {
      return key in vi;
    },
  };
}

/**
 * A dictionary a citizen reads (kiosk, slip, phone and booking pages, rating, display, their
 * errors): Khmer is required for every key, so a missing Khmer text is a type error, and
 * test/unit/khmer-complete.test.ts checks the texts themselves. Texts awaiting a native
 * speaker's review are listed in docs/khmer-review.md.
 */
export function defineCitizenMessages<K extends string>(
  vi: Record<K, string>,
  en: Record<K, string>,
  km: Record<K, string>,
): Messages<K> & { readonly km: Record<K, string>; readonly citizen: true } {
  return { ...defineMessages(vi, en, km), km, citizen: true };
}

/** Merges dictionaries (common + an app's own). Keys must not clash. */
export function mergeMessages<A extends string, B extends string>(
  a: Messages<A>,
  b: Messages<B>,
): Messages<A | B> {
  return defineMessages<A | B>(
    { ...a.vi, ...b.vi } as Record<A | B, string>,
    { ...a.en, ...b.en } as Record<A | B, string>,
    { ...a.km, ...b.km } as Partial<Record<A | B, string>>,
  );
}

/** The text of a LocalizedText in a locale, falling back to Vietnamese. */
export function localized(
  text: { vi: string; en?: string; km?: string } | undefined,
  locale: Locale,
): string {
  if (!text) return '';
  return (locale === 'vi' ? text.vi : (text[locale] ?? text.vi)).normalize('NFC');
}
