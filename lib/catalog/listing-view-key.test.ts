import { describe, expect, it } from "vitest";
import { listingViewKey, parseViewKey } from "./listing-view-key";

const key = (q: string, kind: "category" | "search" = "category") => listingViewKey(new URLSearchParams(q), kind);

describe("listingViewKey", () => {
  it("gives plain listings one key, however the URL spells them", () => {
    expect(key("")).toBe(key("sort=popular&page=1"));
    expect(key("sort=price-asc&page=3")).toBe(key("page=3&sort=price-asc"));
    expect(key("q=linen%20%20shirt", "search")).toBe(key("q=linen+shirt&sort=relevance", "search"));
  });
  it("leaves filters, far pages, long searches and odd values to per-request rendering", () => {
    for (const q of [
      "min=10",
      "page=21",
      "page=0",
      "page=-1",
      "page=02",
      "sort=drop",
      "sort=relevance",
      "q=tea",
      "brand=x",
      "page=1&page=2",
    ]) {
      expect(key(q), q).toBeNull();
    }
    for (const q of ["", "q=", "q=tea&page=6", "q=tea&min=5", `q=${"a".repeat(41)}`]) expect(key(q, "search"), q).toBeNull();
  });
  it("round-trips, and accepts no key it would not have made", () => {
    expect(parseViewKey(key("sort=newest&page=2")!, "category")).toEqual({ sort: "newest", page: "2" });
    expect(parseViewKey(key("q=绿茶&sort=price-asc", "search")!, "search")).toEqual({ q: "绿茶", sort: "price-asc" });
    const nonCanonical = `v${btoa("page=1")}`;
    for (const bad of ["x", "v!!", nonCanonical, `v${btoa("min=5")}`, "v" + "A".repeat(500)])
      expect(parseViewKey(bad, "category"), bad).toBeNull();
    expect(parseViewKey(key("sort=newest")!, "search")).toBeNull();
  });
});
