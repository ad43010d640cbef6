// Opening windows and holidays in the site's own zone.
import { addDays, instantOfLocal, parseHhMm, weekdayOf } from '../i18n/time.js';
import type { Site, TimeWindow } from './model.js';
import { siteTime } from './site-clock.js';

function windowsOf(site: Site, day: string, weekday = weekdayOf(day)): TimeWindow[] {
  if (site.holidays.includes(day)) return [];
  const key = String(weekday) as keyof Site['openingHours'];
  return site.openingHours[key] ?? [];
}

const parsed = new WeakMap<TimeWindow, [number, number]>();

/** A window as [start, end) minutes since local midnight. */
function minutesOf(w: TimeWindow): [number, number] {
  let m = parsed.get(w);
  if (!m) {
    m = [parseHhMm(w.start), parseHhMm(w.end)];
    parsed.set(w, m);
  }
  return m;
}

export function isHoliday(site: Site, now: number): boolean {
  return site.holidays.includes(siteTime(now, site.timeZone).day);
}

/** True when the instant falls inside one of the day's opening windows (end excluded). */
export function isOpen(site: Site, now: number): boolean {
  const { day, minutes, weekday } = siteTime(now, site.timeZone);
  return windowsOf(site, day, weekday).some((w) => {
    const [start, end] = minutesOf(w);
    return minutes >= start && minutes < end;
  });
}

/** The next instant the site opens after now (or now if open), looking up to 60 days ahead. */
export function nextOpening(site: Site, now: number): number | null {
  if (isOpen(site, now)) return now;
  const { day: today, minutes } = siteTime(now, site.timeZone);
  for (let i = 0; i <= 60; i++) {
    const day = addDays(today, i);
    const starts = windowsOf(site, day)
      .map((w) => minutesOf(w)[0])
      .filter((start) => i > 0 || start > minutes)
      .sort((a, b) => a - b);
    if (starts.length > 0) return instantOfLocal(day, starts[0], site.timeZone);
  }
  return null;
}
