// Numbers on screen in an app's language: Vietnamese writes 1.234,5, Khmer and English 1,234.5.
// One place for the Intl locale of each language, the formats cached.
import type { Locale } from '../domain/model.js';

const INTL_LOCALE: Record<Locale, string> = { vi: 'vi-VN', en: 'en-GB', km: 'km-KH' };
const formats = new Map<string, Intl.NumberFormat>();

/** `n` with at most `maxDigits` decimals (and at least `minDigits`). */
export function formatNumber(n: number, locale: Locale, maxDigits = 0, minDigits = 0): string {
  const key = `${locale}:${minDigits}:${maxDigits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(INTL_LOCALE[locale] ?? INTL_LOCALE.vi, {
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    formats.set(key, f);
  }
  return f.format(n);
}
