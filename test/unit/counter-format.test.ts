import { describe, expect, it } from 'vitest';
import { averageLabel, clock, isLate, minutesBetween } from '../../counter/format.js';

describe('counter formatting', () => {
  it('shows running timers as mm:ss, with hours when needed', () => {
    expect(clock(0)).toBe('00:00');
    expect(clock(201_000)).toBe('03:21');
    expect(clock(3_849_000)).toBe('1:04:09');
    expect(clock(-5000)).toBe('00:00');
  });

  it('counts whole minutes waited', () => {
    expect(minutesBetween(0, 59_999)).toBe(0);
    expect(minutesBetween(0, 14 * 60_000 + 30_000)).toBe(14);
    expect(minutesBetween(10, 0)).toBe(0);
  });

  it('flags a ticket only past its target wait', () => {
    expect(isLate(0, 15 * 60_000, 15)).toBe(false);
    expect(isLate(0, 15 * 60_000 + 1, 15)).toBe(true);
    expect(isLate(0, 99 * 60_000, undefined)).toBe(false);
  });

  it('writes averages as m:ss', () => {
    expect(averageLabel(null)).toBeNull();
    expect(averageLabel(400_000)).toBe('6:40');
    expect(averageLabel(59_600)).toBe('1:00');
  });
});
