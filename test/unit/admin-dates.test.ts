// The console's dates and times (dd/mm/yyyy, 24-hour, whatever the browser's language) and
// holidays kept as named ranges.
import { describe, expect, it } from 'vitest';
import { addRange, daysOf, groupHolidays, removeDays } from '../../admin/settings/holiday-ranges.js';
import { formatDay, parseDay, parseTime } from '../../admin/ui/dates.js';

describe('dates and times in the console', () => {
  it('writes and reads dd/mm/yyyy', () => {
    expect(formatDay('2026-02-17')).toBe('17/02/2026');
    expect(parseDay('17/02/2026')).toBe('2026-02-17');
    expect(parseDay('7/2/2026')).toBe('2026-02-07');
    expect(parseDay('2026-02-17')).toBe('2026-02-17');
    expect(parseDay('31/02/2026')).toBeNull();
    expect(parseDay('02/17/2026')).toBeNull();
    expect(parseDay('hôm nay')).toBeNull();
  });

  it('reads 24-hour times only', () => {
    expect(parseTime('7:30')).toBe('07:30');
    expect(parseTime('1330')).toBe('13:30');
    expect(parseTime('24:00')).toBe('24:00');
    expect(parseTime('25:00')).toBeNull();
    expect(parseTime('7:30 PM')).toBeNull();
  });
});

describe('holidays as named ranges', () => {
  it('expands a range to its days and groups consecutive days of one name back', () => {
    expect(daysOf('2026-02-16', '2026-02-20')).toHaveLength(5);
    expect(daysOf('2026-02-20', '2026-02-16')).toEqual([]);
    const tet = addRange([], {}, { from: '2026-02-16', to: '2026-02-20', name: 'Tết Nguyên đán' });
    const both = addRange(tet.holidays, tet.holidayNames, {
      from: '2026-04-30',
      to: '2026-05-01',
      name: '30/4 và 1/5',
    });
    const ranges = groupHolidays(both.holidays, both.holidayNames);
    expect(ranges.map((r) => [r.from, r.to, r.name, r.days.length])).toEqual([
      ['2026-02-16', '2026-02-20', 'Tết Nguyên đán', 5],
      ['2026-04-30', '2026-05-01', '30/4 và 1/5', 2],
    ]);
  });

  it('splits days that are not consecutive or named differently, and removes a whole range', () => {
    const names = { '2026-01-01': 'Tết Dương lịch', '2026-01-02': 'Nghỉ bù' };
    const ranges = groupHolidays(['2026-01-02', '2026-01-01', '2026-01-05'], names);
    expect(ranges.map((r) => r.from)).toEqual(['2026-01-01', '2026-01-02', '2026-01-05']);
    const left = removeDays(['2026-01-01', '2026-01-02'], names, ['2026-01-01']);
    expect(left).toEqual({ holidays: ['2026-01-02'], holidayNames: { '2026-01-02': 'Nghỉ bù' } });
  });
});
