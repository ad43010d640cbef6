// Site-local wall-clock time on the engine's hot path. Intl formatting costs microseconds per call,
// so the zone's UTC offset is remembered per hour: it is read at both ends of the hour and kept
// only when they agree (an hour holding a DST change is always computed by Intl, exactly).
import { type LocalParts, localParts } from '../i18n/time.js';

const HOUR = 3_600_000;

interface Span {
  start: number;
  end: number;
  offsetMs: number;
}

const spans = new Map<string, Span>();

/** Local time minus UTC at an instant, in ms (whole seconds, as Intl reports them). */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = localParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

function partsOf(shifted: number): LocalParts {
  const d = new Date(shifted);
  const weekday = d.getUTCDay();
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: weekday === 0 ? 7 : weekday,
  };
}

/** Same answer as localParts() from shared/i18n/time.ts, without Intl on most calls. */
export function siteLocalParts(epochMs: number, timeZone: string): LocalParts {
  const span = spans.get(timeZone);
  if (span && epochMs >= span.start && epochMs < span.end) return partsOf(epochMs + span.offsetMs);
  const start = Math.floor(epochMs / HOUR) * HOUR;
  const offsetMs = offsetAt(start, timeZone);
  if (offsetAt(start + HOUR - 1, timeZone) !== offsetMs) return localParts(epochMs, timeZone);
  spans.set(timeZone, { start, end: start + HOUR, offsetMs });
  return partsOf(epochMs + offsetMs);
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

export interface SiteTime {
  /** Local date YYYY-MM-DD. */
  day: string;
  /** Minutes since local midnight. */
  minutes: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
}

/** The site-local date, time of day and weekday of an instant. */
export function siteTime(epochMs: number, timeZone: string): SiteTime {
  const p = siteLocalParts(epochMs, timeZone);
  return {
    day: `${p.year}-${pad2(p.month)}-${pad2(p.day)}`,
    minutes: p.hour * 60 + p.minute,
    weekday: p.weekday,
  };
}
