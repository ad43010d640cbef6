// Holidays as people think of them: named periods ("Tết Nguyên đán", 14/02–18/02). The centre
// stores the days (site.holidays, what the queue checks) and a name per day (site.holidayNames);
// the console groups consecutive days of the same name back into ranges. Pure.

export interface HolidayRange {
  from: string;
  to: string;
  name: string;
  days: string[];
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Every day from `from` to `to` (inclusive); empty when to < from; at most 366 days. */
export function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to && days.length < 366; d = nextDay(d)) days.push(d);
  return days;
}

/** Consecutive days with the same name, as ranges, in date order. */
export function groupHolidays(
  days: readonly string[],
  names: Readonly<Record<string, string>>,
): HolidayRange[] {
  const ranges: HolidayRange[] = [];
  for (const day of [...new Set(days)].sort()) {
    const name = names[day] ?? '';
    const last = ranges.at(-1);
    if (last && last.name === name && nextDay(last.to) === day) {
      last.to = day;
      last.days.push(day);
    } else {
      ranges.push({ from: day, to: day, name, days: [day] });
    }
  }
  return ranges;
}

/** Adds a named range to the stored days and names (a day already there takes the new name). */
export function addRange(
  days: readonly string[],
  names: Readonly<Record<string, string>>,
  range: { from: string; to: string; name: string },
): { holidays: string[]; holidayNames: Record<string, string> } {
  const added = daysOf(range.from, range.to);
  const holidayNames = { ...names };
  for (const d of added) {
    if (range.name.trim()) holidayNames[d] = range.name.trim();
    else delete holidayNames[d];
  }
  return { holidays: [...new Set([...days, ...added])].sort(), holidayNames };
}

/** Removes a range's days and their names. */
export function removeDays(
  days: readonly string[],
  names: Readonly<Record<string, string>>,
  remove: readonly string[],
): { holidays: string[]; holidayNames: Record<string, string> } {
  const gone = new Set(remove);
  const holidayNames = Object.fromEntries(Object.entries(names).filter(([d]) => !gone.has(d)));
  return { holidays: days.filter((d) => !gone.has(d)), holidayNames };
}
