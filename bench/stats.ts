/** Latency statistics shared by the page and shopper benchmarks. */

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const round1 = (n: number) => Math.round(n * 10) / 10;

export type Latency = { count: number; p50: number; p95: number; p99: number };

/** Count and p50/p95/p99 (ms, one decimal) of a list of durations. */
export function latency(times: number[]): Latency {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: round1(percentile(sorted, 50)),
    p95: round1(percentile(sorted, 95)),
    p99: round1(percentile(sorted, 99)),
  };
}
