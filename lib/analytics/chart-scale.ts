/**
 * A "nice" top for a chart's value axis (1, 2, 2.5 or 5 times a power of ten, at or above `max`)
 * and the `steps` evenly spaced gridline values from 0 to it. Pure.
 */
export function niceScale(max: number, steps = 4): { top: number; ticks: number[] } {
  if (!(max > 0)) return { top: steps, ticks: Array.from({ length: steps + 1 }, (_, i) => i) };
  const rough = max / steps;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s * steps >= max)!;
  const ticks = Array.from({ length: steps + 1 }, (_, i) => Math.round(i * step * 1e6) / 1e6);
  return { top: ticks[steps]!, ticks };
}
