// One-click report periods from the centre's today (YYYY-MM-DD, site time): today, this month,
// last month, this quarter, this year. Pure dates, no clock and no time zone of the browser.
export const PERIODS = ['today', 'month', 'lastMonth', 'quarter', 'year'] as const;
export type Period = (typeof PERIODS)[number];

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number) => `${year}-${pad(month)}-${pad(d)}`;

/** The first and last day of the period that contains today (the last day never after today). */
export function periodRange(period: Period, today: string): { from: string; to: string } {
  const [year, month] = today.split('-').map(Number);
  switch (period) {
    case 'today':
      return { from: today, to: today };
    case 'month':
      return { from: day(year, month, 1), to: today };
    case 'lastMonth': {
      const y = month === 1 ? year - 1 : year;
      const m = month === 1 ? 12 : month - 1;
      return { from: day(y, m, 1), to: day(y, m, lastDay(y, m)) };
    }
    case 'quarter':
      return { from: day(year, Math.floor((month - 1) / 3) * 3 + 1, 1), to: today };
    case 'year':
      return { from: day(year, 1, 1), to: today };
  }
}

/** Which period a range is exactly, to show its button as chosen. */
export function periodOf(range: { from: string; to: string }, today: string): Period | null {
  return (
    PERIODS.find((p) => {
      const r = periodRange(p, today);
      return r.from === range.from && r.to === range.to;
    }) ?? null
  );
}
