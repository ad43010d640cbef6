// Opening windows and holidays in the site's own zone.
import { addDays, instantOfLocal, localDay, localMinutes, parseHhMm, weekdayOf } from '../i18n/time.js';
import type { Site, TimeWindow } from './model.js';

function windowsOf(site: Site, day: string): TimeWindow[] {
  if (site.holidays.includes(day)) return [];
  const key = String(weekdayOf(day)) as keyof Site['openingHours'];
  return site.openingHours[key] ?? [];
}

export function isHoliday(site: Site, now: number): boolean {
  return site.holidays.includes(localDay(now, site.timeZone));
}

/** True when the instant falls inside one of the day's opening windows (end excluded). */
export function isOpen(site: Site, now: number): boolean {
  const day = localDay(now, site.timeZone);
  const minutes = localMinutes(now, site.timeZone);
  return windowsOf(site, day).some((w) => minutes >= parseHhMm(w.start) && minutes < parseHhMm(w.end));
}

/** The next instant the site opens after now (or now if open), looking up to 60 days ahead. */
export function nextOpening(site: Site, now: number): number | null {
  if (isOpen(site, now)) return now;
  const today = localDay(now, site.timeZone);
  const minutes = localMinutes(now, site.timeZone);
  for (let i = 0; i <= 60; i++) {
    const day = addDays(today, i);
    const starts = windowsOf(site, day)
      .map((w) => parseHhMm(w.start))
      .filter((start) => i > 0 || start > minutes)
      .sort((a, b) => a - b);
    if (starts.length > 0) return instantOfLocal(day, starts[0], site.timeZone);
  }
  return null;
}
