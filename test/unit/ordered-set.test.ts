// OrderedSet against a plain sorted array under random inserts and deletes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OrderedSet } from '../../shared/domain/ordered-set.js';

const op = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), value: fc.integer({ min: 0, max: 200 }) }),
  fc.record({ kind: fc.constant('delete' as const), value: fc.integer({ min: 0, max: 200 }) }),
);

describe('OrderedSet', () => {
  it('keeps the order, the size, the first element and the leading counts of a sorted array', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), fc.integer({ min: 0, max: 200 }), (ops, probe) => {
        const set = new OrderedSet<number>((a, b) => a - b);
        const naive: number[] = [];
        for (const { kind, value } of ops) {
          const at = naive.indexOf(value);
          if (kind === 'insert' && at < 0) {
            set.insert(value);
            naive.push(value);
            naive.sort((a, b) => a - b);
          } else if (kind === 'delete') {
            expect(set.delete(value)).toBe(at >= 0);
            if (at >= 0) naive.splice(at, 1);
          }
        }
        expect(set.size).toBe(naive.length);
        expect([...set.values()]).toEqual(naive);
        expect(set.first()).toBe(naive[0]);
        expect(set.countLeading((v) => v < probe)).toBe(naive.filter((v) => v < probe).length);
      }),
      { numRuns: 300 },
    );
  });
});
