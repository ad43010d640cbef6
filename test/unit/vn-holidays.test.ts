// The Vietnamese public-holiday table offered in the console: the lunar dates of 2025–2030, the
// Tết days around the lunar New Year, the fixed days, and the names shown beside saved dates.
import { describe, expect, it } from 'vitest';
import { holidayName, LUNAR_TABLE, publicHolidays } from '../../admin/settings/vn-holidays.js';

const weekday = (day: string) => new Date(`${day}T00:00:00Z`).getUTCDay();

describe('the lunar table', () => {
  it('has Tết on the known weekdays and the Hùng Kings 68 or 69 days later (mùng 10 tháng 3)', () => {
    // 0 = Sunday: Tết 2025 Wed, 2026 Tue, 2027 Sat, 2028 Wed, 2029 Tue, 2030 Sun.
    const expected: Record<number, number> = { 2025: 3, 2026: 2, 2027: 6, 2028: 3, 2029: 2, 2030: 0 };
    for (const [year, { tet, hungKings }] of Object.entries(LUNAR_TABLE)) {
      expect(tet.startsWith(year)).toBe(true);
      expect(weekday(tet), `${year}`).toBe(expected[Number(year)]);
      // Two lunar months of 29 or 30 days, then nine days.
      const gap = (Date.parse(hungKings) - Date.parse(tet)) / 86_400_000;
      expect(gap, `${year}`).toBeGreaterThanOrEqual(58 + 9);
      expect(gap, `${year}`).toBeLessThanOrEqual(60 + 9);
    }
  });
});

describe('publicHolidays', () => {
  it('lists the eleven days of 2026 in order, Tết from 30 Tết to mùng 4', () => {
    const days = publicHolidays(2026);
    expect(days.map((d) => d.date)).toEqual([
      '2026-01-01',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-04-26',
      '2026-04-30',
      '2026-05-01',
      '2026-09-01',
      '2026-09-02',
    ]);
    expect(days[1].name).toBe('Tết Nguyên đán (30 Tết)');
    expect(days[2].name).toBe('Tết Nguyên đán (mùng 1)');
  });
  it('crosses the month when Tết is late in January (2025)', () => {
    expect(
      publicHolidays(2025)
        .filter((d) => d.name.startsWith('Tết Nguyên đán'))
        .map((d) => d.date),
    ).toEqual(['2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31', '2025-02-01']);
  });
  it('gives only the fixed days for a year outside the table', () => {
    expect(publicHolidays(2031).map((d) => d.date)).toEqual([
      '2031-01-01',
      '2031-04-30',
      '2031-05-01',
      '2031-09-01',
      '2031-09-02',
    ]);
  });
  it('names a saved date', () => {
    expect(holidayName('2027-04-16')).toBe('Giỗ Tổ Hùng Vương (10/3 âm lịch)');
    expect(holidayName('2027-04-17')).toBeNull();
  });
});
