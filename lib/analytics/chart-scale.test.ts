import { describe, expect, it } from "vitest";
import { niceScale } from "./chart-scale";

describe("chart value axis", () => {
  it("rounds the top up to a readable number with even steps", () => {
    expect(niceScale(37_000)).toEqual({ top: 40_000, ticks: [0, 10_000, 20_000, 30_000, 40_000] });
    expect(niceScale(9_000)).toEqual({ top: 10_000, ticks: [0, 2_500, 5_000, 7_500, 10_000] });
    expect(niceScale(1)).toEqual({ top: 1, ticks: [0, 0.25, 0.5, 0.75, 1] });
    expect(niceScale(40_000).top).toBe(40_000);
  });

  it("still draws an axis when there is nothing to show", () => {
    expect(niceScale(0)).toEqual({ top: 4, ticks: [0, 1, 2, 3, 4] });
  });
});
