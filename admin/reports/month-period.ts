// The months of the centre's monthly report. Everything starts from the centre's today
// (YYYY-MM-DD in the site's time zone, from the report options), never the browser's clock, so
// at 00:30 on 1 December in Ho Chi Minh City (17:30 UTC on 30 November) it is already December.

const pad = (n: number) => String(n).padStart(2, '0');
const MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-12-03" → "2026-12". */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The first and last day of a month ("2026-02" → 2026-02-01 … 2026-02-28), the last day never
 *  after today (a month not over yet ends today); null for a malformed or future month. */
export function monthRange(month: string, today: string): { from: string; to: string } | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const [year, mon] = [Number(m[1]), Number(m[2])];
  if (mon < 1 || mon > 12) return null;
  const from = `${m[1]}-${m[2]}-01`;
  if (from > today) return null;
  const last = `${m[1]}-${m[2]}-${pad(new Date(Date.UTC(year, mon, 0)).getUTCDate())}`;
  return { from, to: last < today ? last : today };
}

/** The month before ("2026-01" → "2025-12"). */
export function previousMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number);
  return mon === 1 ? `${year - 1}-12` : `${year}-${pad(mon - 1)}`;
}

/** This month and the ones before it, newest first (the choices of the month picker). */
export function recentMonths(today: string, count = 24): string[] {
  const months = [monthOf(today)];
  while (months.length < count) months.push(previousMonth(months[months.length - 1]));
  return months;
}
