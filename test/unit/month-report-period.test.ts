// The months of the printable monthly report: whole months from the 1st to the last day (leap
// February, December into January), a month not over yet ends today, future and malformed months
// are refused, and the picker offers this month first.
import { describe, expect, it } from 'vitest';
import { monthOf, monthRange, previousMonth, recentMonths } from '../../admin/reports/month-period.js';

describe('monthRange', () => {
  it('gives a past month whole', () => {
    expect(monthRange('2026-11', '2026-12-03')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(monthRange('2026-01', '2026-12-03')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(monthRange('2024-02', '2026-12-03')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2025-02', '2026-12-03')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
    expect(monthRange('2025-12', '2026-01-01')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
  it('ends the current month today', () => {
    expect(monthRange('2026-12', '2026-12-03')).toEqual({ from: '2026-12-01', to: '2026-12-03' });
    expect(monthRange('2026-12', '2026-12-01')).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(monthRange('2026-12', '2026-12-31')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('refuses a future or malformed month', () => {
    expect(monthRange('2027-01', '2026-12-31')).toBeNull();
    expect(monthRange('2026-13', '2026-12-31')).toBeNull();
    expect(monthRange('2026-00', '2026-12-31')).toBeNull();
    expect(monthRange('2026-1', '2026-12-31')).toBeNull();
  });
});

describe('the month picker', () => {
  it('starts at the centre’s month and goes back across years', () => {
    expect(monthOf('2026-12-01')).toBe('2026-12');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
    const months = recentMonths('2026-02-10', 4);
    expect(months).toEqual(['2026-02', '2026-01', '2025-12', '2025-11']);
    expect(recentMonths('2026-02-10')).toHaveLength(24);
  });
});
