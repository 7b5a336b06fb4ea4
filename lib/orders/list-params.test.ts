import { describe, expect, it } from "vitest";
import { orderListHref, parseOrderListParams } from "./list-params";

describe("order list params", () => {
  it("reads every filter and drops malformed ones", () => {
    const f = parseOrderListParams(
      { q: "  mug ", status: "shipped", from: "2026-11-01", to: "2026-11-30", min: "10", max: "99.50", page: "3" },
      "USD",
    );
    expect(f).toEqual({
      q: "mug",
      status: "shipped",
      from: new Date("2026-11-01T00:00:00Z"),
      until: new Date("2026-12-01T00:00:00Z"),
      minTotal: 1000,
      maxTotal: 9950,
      page: 3,
    });
    const bad = parseOrderListParams({ status: "lost", from: "yesterday", min: "-3", max: "1.234", page: "0" }, "USD");
    expect(bad).toEqual({
      q: undefined,
      status: undefined,
      from: undefined,
      until: undefined,
      minTotal: undefined,
      maxTotal: undefined,
      page: 1,
    });
  });

  it("keeps the filters in page links", () => {
    expect(orderListHref({ q: "a@b.c", status: "paid", page: "2" }, 3)).toBe("/admin/orders?q=a%40b.c&status=paid&page=3");
    expect(orderListHref({}, 1)).toBe("/admin/orders");
  });
});
