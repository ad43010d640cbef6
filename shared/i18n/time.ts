// Time-zone helpers. Day boundaries, opening hours and printed times use the site's zone
// (Asia/Ho_Chi_Minh by default), never the process's TZ.

export const DEFAULT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** True when the zone name is one Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS[parts.weekday] ?? 1,
  };
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The site-local date of an instant, YYYY-MM-DD. */
export function localDay(epochMs: number, timeZone: string): string {
  const p = localParts(epochMs, timeZone);
  return `${p.year}-${pad2(p.month)}-${pad2(p.day)}`;
}

/** Minutes since local midnight. */
export function localMinutes(epochMs: number, timeZone: string): number {
  const p = localParts(epochMs, timeZone);
  return p.hour * 60 + p.minute;
}

/** dd/mm/yyyy HH:mm (or with seconds) in the site's zone, as printed on slips. */
export function formatLocalDateTime(epochMs: number, timeZone: string, withSeconds = false): string {
  const p = localParts(epochMs, timeZone);
  const time = `${pad2(p.hour)}:${pad2(p.minute)}${withSeconds ? `:${pad2(p.second)}` : ''}`;
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year} ${time}`;
}

export function formatLocalTime(epochMs: number, timeZone: string): string {
  const p = localParts(epochMs, timeZone);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** Offset of the zone from UTC at that instant, in minutes (e.g. +420 for UTC+7). */
export function zoneOffsetMinutes(epochMs: number, timeZone: string): number {
  const p = localParts(epochMs, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/** The instant of a local wall-clock time on a local day (YYYY-MM-DD, minutes since midnight). */
export function instantOfLocal(day: string, minutes: number, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d, 0, minutes);
  // Two passes settle the offset even across a DST change.
  let t = guess - zoneOffsetMinutes(guess, timeZone) * 60_000;
  t = guess - zoneOffsetMinutes(t, timeZone) * 60_000;
  return t;
}

/** The first instant of the next local day after the instant's day. */
export function nextLocalMidnight(epochMs: number, timeZone: string): number {
  const day = localDay(epochMs, timeZone);
  const [y, m, d] = day.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  const nextDay = `${next.getUTCFullYear()}-${pad2(next.getUTCMonth() + 1)}-${pad2(next.getUTCDate())}`;
  return instantOfLocal(nextDay, 0, timeZone);
}

/** Adds n days to a YYYY-MM-DD date. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}-${pad2(t.getUTCDate())}`;
}

/** ISO weekday of a YYYY-MM-DD date. */
export function weekdayOf(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** "07:30" → 450. */
export function parseHhMm(value: string): number {
  const [h, m] = value.split(':').map(Number);
  return h * 60 + m;
}
