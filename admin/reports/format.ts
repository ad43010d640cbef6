// Numbers of the reports page in the user's language: minutes and percentages to one decimal.
import type { Locale } from '../../shared/domain/model.js';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : locale === 'km' ? 'km-KH' : 'en-GB', {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formats.set(key, f);
  }
  return f;
}

export const DASH = '–';

export function count(n: number, locale: Locale): string {
  return numberFormat(locale, 0).format(n);
}

/** Milliseconds as minutes with one decimal ("7,5" in Vietnamese). */
export function minutes(ms: number | null, locale: Locale): string {
  return ms === null ? DASH : numberFormat(locale, 1).format(ms / 60_000);
}

export function hours(ms: number, locale: Locale): string {
  return numberFormat(locale, 1).format(ms / 3_600_000);
}

export function percent(p: number | null, locale: Locale): string {
  return p === null ? DASH : numberFormat(locale, 1).format(p);
}

/** 2026-03-02 → 02/03/2026, 2026-03 → 03/2026. */
export function localDate(value: string): string {
  const [y, m, d] = value.split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
