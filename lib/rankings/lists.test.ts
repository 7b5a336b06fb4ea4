import { describe, expect, it } from "vitest";
import { parseRankingsViewKey, rankingsViewKey } from "./lists";

describe("rankings", () => {
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
