import { describe, expect, it } from 'vitest';
import { faceMood } from '../../counter/rating-mood.js';

describe('rating faces', () => {
  it('makes every satisfied level smile and the lowest frown (3 levels)', () => {
    const levels = [3, 2, 1];
    expect(faceMood(3, levels, [3, 2])).toBe(1);
    expect(faceMood(2, levels, [3, 2])).toBeCloseTo(0.8);
    expect(faceMood(1, levels, [3, 2])).toBe(0);
  });

  it('grades the unsatisfied levels from a frown to a flat mouth (5 levels)', () => {
    const levels = [5, 4, 3, 2, 1];
    const moods = levels.map((l) => faceMood(l, levels, [5, 4]));
    expect(moods).toEqual([1, 0.8, 0.5, 0.25, 0]);
  });
});
