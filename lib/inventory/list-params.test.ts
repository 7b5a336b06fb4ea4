import { describe, expect, it } from "vitest";
import { inventoryFilterQuery, inventoryListHref, parseInventoryListParams } from "./list-params";

describe("inventory list params", () => {
  it("reads the search, the low-stock box and the page, ignoring what is malformed", () => {
    expect(parseInventoryListParams({ q: "  mug ", low: "1", page: "3" })).toEqual({ q: "mug", lowOnly: true, page: 3 });
    expect(parseInventoryListParams({ low: "on", page: "0" })).toEqual({ q: undefined, lowOnly: true, page: 1 });
    expect(parseInventoryListParams({ q: "", low: "yes", page: "x" })).toEqual({ q: undefined, lowOnly: false, page: 1 });
    expect(parseInventoryListParams({ q: "a".repeat(300) }).q).toHaveLength(200);
  });

  it("writes the filters back for links and the export", () => {
    expect(inventoryFilterQuery({ q: "tea cup", lowOnly: true })).toBe("q=tea+cup&low=1");
    expect(inventoryFilterQuery({ lowOnly: false })).toBe("");
    expect(inventoryListHref({ q: "mug", lowOnly: false }, 2)).toBe("/admin/inventory?q=mug&page=2");
    expect(inventoryListHref({ lowOnly: false }, 1)).toBe("/admin/inventory");
  });
});
