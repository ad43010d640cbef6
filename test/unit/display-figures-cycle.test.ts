// The figures slide's rhythm on the wall display: its turn comes every period, never while a call
// is highlighted, and a call restarts the cycle.
import { describe, expect, it } from 'vitest';
import { figuresVisible, nextFiguresChange, parseFiguresOptions } from '../../display/state/figures-cycle.js';

describe('figures slide cycle', () => {
  it('reads its options from the address, within bounds', () => {
    expect(parseFiguresOptions('')).toEqual({ enabled: true, everyMs: 60_000, forMs: 12_000 });
    expect(parseFiguresOptions('?figures=0').enabled).toBe(false);
    expect(parseFiguresOptions('?figuresEvery=1&figuresFor=99999')).toMatchObject({
      everyMs: 3000,
      forMs: 600_000,
    });
    expect(parseFiguresOptions('?figuresEvery=abc').everyMs).toBe(60_000);
  });

  it('shows after each period for its duration, and never over a highlighted call', () => {
    const o = { enabled: true, everyMs: 60_000, forMs: 12_000 };
    expect(figuresVisible(o, 0, 59_999, false)).toBe(false);
    expect(figuresVisible(o, 0, 60_000, false)).toBe(true);
    expect(figuresVisible(o, 0, 71_999, false)).toBe(true);
    expect(figuresVisible(o, 0, 72_000, false)).toBe(false);
    expect(figuresVisible(o, 0, 132_000, false)).toBe(true);
    expect(figuresVisible(o, 0, 65_000, true)).toBe(false);
    expect(figuresVisible({ ...o, enabled: false }, 0, 65_000, false)).toBe(false);
    // A call at 65 s restarts the cycle: the next slide is a full period later.
    expect(figuresVisible(o, 65_000, 66_000, false)).toBe(false);
    expect(figuresVisible(o, 65_000, 125_000, false)).toBe(true);
  });

  it('says when the next change is due', () => {
    const o = { enabled: true, everyMs: 60_000, forMs: 12_000 };
    expect(nextFiguresChange(o, 0, 0)).toBe(60_000);
    expect(nextFiguresChange(o, 0, 59_000)).toBe(1000);
    expect(nextFiguresChange(o, 0, 60_000)).toBe(12_000);
    expect(nextFiguresChange(o, 0, 71_000)).toBe(1000);
  });
});
