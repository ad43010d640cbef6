import { describe, expect, it } from 'vitest';
import { queueProgress } from '../../kiosk/status/progress.js';

describe('phone page progress bar', () => {
  it('starts at 0 and grows as people ahead are served', () => {
    expect(queueProgress('waiting', 10, 10)).toBe(0);
    expect(queueProgress('waiting', 5, 10)).toBe(45);
    expect(queueProgress('waiting', 1, 10)).toBe(81);
  });
  it('stays below full while waiting, even when next', () => {
    expect(queueProgress('waiting', 0, 10)).toBe(90);
    expect(queueProgress('waiting', 0, 0)).toBe(90);
  });
  it('never goes backwards past the start when more people are ahead than first seen', () => {
    expect(queueProgress('waiting', 12, 10)).toBe(0);
  });
  it('is full once called, served or ended', () => {
    for (const s of ['called', 'serving', 'done', 'no_show'] as const)
      expect(queueProgress(s, 3, 10)).toBe(100);
  });
});
