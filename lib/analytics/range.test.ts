import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import { average, compare, instants, parseDay, parseRangeParams, presetRange, previousPeriod, rate, salesBuckets } from "./range";

const now = new Date("2026-03-10T23:30:00Z");

describe("dashboard ranges", () => {
  it("a preset is the last N UTC days, today included", () => {
    expect(presetRange(7, now)).toEqual({ from: "2026-03-04", to: "2026-03-10", days: 7 });
    expect(parseRangeParams({ range: "90" }, now)).toEqual({ range: { from: "2025-12-11", to: "2026-03-10", days: 90 }, preset: 90 });
    expect(parseRangeParams({}, now)).toEqual({ range: { from: "2026-02-09", to: "2026-03-10", days: 30 }, preset: 30 });
    expect(parseRangeParams({ range: "12" }, now).preset).toBe(30);
  });

  it("a custom From/To wins over the preset and counts both ends", () => {
    expect(parseRangeParams({ range: "7", from: "2026-02-01", to: "2026-02-28" }, now)).toEqual({
      range: { from: "2026-02-01", to: "2026-02-28", days: 28 },
      preset: null,
    });
    expect(parseRangeParams({ from: "2026-03-01", to: "2026-03-01" }, now).range.days).toBe(1);
  });

  it("refuses impossible or reversed custom dates with a message and falls back to 30 days", () => {
    for (const params of [{ from: "2026-02-30", to: "2026-03-01" }, { from: "2026-03-01" }, { from: "x", to: "y" }]) {
      const choice = parseRangeParams(params, now);
      expect(choice.preset).toBe(30);
      expect(choice.error).toMatch(/both dates/);
    }
    expect(parseRangeParams({ from: "2026-03-05", to: "2026-03-01" }, now).error).toMatch(/on or before/);
    expect(parseRangeParams({ from: "2020-01-01", to: "2026-03-01" }, now).error).toMatch(/at most 366 days/);
    expect(parseDay("2026-13-01")).toBeNull();
  });

  it("the previous period has the same length and ends the day before", () => {
    expect(previousPeriod({ from: "2026-03-04", to: "2026-03-10", days: 7 })).toEqual({ from: "2026-02-25", to: "2026-03-03", days: 7 });
    // across a month of 28 days and a leap day
    expect(previousPeriod({ from: "2024-03-01", to: "2024-03-31", days: 31 })).toEqual({ from: "2024-01-30", to: "2024-02-29", days: 31 });
    expect(instants({ from: "2026-03-04", to: "2026-03-10", days: 7 })).toEqual({
      start: new Date("2026-03-04T00:00:00Z"),
      end: new Date("2026-03-11T00:00:00Z"),
    });
  });
});

describe("comparisons and rates", () => {
  it("says up, down, no change, or from none, in words", () => {
    expect(compare(150, 100)).toEqual({ direction: "up", percent: 50 });
    expect(compare(2, 3)).toEqual({ direction: "down", percent: 33.3 });
    expect(compare(5, 5)).toEqual({ direction: "flat", percent: 0 });
    expect(compare(5, 0)).toEqual({ direction: "new", percent: null });
    expect(compare(0, 0)).toEqual({ direction: "none", percent: null });
    // As the dashboard words it (components/admin/dashboard-change.tsx).
    const describe = (change: ReturnType<typeof compare>, days: number, locale: "en" | "zh-CN" = "en") => {
      const t = createTranslator({ locale, messages: messagesFor(locale), namespace: "adminDashboard.change" }) as unknown as (
        key: string,
        values: Record<string, string | number>,
      ) => string;
      return t(change.direction, { percent: String(change.percent ?? 0), days });
    };
    expect(describe(compare(150, 100), 7)).toBe("Up 50% on the previous 7 days");
    expect(describe(compare(0, 4), 30)).toBe("Down 100% on the previous 30 days");
    expect(describe(compare(1, 1), 1)).toBe("No change on the previous 1 day");
    expect(describe(compare(1, 0), 7)).toBe("Up from none in the previous 7 days");
    expect(describe(compare(2, 3), 30, "zh-CN")).toBe("比前 30 天下降 33.3%");
  });

  it("rates and averages never divide by zero", () => {
    expect(rate(1, 3)).toBe(33.3);
    expect(rate(3, 0)).toBeNull();
    expect(average(1000, 3)).toBe(333);
    expect(average(0, 0)).toBe(0);
  });
});

describe("sales buckets", () => {
  it("fills every day of a short range, zero when nothing sold", () => {
    const buckets = salesBuckets({ from: "2026-03-01", to: "2026-03-03", days: 3 }, [{ day: "2026-03-02", revenue: 500, orders: 2 }]);
    expect(buckets).toEqual([
      { from: "2026-03-01", to: "2026-03-01", revenue: 0, orders: 0 },
      { from: "2026-03-02", to: "2026-03-02", revenue: 500, orders: 2 },
      { from: "2026-03-03", to: "2026-03-03", revenue: 0, orders: 0 },
    ]);
  });

  it("groups a long range into weeks from its first day, the last one shorter", () => {
    const range = { from: "2026-01-01", to: "2026-02-09", days: 40 };
    const buckets = salesBuckets(range, [
      { day: "2026-01-01", revenue: 100, orders: 1 },
      { day: "2026-01-07", revenue: 200, orders: 1 },
      { day: "2026-01-08", revenue: 50, orders: 1 },
      { day: "2026-02-09", revenue: 7, orders: 1 },
    ]);
    expect(buckets).toHaveLength(6);
    expect(buckets[0]).toEqual({ from: "2026-01-01", to: "2026-01-07", revenue: 300, orders: 2 });
    expect(buckets[1]).toMatchObject({ from: "2026-01-08", revenue: 50 });
    expect(buckets[5]).toEqual({ from: "2026-02-05", to: "2026-02-09", revenue: 7, orders: 1 });
    expect(buckets.reduce((s, b) => s + b.revenue, 0)).toBe(357);
  });
});
