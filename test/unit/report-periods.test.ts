// The reports' one-click periods: today, this month, last month (across a year), this quarter,
// this year, computed from the centre's day only.
import { describe, expect, it } from 'vitest';
import { periodOf, periodRange } from '../../admin/reports/periods.js';

describe('periodRange', () => {
  it('gives each period up to today', () => {
    expect(periodRange('today', '2025-08-14')).toEqual({ from: '2025-08-14', to: '2025-08-14' });
    expect(periodRange('month', '2025-08-14')).toEqual({ from: '2025-08-01', to: '2025-08-14' });
    expect(periodRange('quarter', '2025-08-14')).toEqual({ from: '2025-07-01', to: '2025-08-14' });
    expect(periodRange('quarter', '2025-12-31')).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(periodRange('quarter', '2025-03-01')).toEqual({ from: '2025-01-01', to: '2025-03-01' });
    expect(periodRange('year', '2025-08-14')).toEqual({ from: '2025-01-01', to: '2025-08-14' });
  });
  it('gives the whole of last month, across the year and in a leap February', () => {
    expect(periodRange('lastMonth', '2025-01-10')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(periodRange('lastMonth', '2024-03-05')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('lastMonth', '2025-03-05')).toEqual({ from: '2025-02-01', to: '2025-02-28' });
  });
  it('recognises a range that is exactly a period', () => {
    expect(periodOf({ from: '2025-07-01', to: '2025-08-14' }, '2025-08-14')).toBe('quarter');
    expect(periodOf({ from: '2025-07-02', to: '2025-08-14' }, '2025-08-14')).toBeNull();
  });
});
