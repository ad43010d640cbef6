// Typed message dictionaries. Vietnamese is the source and the default; English must translate
// every key (a missing one is a type error); Khmer may leave keys out and falls back to Vietnamese.
// Parameters are written {name} and filled by t().
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
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
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
