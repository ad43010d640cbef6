// The clock and date of the site, in the site's time zone (never the browser's).
import { localParts } from '../../shared/i18n/time.js';

export interface SiteClock {
  time: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  date: string;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function siteClock(epochMs: number, timeZone: string): SiteClock {
  const p = localParts(epochMs, timeZone);
  return {
    time: `${pad2(p.hour)}:${pad2(p.minute)}`,
    weekday: p.weekday,
    date: `${pad2(p.day)}/${pad2(p.month)}/${p.year}`,
  };
}

/** Milliseconds until the next minute starts, so the clock ticks on the minute. */
export function msToNextMinute(epochMs: number): number {
  return 60_000 - (((epochMs % 60_000) + 60_000) % 60_000);
}
