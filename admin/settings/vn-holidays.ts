// Vietnam's public holidays of a year (Labour Code 2019, art. 112), offered in one click in the
// opening-hours form. Tết and the Hùng Kings' day follow the lunar calendar: a checked table for
// 2025–2030 rather than a lunar algorithm. The exact Tết days off and the day beside 2/9 are set
// each year by the Government: the admin reviews the suggestion before saving.

/** Lunar New Year's day (mùng 1 Tết) and the 10th day of the 3rd lunar month, by year. */
export const LUNAR_TABLE: Readonly<Record<number, { tet: string; hungKings: string }>> = {
  2025: { tet: '2025-01-29', hungKings: '2025-04-07' },
  2026: { tet: '2026-02-17', hungKings: '2026-04-26' },
  2027: { tet: '2027-02-06', hungKings: '2027-04-16' },
  2028: { tet: '2028-01-26', hungKings: '2028-04-04' },
  2029: { tet: '2029-02-13', hungKings: '2029-04-23' },
  2030: { tet: '2030-02-03', hungKings: '2030-04-12' },
};

export interface PublicHoliday {
  date: string;
  name: string;
}

const shift = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The year's public holidays, day by day; the lunar ones only for the years of the table. */
export function publicHolidays(year: number): PublicHoliday[] {
  const y = String(year);
  const days: PublicHoliday[] = [{ date: `${y}-01-01`, name: 'Tết Dương lịch' }];
  const lunar = LUNAR_TABLE[year];
  if (lunar) {
    // Five days: the last day of the old year and the first four of the new one.
    for (let i = -1; i <= 3; i++) {
      days.push({
        date: shift(lunar.tet, i),
        name: i < 0 ? 'Tết Nguyên đán (30 Tết)' : `Tết Nguyên đán (mùng ${i + 1})`,
      });
    }
    days.push({ date: lunar.hungKings, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' });
  }
  days.push(
    { date: `${y}-04-30`, name: 'Ngày Giải phóng miền Nam, thống nhất đất nước' },
    { date: `${y}-05-01`, name: 'Ngày Quốc tế Lao động' },
    { date: `${y}-09-01`, name: 'Quốc khánh (ngày liền kề)' },
    { date: `${y}-09-02`, name: 'Quốc khánh' },
  );
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/** The holiday's name when a date is one of that year's public holidays. */
export function holidayName(date: string): string | null {
  return publicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date)?.name ?? null;
}
