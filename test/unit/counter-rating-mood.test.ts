import { describe, expect, it } from 'vitest';
import { faceMood } from '../../counter/rating-mood.js';

describe('rating faces', () => {
  it('makes every satisfied level smile and the lowest frown (3 levels)', () => {
    const levels = [3, 2, 1];
    expect(faceMood(3, levels, [3, 2])).toBe(1);
    expect(faceMood(2, levels, [3, 2])).toBeCloseTo(0.7);
    expect(faceMood(1, levels, [3, 2])).toBe(0);
  });

  it('grades the unsatisfied levels from a frown to a flat mouth (5 levels)', () => {
    const levels = [5, 4, 3, 2, 1];
    const moods = levels.map((l) => faceMood(l, levels, [5, 4]));
    expect(moods.map((m) => Math.round(m * 1000) / 1000)).toEqual([1, 0.7, 0.45, 0.225, 0]);
  });

  it('gives every level of every scale its own face, at least 0.15 apart', () => {
    const scales: [number[], number[]][] = [
      [
        [3, 2, 1],
        [3, 2],
      ],
      [
        [4, 3, 2, 1],
        [4, 3],
      ],
      [
        [5, 4, 3, 2, 1],
        [5, 4],
      ],
      [
        [5, 4, 3, 2, 1],
        [5, 4, 3],
      ],
    ];
    for (const [levels, satisfied] of scales) {
      const moods = levels.map((l) => faceMood(l, levels, satisfied)).sort((a, b) => a - b);
      for (let i = 1; i < moods.length; i++) expect(moods[i] - moods[i - 1]).toBeGreaterThanOrEqual(0.15);
    }
  });
});
