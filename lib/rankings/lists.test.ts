import { describe, expect, it } from "vitest";
import { newFigure, parseRankingsViewKey, rankingsViewKey, ratingFigure, reviewsFigure, soldFigure } from "./lists";

describe("rankings", () => {
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
