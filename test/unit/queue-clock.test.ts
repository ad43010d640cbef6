// The queue's clock against a wall clock that jumps, with a steady clock the test drives.
import { describe, expect, it } from 'vitest';
import { type ClockJump, QueueClock } from '../../server/hub/queue-clock.js';

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const T0 = Date.UTC(2026, 11, 3, 3, 0); // 10:00 in Hồ Chí Minh City

function rig(options: { confirmMs?: number } = {}) {
  const t = { wall: T0, steady: 1000 };
  const jumps: ClockJump[] = [];
  const clock = new QueueClock({
    wall: () => t.wall,
    steady: () => t.steady,
    confirmMs: options.confirmMs ?? 10 * MIN,
    onJump: (j) => jumps.push(j),
  });
  const pass = (ms: number) => {
    t.wall += ms;
    t.steady += ms;
  };
  return { t, clock, jumps, pass };
}

describe('queue clock', () => {
  it('reads whole milliseconds even from a fractional steady clock (a wall clock set slightly back)', () => {
    const { t, clock } = rig();
    clock.now();
    t.wall -= 30_000;
    const readings: number[] = [];
    for (let i = 0; i < 20; i++) {
      t.steady += 0.37;
      t.wall += 0.37;
      readings.push(clock.now());
    }
    for (const r of readings) expect(Number.isInteger(r)).toBe(true);
    expect(readings.at(-1)).toBeGreaterThan(T0);
    for (let i = 1; i < readings.length; i++)
      expect(readings[i]).toBeGreaterThanOrEqual(readings[i - 1] ?? 0);
  });

  it('follows the wall clock while it runs normally', () => {
    const { clock, pass } = rig();
    expect(clock.now()).toBe(T0);
    pass(5000);
    expect(clock.now()).toBe(T0 + 5000);
    expect(clock.status().state).toBe('ok');
  });

  it('does not follow a forward jump corrected within the confirmation time', () => {
    const { t, clock, jumps, pass } = rig();
    t.wall += DAY;
    expect(clock.now()).toBe(T0);
    expect(clock.status().state).toBe('wall-ahead');
    expect(jumps).toHaveLength(1);
    pass(3 * MIN);
    expect(clock.now()).toBe(T0 + 3 * MIN);
    t.wall -= DAY;
    pass(MIN);
    expect(clock.now()).toBe(T0 + 4 * MIN);
    expect(clock.status().state).toBe('ok');
  });

  it('follows a forward jump that holds for the confirmation time', () => {
    const { t, clock, pass } = rig();
    t.wall += DAY;
    clock.now();
    pass(9 * MIN);
    expect(clock.now()).toBe(T0 + 9 * MIN);
    pass(MIN);
    expect(clock.now()).toBe(T0 + DAY + 10 * MIN);
    expect(clock.status().state).toBe('ok');
  });

  it('never goes back when the wall clock does, and reports it', () => {
    const { t, clock, pass, jumps } = rig();
    pass(MIN);
    const before = clock.now();
    t.wall -= DAY;
    const during = clock.now();
    expect(during).toBeGreaterThanOrEqual(before);
    expect(clock.status().state).toBe('wall-behind');
    expect(jumps[0]?.offsetMs).toBeLessThan(-DAY + MIN);
    pass(MIN);
    expect(clock.now()).toBe(during + MIN);
  });

  it('catches up a small step back at half pace, never going back', () => {
    const { t, clock, pass } = rig();
    clock.now();
    t.wall -= 30_000;
    const readings: number[] = [];
    for (let i = 0; i < 80; i++) {
      pass(1000);
      readings.push(clock.now());
    }
    for (let i = 1; i < readings.length; i++) expect(readings[i]).toBeGreaterThan(readings[i - 1]);
    expect(readings.at(-1)).toBe(t.wall);
    expect(clock.status().state).toBe('ok');
  });

  it('resumes from the journal when it boots with the wall clock in the past, then follows the fix at once', () => {
    const { t, clock, pass } = rig();
    const lastEvent = T0;
    t.wall = T0 - 5 * 365 * DAY;
    clock.observe(lastEvent);
    expect(clock.now()).toBe(lastEvent);
    expect(clock.status().state).toBe('wall-behind');
    pass(MIN);
    expect(clock.now()).toBe(lastEvent + MIN);
    t.wall = T0 + 7 * MIN; // NTP sets it right
    expect(clock.now()).toBe(T0 + 7 * MIN);
    expect(clock.status().state).toBe('ok');
  });

  it('ignores a journal time that is already past', () => {
    const { clock } = rig();
    clock.observe(T0 - MIN);
    expect(clock.now()).toBe(T0);
  });
});
