import { describe, expect, it } from "vitest";
import { isSuggestible, normaliseQuery, prefixTsQuery } from "./search-text";

describe("normaliseQuery", () => {
  it("trims, collapses spaces and removes control characters", () => {
    expect(normaliseQuery("  linen\t\n  shirt\u0000 ")).toBe("linen shirt");
  });
  it("folds full-width characters (NFKC)", () => {
    expect(normaliseQuery("ＴＥＡ　１")).toBe("TEA 1");
  });
  it("keeps Chinese text and limits length", () => {
    expect(normaliseQuery("龙井绿茶")).toBe("龙井绿茶");
    expect(normaliseQuery("x".repeat(10_000))).toHaveLength(100);
  });
  it("handles absent input", () => {
    expect(normaliseQuery(null)).toBe("");
  });
});

describe("isSuggestible", () => {
  it("needs two letters, or one Chinese character", () => {
    expect(isSuggestible("t")).toBe(false);
    expect(isSuggestible("te")).toBe(true);
    expect(isSuggestible("茶")).toBe(true);
  });
});

describe("prefixTsQuery", () => {
  it("matches every typed word as a prefix", () => {
    expect(prefixTsQuery("Lin sh")).toBe("lin:* & sh:*");
  });
  it("lets no tsquery syntax through", () => {
    expect(prefixTsQuery("a & !b | (c:*) <-> 'd'")).toBe("a:* & b:* & c:* & d:*");
    expect(prefixTsQuery("&|!():*'")).toBeNull();
  });
});
