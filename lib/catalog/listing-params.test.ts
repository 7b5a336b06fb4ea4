import { describe, expect, it } from "vitest";
import { listingSearch, parseListingParams } from "./listing-params";

const opts = { currency: "USD", defaultSort: "popular" as const };

describe("parseListingParams", () => {
  it("reads a shared listing URL into params", () => {
    const { params, notices } = parseListingParams(
      { sort: "price-asc", page: "3", min: "20", max: "99.50", instock: "1", brand: ["loom", "kite"], "opt.Color": ["Black", "Navy"] },
      opts,
    );
    expect(notices).toEqual([]);
    expect(params).toMatchObject({
      sort: "price-asc",
      page: 3,
      minPrice: 2000,
      maxPrice: 9950,
      inStock: true,
      brands: ["loom", "kite"],
      options: { Color: ["Black", "Navy"] },
    });
  });

  it("turns hostile or absurd values into defaults with a notice, never an error", () => {
    const { params, notices } = parseListingParams({ sort: "drop table products;--", page: "-1", min: "-5", max: "1e9" }, opts);
    expect(params).toMatchObject({ sort: "popular", page: 1, minPrice: null, maxPrice: null });
    expect(notices).toHaveLength(4);
    expect(notices).toContainEqual({ key: "sortUnavailable" });
    expect(notices).toContainEqual({ key: "priceInvalid", field: "min" });
  });

  it("clamps huge page numbers and swaps reversed price bounds", () => {
    const { params, notices } = parseListingParams({ page: "99999999", min: "100", max: "10" }, opts);
    expect(params.page).toBe(500);
    expect([params.minPrice, params.maxPrice]).toEqual([1000, 10000]);
    expect(notices).toContainEqual({ key: "priceSwapped" });
  });

  it("caps a 10 KB query and keeps SQL/regex metacharacters as plain text", () => {
    const { params } = parseListingParams({ q: "a%_\\.*(".repeat(1500) }, opts);
    expect(params.q.length).toBeLessThanOrEqual(100);
    expect(params.q.startsWith("a%_\\.*(")).toBe(true);
  });

  it("only offers relevance sorting on searches", () => {
    expect(parseListingParams({ sort: "relevance" }, opts).params.sort).toBe("popular");
    expect(parseListingParams({ sort: "relevance", q: "tea" }, { ...opts, defaultSort: "relevance" }).params.sort).toBe("relevance");
  });

  it("ignores malformed option keys", () => {
    const { params } = parseListingParams({ "opt.<script>": "x", "opt.Size": "M,L" }, opts);
    expect(params.options).toEqual({ Size: ["M", "L"] });
  });
});

describe("listingSearch", () => {
  it("round-trips through the URL, leaving defaults out", () => {
    const { params } = parseListingParams({ sort: "newest", min: "19.99", instock: "1", brand: "loom", "opt.Size": "M", page: "2" }, opts);
    const search = listingSearch(params, opts);
    expect(search).toBe("?sort=newest&min=19.99&instock=1&brand=loom&opt.Size=M&page=2");
    const again = parseListingParams(Object.fromEntries(new URLSearchParams(search)), opts).params;
    expect(again).toEqual(params);
    expect(listingSearch({ ...params, sort: "popular", page: 1, minPrice: null, inStock: false, brands: [], options: {} }, opts)).toBe("");
  });
});
