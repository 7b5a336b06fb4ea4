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
    for (const q of ["page=21", "page=0", "page=-1", "page=02", "sort=drop", "sort=relevance", "q=tea", "page=1&page=2"]) {
      expect(key(q), q).toBeNull();
    }
    for (const q of ["", "q=", "q=tea&page=6", "q=tea&min=5", `q=${"a".repeat(41)}`]) expect(key(q, "search"), q).toBeNull();
  });
  it("caches a category's usual filters under one key, however the form or a link spells them", () => {
    expect(key("opt.Color=Black&min=10&max=80")).toBe(key("max=80&opt.Color=Black&min=10&page=1"));
    expect(key("brand=acme&brand=zeta")).toBe(key("brand=zeta,acme"));
    expect(key("opt.Size=M&opt.Size=L&instock=1")).toBe(key("instock=1&opt.Size=L,M"));
    expect(key("min=&max=&brand=&sort=popular")).toBe(key(""));
    expect(parseViewKey(key("opt.Size=M&opt.Color=Black&instock=1&min=5&sort=price-asc")!, "category")).toEqual({
      sort: "price-asc",
      min: "5",
      instock: "1",
      "opt.Color": "Black",
      "opt.Size": "M",
    });
  });
  it("renders per request what needs a notice or would make too many keys", () => {
    for (const q of [
      "min=10.50",
      "min=-1",
      "min=80&max=10",
      "min=1&min=2",
      "instock=on",
      "brand=Not%20A%20Slug",
      "brand=a&brand=b&brand=c&brand=d",
      "opt.Size=1&opt.Size=2&opt.Size=3&opt.Size=4&opt.Size=5&opt.Size=6",
      "opt.A=1&opt.B=1&opt.C=1&opt.D=1",
      "opt.Color=%20Black",
      "opt.9=x",
      "q=tea&brand=x",
    ]) {
      expect(key(q), q).toBeNull();
    }
    expect(key("brand=x", "search")).toBeNull();
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
