// Summary statistics of a list of durations (ms). Exact, no sampling:
//   mean    sum / n
//   median  the middle value of the sorted list; for an even n the mean of the two middle values
//   p90     nearest-rank: the value at rank ceil(0.90 × n) (1-based) of the sorted list, so it is
//           always a measured value and at least 90% of values are ≤ it
//   max     the largest value
// With no values every figure is null.

export interface Stats {
  count: number;
  mean: number | null;
  median: number | null;
  p90: number | null;
  max: number | null;
}

export const EMPTY_STATS: Stats = { count: 0, mean: null, median: null, p90: null, max: null };

/** Rank (1-based) of the p-th percentile by the nearest-rank method, p an integer 1..100. */
export function nearestRank(p: number, n: number): number {
  // Integer arithmetic: 0.9 * 70 is 63.00000000000001 in floating point.
  return Math.max(1, Math.floor((p * n + 99) / 100));
}

/** A growable list of whole milliseconds (typed, so millions of values cost little to keep and sort). */
export class DurationList {
  private data = new Int32Array(64);
  length = 0;
  push(ms: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = ms;
  }
  values(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  /** One list holding all values of several. */
  static concat(lists: readonly DurationList[]): DurationList {
    const out = new DurationList();
    out.data = new Int32Array(
      Math.max(
        64,
        lists.reduce((n, l) => n + l.length, 0),
      ),
    );
    for (const l of lists) {
      out.data.set(l.values(), out.length);
      out.length += l.length;
    }
    return out;
  }
}

export function summarize(values: ArrayLike<number> | DurationList): Stats {
  const list = values instanceof DurationList ? values.values() : values;
  const n = list.length;
  if (n === 0) return EMPTY_STATS;
  const sorted = list instanceof Int32Array ? list.slice().sort() : Float64Array.from(list).sort();
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i];
  const mid = n >> 1;
  const median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { count: n, mean: sum / n, median, p90: sorted[nearestRank(90, n) - 1], max: sorted[n - 1] };
}

/** a / b as a percentage, or null when b is 0. (a * 100) / b keeps 93 of 100 exactly 93. */
export function percent(a: number, b: number): number | null {
  return b === 0 ? null : (a * 100) / b;
}
