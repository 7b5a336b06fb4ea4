import { describe, expect, it } from "vitest";
import { formatCountdown, formatSaleTime } from "./flash-sale-time";

describe("flash-sale times", () => {
  it("reads a time in UTC", () => {
    expect(formatSaleTime("2026-12-02T20:30:00.000Z")).toBe("Wed 2 Dec, 20:30 UTC");
    expect(formatSaleTime("2026-12-03T00:05:00.000Z")).toBe("Thu 3 Dec, 00:05 UTC");
    expect(formatSaleTime("2026-12-02T20:30:00.000Z", "zh-CN")).toMatch(/12月2日.*20:30 UTC$/);
  });

  it("counts down in whole seconds, never below zero", () => {
    expect(formatCountdown(65_000)).toBe("01:05");
    expect(formatCountdown(64_001)).toBe("01:05");
    expect(formatCountdown(3_600_000 + 2_000)).toBe("01:00:02");
    expect(formatCountdown(2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 5_000)).toBe("2d 03:04:05");
    expect(formatCountdown(2 * 86_400_000 + 5_000, "天")).toBe("2天 00:00:05");
    expect(formatCountdown(0)).toBe("00:00");
    expect(formatCountdown(-5_000)).toBe("00:00");
  });
});
