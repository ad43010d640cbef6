// Small statistics helpers for the benchmark scripts.
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const round = (value: number, digits = 2): number => Number(value.toFixed(digits));

export function median(values: number[]): number {
  return percentile(values, 50);
}
