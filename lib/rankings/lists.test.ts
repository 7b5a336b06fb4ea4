import { describe, expect, it } from "vitest";
import { newFigure, parseRankingsViewKey, periodStart, rankingsViewKey, ratingFigure, reviewsFigure, soldFigure } from "./lists";

describe("rankings", () => {
  const now = new Date("2026-12-02T12:00:00Z");

  it("a week and a month are the last 7 and 30 days; all time has no start", () => {
    expect(periodStart("week", now)).toEqual(new Date("2026-11-25T12:00:00Z"));
    expect(periodStart("month", now)).toEqual(new Date("2026-11-02T12:00:00Z"));
    expect(periodStart("all", now)).toBeNull();
  });

  it("words each figure", () => {
    expect(soldFigure(120, "week")).toBe("120 sold this week");
    expect(soldFigure(1500, "month")).toBe("1,500 sold this month");
    expect(soldFigure(3, "all")).toBe("3 sold in all");
    expect(reviewsFigure(1)).toBe("1 review");
    expect(reviewsFigure(34)).toBe("34 reviews");
    expect(ratingFigure(4.75, 34)).toBe("Rated 4.8 out of 5 (34 reviews)");
    expect(newFigure("2026-12-02T23:30:00Z")).toBe("New on 2 Dec 2026");
    expect(newFigure(null)).toBe("New");
  });

  it("keys the cached twin route by the category choice and reads only such keys", () => {
    expect(rankingsViewKey(null)).toBe("all");
    expect(rankingsViewKey("")).toBe("all");
    expect(rankingsViewKey("kitchen-mugs")).toBe("c-kitchen-mugs");
    expect(rankingsViewKey("../x")).toBeNull();
    expect(rankingsViewKey("Mugs")).toBeNull();
    expect(parseRankingsViewKey("all")).toBeNull();
    expect(parseRankingsViewKey("c-kitchen-mugs")).toBe("kitchen-mugs");
    expect(parseRankingsViewKey("c-")).toBeUndefined();
    expect(parseRankingsViewKey("mugs")).toBeUndefined();
  });
});
