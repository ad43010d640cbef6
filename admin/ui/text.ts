// Text helpers of the console: search without diacritics, localized text, site-zone times.
import type { Locale, LocalizedText } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import { formatLocalDateTime, formatLocalTime } from '../../shared/i18n/time.js';

/** Lower case without diacritics: "Đăng ký" and "dang ky" match. */
export function plainText(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

/** True when every word of the query appears in one of the texts. */
export function matches(query: string, ...texts: (string | undefined)[]): boolean {
  const words = plainText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = plainText(texts.filter(Boolean).join(' '));
  return words.every((w) => hay.includes(w));
}

export const loc = (text: LocalizedText | undefined, locale: Locale) => localized(text, locale);

/** HH:MM in the site's zone. */
export const siteTime = (epochMs: number, timeZone: string) => formatLocalTime(epochMs, timeZone);

export const siteDateTime = (epochMs: number, timeZone: string) => formatLocalDateTime(epochMs, timeZone);

export function minutesBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 60_000));
}
