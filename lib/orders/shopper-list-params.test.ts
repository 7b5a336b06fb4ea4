import { describe, expect, it } from "vitest";
import { hasShopperFilters, parseShopperOrderParams, shopperOrderListHref } from "./shopper-list-params";

describe("shopper order list params", () => {
  it("reads every filter, `to` inclusive", () => {
    expect(parseShopperOrderParams({ q: " mug ", status: "delivered", from: "2026-11-01", to: "2026-11-30", page: "2" })).toEqual({
      q: "mug",
      status: "delivered",
      from: new Date("2026-11-01T00:00:00Z"),
      until: new Date("2026-12-01T00:00:00Z"),
      page: 2,
    });
  });

  it("drops malformed values instead of failing", () => {
    const bad = parseShopperOrderParams({ q: "  ", status: "lost", from: "yesterday", to: "2026-02-31x", page: "-1", min: "5" });
    expect(bad).toEqual({ q: undefined, status: undefined, from: undefined, until: undefined, page: 1 });
    expect(parseShopperOrderParams({ page: "1.5" }).page).toBe(1);
    expect(parseShopperOrderParams({ page: "99999999" }).page).toBe(1);
    expect(parseShopperOrderParams({ q: ["a", "b"] }).q).toBe("a");
    expect(parseShopperOrderParams({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("builds page links that keep the filters and drop the rest", () => {
    const params = { q: "mug", status: "paid", from: "", to: "2026-11-30", page: "3", min: "1" };
    expect(shopperOrderListHref(params, 4)).toBe("/account/orders?q=mug&status=paid&to=2026-11-30&page=4");
    expect(shopperOrderListHref(params, 1)).toBe("/account/orders?q=mug&status=paid&to=2026-11-30");
    expect(shopperOrderListHref({}, 1)).toBe("/account/orders");
  });

  it("knows whether a filter is set", () => {
    expect(hasShopperFilters({ page: "2" })).toBe(false);
    expect(hasShopperFilters({ status: "paid" })).toBe(true);
  });
});
