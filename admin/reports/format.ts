// Numbers of the reports page in the user's language: minutes and percentages to one decimal.
import type { Locale } from '../../shared/domain/model.js';
import { formatNumber } from '../../shared/i18n/number-format.js';

/** A report's figure with exactly `digits` decimals. */
function fixed(n: number, locale: Locale, digits: number): string {
  return formatNumber(n, locale, digits, digits);
}

export const DASH = '–';

export function count(n: number, locale: Locale): string {
  return fixed(n, locale, 0);
}

/** Milliseconds as minutes with one decimal ("7,5" in Vietnamese). */
export function minutes(ms: number | null, locale: Locale): string {
  return ms === null ? DASH : fixed(ms / 60_000, locale, 1);
}

export function hours(ms: number, locale: Locale): string {
  return fixed(ms / 3_600_000, locale, 1);
}

export function percent(p: number | null, locale: Locale): string {
  return p === null ? DASH : fixed(p, locale, 1);
}

/** 2026-03-02 → 02/03/2026, 2026-03 → 03/2026. */
export function localDate(value: string): string {
  const [y, m, d] = value.split('-');
  return d ? `${d}/${m}/${y}` : `${m}/${y}`;
}

export const pad2 = (n: number) => String(n).padStart(2, '0');
